// Host-side snippet for pages embedding Relance in an iframe (see README, "Embedding").
// Two sizings for each <iframe data-relance>, chosen by its data-relance-sizing attribute:
//   "auto"     the iframe grows to the height the simulator reports (the host page scrolls);
//   "viewport" the iframe is as tall as the host's viewport and the simulator scrolls inside
//              it, so its results strip stays in view beside the levers (phones).
// Without the attribute: "viewport" below the desktop breakpoint (64em), "auto" above.
// Height messages are accepted only from the iframe's own origin and window.
(function () {
  var frames = Array.prototype.slice.call(document.querySelectorAll('iframe[data-relance]'));
  var narrow = window.matchMedia('(max-width: 63.99em)');
  var reported = new Map();
  function sizing(frame) {
    var asked = frame.getAttribute('data-relance-sizing');
    if (asked === 'auto' || asked === 'viewport') return asked;
    return narrow.matches ? 'viewport' : 'auto';
  }
  function apply() {
    frames.forEach(function (f) {
      f.style.border = '0';
      f.style.width = '100%';
      f.style.display = 'block';
      if (sizing(f) === 'viewport') {
        f.style.height = window.innerHeight + 'px';
      } else if (reported.has(f)) {
        f.style.height = reported.get(f) + 'px';
      }
    });
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'relance:height' || typeof data.height !== 'number') return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== new URL(frame.src, location.href).origin) continue;
      reported.set(frame, Math.max(200, Math.min(20000, data.height)));
      if (sizing(frame) === 'auto') frame.style.height = reported.get(frame) + 'px';
    }
  });
  window.addEventListener('resize', apply);
  if (narrow.addEventListener) narrow.addEventListener('change', apply);
  apply();
})();
