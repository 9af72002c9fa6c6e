// Relance page helpers, loaded by index.html (an external file: no inline script, strict CSP).
// 1. Offline: registers the service worker that precaches the build.
// 2. Embed mode (?embed=1): reports the page height to the host page, which resizes its iframe.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => { /* offline support is a bonus */ });
}
if (new URLSearchParams(location.search).get('embed') === '1' && window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'relance:height', height }, '*');
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
}
