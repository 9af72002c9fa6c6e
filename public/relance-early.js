// Runs before the first paint (a small blocking script: no inline script under the page's
// CSP). The page holds the Convention 2020 prerendered at build.
// 1. An address with a hash opens another scenario, language or view, which the app renders
//    once its WebAssembly has arrived. Until then the prerendered figures are hidden and
//    « Chargement de votre scénario… » is shown (styles/main.css, `.relance-link`), so a shared
//    link never shows the Convention's figures as its own. The app removes the class.
// 2. Until the app has taken over (`<html data-relance>`), what a person does on the
//    prerendered page is kept: a tapped button is remembered (by its id or its accessible name)
//    and tapped again by the app once it runs (`window.relanceEarlyTaps`); a moved slider's
//    amount is written in its field, and the figures are marked as not yet recomputed
//    (`.relance-moved`). The app reads the fields itself (src/main.rs).
// 3. While the page is still being parsed (`.relance-parsing`, until the parser is done), a part
//    the stylesheet places after content still arriving is not shown: on a phone the totals sit
//    below the workstreams (CSS `order`), and a first paint between two parsed chunks would
//    show them high, then push them down (a layout shift of 0.13–0.22, measured).
(() => {
  const root = document.documentElement;
  root.classList.add('relance-parsing');
  // `interactive`: parsed (DOMContentLoaded would also wait for the deferred scripts).
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'loading') root.classList.remove('relance-parsing');
  });
  if (location.hash.replace(/^#/, '') !== '') root.classList.add('relance-link');
  const taps = [];
  window.relanceEarlyTaps = taps;
  const early = (target) => !root.hasAttribute('data-relance') && target instanceof Element
    && target.closest('#app[data-prerendered]');
  document.addEventListener('click', (e) => {
    if (!early(e.target)) return;
    const button = e.target.closest('button');
    if (!button) return;
    const key = button.id ? { id: button.id } : { label: button.getAttribute('aria-label') || button.textContent.trim() };
    taps.push(key);
    root.classList.add('relance-moved');
  }, true);
  document.addEventListener('input', (e) => {
    if (!early(e.target) || !e.target.matches('input.lever__range')) return;
    const field = document.getElementById(`${e.target.id}-n`);
    // The field shows amounts the French way; the app formats them again once it runs.
    if (field) field.value = e.target.value.replace('.', ',');
    root.classList.add('relance-moved');
  }, true);
})();
