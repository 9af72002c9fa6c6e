// Trunk post-build hook (see Trunk.toml). In the staging directory:
//  1. moves Trunk's inline start-up module into a hashed file, so the page runs under a CSP
//     without 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval');
//  2. builds the Web Worker's Wasm module (crates/worker: bands, marginal effects, the split of
//     what changed, goal-seek, charts, files, QR codes, the registry's texts) with the `worker`
//     profile (the model at opt-level 2; the page's module is optimised for size) and a loader
//     script, all named by a hash of the Wasm and announced by <meta name="relance-worker">.
//     Trunk's own worker support (data-type="worker") builds with the page's profile and names
//     its loader without a hash, so an old page could start a new worker from the HTTP cache;
//  3. prerenders the first screen into index.html and writes the static methodology pages
//     (src/bin/prerender.rs, Yew's server renderer, run natively);
//  4. writes sw.js (scripts/sw.mjs), a service worker precaching every file of this build, for
//     offline workshops;
//  5. in release builds, writes each text and Wasm file compressed beside it (scripts/compress.mjs:
//     `x.br`, brotli 11; `x.gz`, gzip -9) for a static host that serves precompressed files: on
//     a phone on Slow 4G, brotli's 80 KB less than gzip on the page's module is 0.4 s less to
//     wait (`make bench`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { writeServiceWorker } from './sw.mjs';
import { compressAll } from './compress.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const index = path.join(dir, 'index.html');
let html = fs.readFileSync(index, 'utf8');
// Minified (Trunk.toml) or not: `type="module"` or `type=module`.
const re = /<script\b([^>]*\btype=["']?module["']?[^>]*)>([\s\S]*?)<\/script>/g;
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

const release = process.env.TRUNK_PROFILE === 'release';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });

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
// A module that fails to load is thrown from a task of its own, so that the error reaches the
// page (as an unhandled error of the worker), which then says what is unavailable.
fs.writeFileSync(path.join(dir, `${worker}-loader.js`),
  `importScripts('./${worker}.js');\nwasm_bindgen({ module_or_path: './${worker}_bg.wasm' })\n  .catch((e) => setTimeout(() => { throw e; }));\n`);
html = html.replace('</head>', `  <meta name="relance-worker" content="${worker}-loader.js">\n</head>`);
fs.writeFileSync(index, html);

// The first screen, prerendered with Yew's server renderer (natively: src/bin/prerender.rs),
// and the static methodology pages.
run('cargo', ['run', '-q', '--features', 'prerender', '--bin', 'relance-prerender', '--', dir]);

const { files } = writeServiceWorker(dir);

const compressed = release ? compressAll(dir) : 0;
console.log(`post-build: ${name}, sw.js precaching ${files} entries, ${compressed} files precompressed`);
