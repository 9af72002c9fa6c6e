// Runs before the first paint (a small blocking script: no inline script under the page's
// CSP). The page holds the Convention 2020 prerendered at build; an address with a hash opens
// another scenario, language or view, which the app renders once its WebAssembly has arrived.
// Until then the prerendered figures are hidden and « Chargement de votre scénario… » is shown
// (styles/main.css, `.relance-link`), so a shared link never shows the Convention's figures
// as its own. The app removes the class when it renders.
if (location.hash.replace(/^#/, '') !== '') {
  document.documentElement.classList.add('relance-link');
}
