// The static pages' « Retour au simulateur »: back to the scenario and the mode (workshop,
// embed) the person came from, which the app keeps for this tab in sessionStorage. Without
// script, or opened on its own, the link stays "./" (the Convention 2020).
(() => {
  let back = null;
  try {
    back = JSON.parse(sessionStorage.getItem('relance.return') || 'null');
  } catch (_) {
    return;
  }
  // Only a relative address into the app: never another site.
  if (typeof back !== 'string' || !/^\.\/(?:[?#]|$)/.test(back)) return;
  for (const a of document.querySelectorAll('a.back')) a.href = back;
})();
