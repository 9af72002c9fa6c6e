// Loads the second Wasm module (crates/extras: scenario files, QR codes, methodology and
// sources) on first use. scripts/post-build.mjs builds it beside index.html, named by a hash of
// its contents given in <meta name="relance-extras">, so a page loads the extras of its own
// build; names are resolved against the page's address (a sub-path, an iframe).
let loaded;

function extras() {
  loaded ??= (async () => {
    const name = document.querySelector('meta[name="relance-extras"]')?.content ?? 'relance-extras';
    const m = await import(new URL(`${name}.js`, document.baseURI).href);
    await m.default({ module_or_path: new URL(`${name}_bg.wasm`, document.baseURI) });
    return m;
  })();
  // A failed load (offline before the first visit completed) may be retried later.
  loaded.catch(() => { loaded = undefined; });
  return loaded;
}

export async function chart_svg(bytes) {
  // `bytes` is a view into the page module's memory, valid only during this call: copy it
  // before waiting for the module (the memory may be reused or grow meanwhile).
  const copy = bytes.slice();
  return (await extras()).chartSvg(copy);
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

export async function sources(lang) {
  return (await extras()).sources(lang);
}
