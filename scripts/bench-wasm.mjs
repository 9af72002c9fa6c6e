// Loads the wasm benchmark (wasm-bindgen --target web output in argv[2]) in headless Chromium
// from a local server and prints its JSON report.
import path from 'node:path';
import { serve, browser } from '../tests/e2e/harness.mjs';

const dir = path.resolve(process.argv[2]);
import fs from 'node:fs';
fs.writeFileSync(path.join(dir, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module">' +
  'import init, { run_bench } from "./relance_bench_wasm.js";' +
  'await init(); window.report = run_bench();</script>');
const server = await serve(dir);
const chrome = await browser();
const page = await chrome.newPage();
await page.goto(server.url);
const report = await page.waitForFunction(() => window.report, null, { timeout: 120000 });
console.log(await report.jsonValue());
await chrome.close();
await server.close();
