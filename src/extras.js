// Loads the modules that follow the first screen on first use: crates/extras (charts, scenario
// files, QR codes, the parameters' labels and sources) and crates/panels (the goal-seek, the
// assumptions and the methodology, a Yew app of its own). scripts/post-build.mjs builds each
// beside index.html, named by a hash of its contents given in <meta name="relance-extras"> and
// <meta name="relance-panels">, so a page loads the modules of its own build; names are resolved against the page's address (a
// sub-path, an iframe).
const loaded = {};

// `css`: the module comes with its stylesheet (`<name>.css`), added to the page with it.
function load(meta, css = false) {
  loaded[meta] ??= (async () => {
    const name = document.querySelector(`meta[name="${meta}"]`)?.content ?? meta;
    const sheet = css && new Promise((done) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(`${name}.css`, document.baseURI).href;
      link.onload = link.onerror = done;
      document.head.append(link);
    });
    const m = await import(new URL(`${name}.js`, document.baseURI).href);
    await m.default({ module_or_path: new URL(`${name}_bg.wasm`, document.baseURI) });
    await sheet;
    return m;
  })();
  // A failed load (offline before the first visit completed) may be retried later.
  loaded[meta].catch(() => { delete loaded[meta]; });
  return loaded[meta];
}

const extras = () => load('relance-extras');



// `hints` are views into the page module's memory: copied before any wait.
export async function mount_panel(kind, host, hash, lang, hints, focus, onApply) {
  hints = hints.slice();
  return new (await load('relance-panels', true)).Panel(kind, host, hash, lang, hints, focus, onApply);
}

export function update_panel(panel, hash, lang, hints, focus) {
  panel.update(hash, lang, hints.slice(), focus);
}

export function destroy_panel(panel) {
  panel.destroy();
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

export async function sources(lang) {
  return (await extras()).sources(lang);
}
