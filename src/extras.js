// Loads the second Wasm module (crates/extras: scenario files and QR codes) on first use. The
// files sit beside index.html (scripts/post-build.mjs builds them), so they are resolved
// against the page's address, which also works under a sub-path and in an iframe.
let loaded;

function extras() {
  loaded ??= import(new URL('relance-extras.js', document.baseURI).href).then(async (m) => {
    await m.default({ module_or_path: new URL('relance-extras_bg.wasm', document.baseURI) });
    return m;
  });
  return loaded;
}

export async function qr_svg(text) {
  return (await extras()).qrSvg(text);
}

export async function import_scenario(text, lang) {
  return (await extras()).importScenario(text, lang);
}

export async function export_scenario(hash) {
  return (await extras()).exportScenario(hash);
}

export async function methodology(lang) {
  return (await extras()).methodology(lang);
}

export async function sources() {
  return (await extras()).sources();
}
