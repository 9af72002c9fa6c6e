// Host-side snippet for pages embedding Relance in an iframe (see README, "Embedding").
// Resizes every <iframe data-relance> to the height the simulator reports, accepting messages
// only from the iframe's own origin and window.
(function () {
  var frames = Array.prototype.slice.call(document.querySelectorAll('iframe[data-relance]'));
  frames.forEach(function (f) { f.style.border = '0'; f.style.width = '100%'; });
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'relance:height' || typeof data.height !== 'number') return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== new URL(frame.src, location.href).origin) continue;
      frame.style.height = Math.max(200, Math.min(20000, data.height)) + 'px';
    }
  });
})();
