// Relance page helpers, loaded by index.html (an external file: no inline script, strict CSP).
// 1. Offline: registers the service worker that precaches the build, and says when a new
//    version has been installed while the page was open (« nouvelle version disponible »).
// 2. Embed mode (?embed=1): reports the page height to the host page, which resizes its iframe.
// 3. Keeps the Wasm module's exports (window.relanceWasm) for the memory soak of `make bench`.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => { /* offline support is a bonus */ });
  navigator.serviceWorker.addEventListener('message', (e) => {
    if (e.data?.type !== 'relance:updated' || document.getElementById('update-banner')) return;
    const fr = (document.documentElement.lang || 'fr') !== 'en';
    const banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = fr
      ? 'Une nouvelle version du simulateur est disponible.'
      : 'A new version of the simulator is available.';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = fr ? 'Recharger la page' : 'Reload the page';
    button.addEventListener('click', () => location.reload());
    banner.append(text, button);
    document.body.prepend(banner);
  });
}
addEventListener('TrunkApplicationStarted', (e) => { window.relanceWasm = e.detail?.wasm; });
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
