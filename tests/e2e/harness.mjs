// Shared harness for the end-to-end tests: a static server for dist/ on 127.0.0.1, Debian's
// Chromium through playwright-core, request recording, and an axe-core scan.
import http from 'node:http';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(root, 'dist');
const AXE = path.join(root, 'node_modules/axe-core/axe.min.js');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` on 127.0.0.1 on a free port; `headers` are added to every response. With
 * `gzip`, responses are compressed (gzip -9) for clients that accept it, as a static host does.
 * With `precompressed`, the build's own `x.br` or `x.gz` is sent for `x` when the client accepts
 * it, as a host with brotli_static / gzip_static does (the load figures of `make bench`). */
export async function serve(dir = DIST, headers = {}, { gzip = false, precompressed = false } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (path.relative(dir, file).startsWith('..')) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const type = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers };
    const accepts = (e) => new RegExp(`\\b${e}\\b`).test(req.headers['accept-encoding'] ?? '');
    if (precompressed && fs.existsSync(file)) {
      for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (accepts(encoding) && fs.existsSync(file + ext)) {
          res.writeHead(200, { ...type, 'content-encoding': encoding, vary: 'accept-encoding' });
          res.end(fs.readFileSync(file + ext));
          return;
        }
      }
    }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, headers).end('not found'); return; }
      if (gzip && accepts('gzip')) {
        res.writeHead(200, { ...type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(zlib.gzipSync(body, { level: 9 }));
        return;
      }
      res.writeHead(200, type);
      res.end(body);
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches Debian's Chromium headless with the flags this machine needs (never a downloaded browser). */
export async function browser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    // playwright-core gives every launch a fresh, empty user-data-dir of its own.
  });
}

/** Opens `url` in a fresh page, recording every request and console error. */
export async function open(b, url, viewport = { width: 1280, height: 900 }) {
  const context = await b.newContext({ viewport, locale: 'fr-FR' });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  // The prerendered page shows its levers before the app runs: wait until the app has taken
  // over (hydrated the build's page, or rendered the address's scenario).
  await page.locator('html[data-relance]').waitFor({ state: 'attached' });
  await page.locator('html[data-relance] fieldset.ws').first().waitFor();
  await settled(page);
  // The app writes its scenario into the address (a replace, once the first render rests):
  // an address read before that is not the page's.
  await page.waitForFunction(() => location.hash.length > 1);
  return { page, context, requests, errors };
}

/** Waits until the figures on screen are the medians of the scenario's own draws (the worker
 * has answered for it): no stale strip or tile. */
export async function settled(page) {
  await page.waitForFunction(() => !document.querySelector('.strip--stale, .tile--stale, .sim__tiles--pending'));
}

/** Requests that left `origin` (data: and blob: URLs are local). */
export function foreign(requests, origin) {
  return requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Runs axe-core with the WCAG 2.1 A/AA tags; returns the violations, summarised. */
export async function axe(page, tags = ['wcag2a', 'wcag2aa', 'wcag21aa']) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (values) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values } });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, tags);
  return result;
}

/** Text (and accessible names) that reads as the other language than its closest `[lang]`:
 * a fragment of three words or more with at least two marker words of the other language and
 * more of them than of its own. Returns `{ lang, where, text }` for each. */
export async function langMismatches(page) {
  return page.evaluate(() => {
    const FR = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'dans', 'sur', 'avec', 'par', 'aux', 'ce', 'qui', 'que', 'sans', 'leur', 'ou', 'sont', 'cette', 'ces', 'entre']);
    const EN = new Set(['the', 'and', 'of', 'is', 'for', 'with', 'by', 'to', 'this', 'that', 'which', 'without', 'are', 'its', 'their', 'or', 'between', 'from']);
    const out = [];
    const check = (text, el, where) => {
      const words = text.toLowerCase().split(/[^a-zà-öø-ÿœ']+/).filter(Boolean);
      if (words.length < 3) return;
      let fr = 0;
      let en = 0;
      for (const w of words) { if (FR.has(w)) fr += 1; if (EN.has(w)) en += 1; }
      const lang = (el.closest('[lang]')?.getAttribute('lang') || '').slice(0, 2);
      if ((lang === 'fr' && en >= 2 && en > fr) || (lang === 'en' && fr >= 2 && fr > en)) {
        out.push({ lang, where, text: text.slice(0, 120) });
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && !el.closest('script, style')) check(n.textContent, el, 'text');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt]')) {
      for (const a of ['aria-label', 'title', 'alt']) if (el.hasAttribute(a)) check(el.getAttribute(a), el, a);
    }
    return out;
  });
}
