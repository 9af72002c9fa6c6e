// Trunk post-build hook (see Trunk.toml). In the staging directory:
//  1. moves Trunk's inline start-up module into a hashed file, so the page runs under a CSP
//     without 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval');
//  2. builds the second Wasm module (crates/extras: scenario files and QR codes), which the app
//     loads on first use (src/extras.js), so it stays out of the first download;
//  3. builds the panels module (crates/panels: the goal-seek panel, a Yew app of its own) with
//     its stylesheet (styles/panels.css), loaded the first time a panel opens (src/extras.js);
//  4. builds the Web Worker's Wasm module (crates/worker: Monte Carlo bands, marginal effects,
//     attribution) with a loader script, announced by <meta name="relance-worker">;
//  5. writes sw.js (scripts/sw.mjs), a service worker precaching every file of this build, for
//     offline workshops.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { writeServiceWorker } from './sw.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const index = path.join(dir, 'index.html');
let html = fs.readFileSync(index, 'utf8');
const re = /<script type="module"([^>]*)>([\s\S]*?)<\/script>/g;
const inline = [...html.matchAll(re)].filter((m) => !/\bsrc=/.test(m[1]));
if (inline.length !== 1) {
  console.error(`post-build: expected one inline start-up script, found ${inline.length}`);
  process.exit(1);
}
const [whole, , body] = inline[0];
const code = `${body.trim()}\n`;
const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
const name = `start-${hash}.js`;
fs.writeFileSync(path.join(dir, name), code);
html = html.replace(whole, `<script type="module" src="./${name}"></script>`);
fs.writeFileSync(index, html);

// The extras module, with the same tools and flags as the app (Trunk.toml, index.html).
const release = process.env.TRUNK_PROFILE === 'release';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
run('cargo', ['build', '-q', '--target', 'wasm32-unknown-unknown', '-p', 'relance-extras',
  ...(release ? ['--release'] : [])]);
const built = `target/wasm32-unknown-unknown/${release ? 'release' : 'debug'}/relance_extras.wasm`;
// Named by a hash of its contents, like Trunk's files, and announced to the loader
// (src/extras.js) by a meta element: a page always loads the extras of its own build.
const extras = `relance-extras-${crypto.createHash('sha256').update(fs.readFileSync(built)).digest('hex').slice(0, 16)}`;
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir,
  '--out-name', extras, built]);
html = html.replace('</head>', `  <meta name="relance-extras" content="${extras}">\n</head>`);
fs.writeFileSync(index, html);
if (release) {
  const wasm = path.join(dir, `${extras}_bg.wasm`);
  run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-reference-types', '--enable-multivalue',
    '--enable-mutable-globals', wasm, '-o', wasm]);
}

// The panels module, built like the extras, and its stylesheet under the same name.
run('cargo', ['build', '-q', '--target', 'wasm32-unknown-unknown', '-p', 'relance-panels',
  ...(release ? ['--release'] : [])]);
const panelsBuilt = `target/wasm32-unknown-unknown/${release ? 'release' : 'debug'}/relance_panels.wasm`;
const panelsCss = fs.readFileSync('styles/panels.css');
const panels = `relance-panels-${crypto.createHash('sha256').update(fs.readFileSync(panelsBuilt))
  .update(panelsCss).digest('hex').slice(0, 16)}`;
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', dir,
  '--out-name', panels, panelsBuilt]);
fs.writeFileSync(path.join(dir, `${panels}.css`), panelsCss);
html = html.replace('</head>', `  <meta name="relance-panels" content="${panels}">\n</head>`);
fs.writeFileSync(index, html);
if (release) {
  const wasm = path.join(dir, `${panels}_bg.wasm`);
  run('wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-reference-types', '--enable-multivalue',
    '--enable-mutable-globals', wasm, '-o', wasm]);
}

// The worker's module: a classic worker script (wasm-bindgen's no-modules output, which
// gloo-worker expects) started by a small loader, all named by the hash of the Wasm.
run('cargo', ['build', '-q', '--target', 'wasm32-unknown-unknown', '-p', 'relance-worker',
  '--bin', 'relance-worker', '--profile', release ? 'worker' : 'dev']);
const workerBuilt = `target/wasm32-unknown-unknown/${release ? 'worker' : 'debug'}/relance-worker.wasm`;
const worker = `relance-worker-${crypto.createHash('sha256').update(fs.readFileSync(workerBuilt)).digest('hex').slice(0, 16)}`;
run('wasm-bindgen', ['--target', 'no-modules', '--no-typescript', '--out-dir', dir,
  '--out-name', worker, workerBuilt]);
if (release) {
  const wasm = path.join(dir, `${worker}_bg.wasm`);
  run('wasm-opt', ['-O2', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
    '--enable-sign-ext', '--enable-reference-types', '--enable-multivalue',
    '--enable-mutable-globals', wasm, '-o', wasm]);
}
fs.writeFileSync(path.join(dir, `${worker}-loader.js`),
  `importScripts('./${worker}.js');\nwasm_bindgen({ module_or_path: './${worker}_bg.wasm' });\n`);
html = html.replace('</head>', `  <meta name="relance-worker" content="${worker}-loader.js">\n</head>`);
fs.writeFileSync(index, html);

const { files } = writeServiceWorker(dir);
console.log(`post-build: ${name}, sw.js precaching ${files} entries`);
