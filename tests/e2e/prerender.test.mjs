// End-to-end tests of the prerendered first screen (src/bin/prerender.rs): the build's
// index.html holds the Convention 2020's figures and bands; the app hydrates it without a
// mismatch and without moving the layout; a link to another scenario never shows the
// Convention's figures as its own; without JavaScript it reads as a page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser } from './harness.mjs';

let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const STRIP = ['construction_jobs', 'co2_avoided', 'homes_renovated', 'investment'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** A page whose errors and warnings are recorded; layout shifts summed from the start. */
async function page(viewport, { js = true } = {}) {
  const context = await chrome.newContext({ viewport, locale: 'fr-FR', javaScriptEnabled: js });
  const p = await context.newPage();
  const errors = [];
  p.on('console', (m) => {
    // Chromium's note on preload integrity is about the browser, not the app.
    if ((m.type() === 'error' || m.type() === 'warning') && !/integrity/.test(m.text())) errors.push(m.text());
  });
  p.on('pageerror', (e) => errors.push(String(e)));
  if (js) {
    await p.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }
  return { p, context, errors };
}

/** Holds the page's WebAssembly module back (not the worker's) until the returned function is
 * called: the prerendered page alone, as on a slow network. */
async function holdModule(p) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await p.route(/relance-[0-9a-f]{1,16}_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  return release;
}

/** The text of the app's parts that the build prerenders, as the page shows them now. */
async function shown(p) {
  return p.evaluate((ids) => ({
    strip: ids.map((id) => document.querySelector(`#strip-${id} .strip__value`)?.textContent),
    name: document.querySelector('#strip-name')?.textContent,
    tiles: [...document.querySelectorAll('.tile')].map((t) => t.textContent),
    workstreams: [...document.querySelectorAll('fieldset.ws .ws__h')].map((h) => h.textContent),
    levers: [...document.querySelectorAll('fieldset.ws input[type=range]')].map((i) => i.value),
    amounts: [...document.querySelectorAll('fieldset.ws')].map((f) => f.textContent),
  }), STRIP);
}

test('index.html, read without running anything, holds the headline figures and every workstream', async () => {
  const raw = await (await fetch(server.url)).text();
  const { p, context } = await page(DESKTOP);
  await p.goto(server.url);
  await p.locator('html[data-relance="hydrated"]').waitFor({ state: 'attached' });
  const now = await shown(p);
  await context.close();
  const plain = raw.replace(/<!--[\s\S]*?-->/g, '');
  for (const value of now.strip) {
    const figure = value.split(' ')[0];
    // French format: a narrow no-break space between thousands, no English comma.
    assert.match(figure, /^\d{1,3}(\u202f\d{3})*(,\d+)?$/, value);
    assert.ok(plain.includes(`<strong>${figure}</strong>`), `${figure} is not in index.html`);
  }
  assert.equal(now.workstreams.length, 8);
  for (const w of now.workstreams) assert.ok(plain.includes(w.replace(/^\d/, '')), `${w} is not in index.html`);
  assert.match(plain, /Convention 2020/);
  // The bands are there too (« P10 – P90 »-style ranges in the tiles).
  assert.ok((plain.match(/class="tile__range"/g) ?? []).length >= 4);
  // Links a reader without JavaScript can follow.
  for (const href of ['methodologie.html', 'glossaire.html', 'accessibilite.html']) {
    assert.ok(plain.includes(`href="${href}"`), href);
  }
});

test('the app hydrates the build\'s page: no error, the same figures, nothing moves, and the levers work', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const before = await page(viewport, { js: false });
    await before.p.goto(server.url);
    const prerendered = await shown(before.p);
    await before.context.close();

    const { p, context, errors } = await page(viewport);
    await p.goto(server.url);
    await p.locator('html[data-relance="hydrated"]').waitFor({ state: 'attached' });
    // The worker's own bands for the same scenario, drawn again: identical.
    await p.waitForTimeout(1500);
    const hydrated = await shown(p);
    assert.deepEqual(hydrated.strip, prerendered.strip, `${viewport.width}px: strip`);
    assert.equal(hydrated.name, 'Convention 2020');
    assert.deepEqual(hydrated.tiles, prerendered.tiles, `${viewport.width}px: tiles`);
    // On a phone the workstreams then open one at a time (below the first screen).
    assert.ok(hydrated.levers.length >= 3);
    assert.deepEqual(hydrated.levers, prerendered.levers.slice(0, hydrated.levers.length), `${viewport.width}px: levers`);
    assert.deepEqual(hydrated.workstreams, prerendered.workstreams, `${viewport.width}px: workstreams`);
    if (viewport === DESKTOP) assert.deepEqual(hydrated.amounts, prerendered.amounts, 'workstreams\' amounts');
    const shift = await p.evaluate(() => window.__shift);
    assert.ok(shift <= 0.05, `${viewport.width}px: cumulative layout shift ${shift}`);
    assert.deepEqual(errors, [], `${viewport.width}px`);
    // Hydrated, not merely painted: a lever moves the figures.
    const lever = p.locator('#lever-mobility-loans');
    const was = await p.locator('#strip-construction_jobs strong').textContent();
    if (viewport === PHONE) await p.locator('#ws-mobility .ws__toggle').click();
    await lever.focus();
    for (let i = 0; i < 4; i += 1) await p.keyboard.press('ArrowRight');
    await p.waitForFunction((w) => document.querySelector('#strip-construction_jobs strong').textContent !== w, was);
    await p.waitForFunction(() => /mobility\.loans/.test(location.hash));
    await context.close();
  }
});

test('a link to another scenario never shows the Convention\'s figures as its own', async () => {
  const link = '#v=3&p=climate-first';
  const { p, context, errors } = await page(DESKTOP);
  // The page's module arrives late: the prerendered Convention is on screen meanwhile.
  const release = await holdModule(p);
  await p.goto(server.url + link);
  await p.locator('#linkload').waitFor();
  assert.match(await p.locator('#linkload').innerText(), /Chargement de votre scénario/);
  for (const id of STRIP) assert.equal(await p.locator(`#strip-${id} strong`).isVisible(), false, id);
  assert.equal(await p.locator('.tile__value').first().isVisible(), false);
  release();
  await p.locator('html[data-relance="rendered"]').waitFor({ state: 'attached' });
  assert.equal(await p.locator('#linkload').isVisible(), false);
  assert.equal(await p.locator('#strip-name').textContent(), 'Priorité climat');
  assert.equal(await p.locator('#strip-construction_jobs strong').isVisible(), true);
  assert.deepEqual(errors, []);
  await context.close();

  // English: rendered in English over the French page, never a mix.
  const en = await page(DESKTOP);
  await en.p.goto(`${server.url}#v=3&l=en`);
  await en.p.locator('html[data-relance="rendered"]').waitFor({ state: 'attached' });
  assert.equal(await en.p.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await en.p.locator('#strip-name').textContent(), '2020 convention');
  assert.equal(await en.p.locator('#tab-simulator').textContent(), 'Simulator');
  assert.equal(await en.p.locator('fieldset.ws').count(), 8);
  assert.deepEqual(en.errors, []);
  await en.context.close();
});

test('without JavaScript the page reads: figures, workstreams, the plain sentence, the line on levers, the methodology page', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { p, context } = await page(viewport, { js: false });
    await p.goto(server.url);
    for (const id of STRIP) assert.ok(await p.locator(`#strip-${id} strong`).isVisible(), `${viewport.width}px: ${id}`);
    assert.ok(await p.locator('p.plain').isVisible());
    assert.match(await p.locator('.nojs').innerText(), /pour déplacer les leviers, activez JavaScript/);
    assert.equal(await p.locator('#linkload').isVisible(), false);
    assert.equal(await p.locator('fieldset.ws').count(), 8);
    assert.ok(await p.locator('.tile__range').first().isVisible());
    // Each workstream's amounts, written in its fields (21 open levers; three closed).
    const amounts = await p.locator('fieldset.ws .lever__number').evaluateAll((l) => l.map((i) => i.value));
    assert.equal(amounts.length, 21);
    assert.ok(amounts.every((a) => /^\d+(,\d+)?$/.test(a)), amounts.join(' '));
    await context.close();
  }
  const { p, context } = await page(DESKTOP, { js: false });
  await p.goto(`${server.url}methodologie.html`);
  assert.equal(await p.locator('h1').innerText(), 'Relance — Méthode');
  assert.ok(await p.locator('.method__table').count() >= 1);
  assert.ok(await p.locator('.method__params li').count() > 50);
  await p.locator('a[hreflang="en"]').click();
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
  assert.ok(await p.locator('.eq code').count() > 5);
  await context.close();
});

test('a lever moved on the prerendered page before the app arrives is kept, not reset', async () => {
  const { p, context, errors } = await page(DESKTOP);
  const release = await holdModule(p);
  await p.goto(server.url);
  const convention = await p.locator('#strip-construction_jobs strong').textContent();
  // The browser's own slider works before any script: four steps of 5 M€.
  await p.locator('#lever-mobility-loans').focus();
  for (let i = 0; i < 4; i += 1) await p.keyboard.press('ArrowRight');
  assert.equal(await p.locator('#lever-mobility-loans').inputValue(), '370');
  release();
  await p.locator('html[data-relance="hydrated"]').waitFor({ state: 'attached' });
  await p.waitForFunction(() => /mobility\.loans:370/.test(location.hash));
  assert.equal(await p.locator('#lever-mobility-loans').inputValue(), '370');
  assert.notEqual(await p.locator('#strip-construction_jobs strong').textContent(), convention);
  assert.equal(await p.locator('#strip-name').textContent(), 'Convention 2020 (modifié)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('buttons tapped on the prerendered page before the app arrives are tapped again once it runs', async () => {
  const { p, context, errors } = await page(PHONE);
  const release = await holdModule(p);
  await p.goto(server.url);
  await p.locator('#preset-jobs-first').click();
  // The figures are marked as not yet recomputed, and the page says the scenario is on its way.
  assert.ok(await p.locator('#linkload').isVisible());
  const plus = p.locator('button[aria-label="Augmenter : Prêts — Secteurs durement touchés"]');
  await plus.click();
  release();
  await p.locator('html[data-relance="hydrated"]').waitFor({ state: 'attached' });
  await p.waitForFunction(() => /p=jobs-first/.test(location.hash) && /hard_hit\.loans/.test(location.hash));
  assert.equal(await p.locator('#strip-name').textContent(), 'Priorité emploi (modifié)');
  assert.equal(await p.locator('#linkload').isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the build writes brotli and gzip copies of its files; a page served from them hydrates', async () => {
  const { DIST } = await import('./harness.mjs');
  const { COMPRESSIBLE } = await import('../../scripts/compress.mjs');
  const { buildFiles } = await import('../../scripts/sw.mjs');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const zlib = await import('node:zlib');
  const files = fs.readdirSync(DIST).filter((f) => COMPRESSIBLE.test(f));
  assert.ok(files.some((f) => f.endsWith('.wasm')));
  for (const f of files) {
    const body = fs.readFileSync(path.join(DIST, f));
    for (const [ext, unzip] of [['.br', zlib.brotliDecompressSync], ['.gz', zlib.gunzipSync]]) {
      const copy = path.join(DIST, f + ext);
      assert.ok(fs.existsSync(copy), `${f}${ext} is missing`);
      assert.ok(unzip(fs.readFileSync(copy)).equals(body), `${f}${ext} is not ${f}`);
    }
  }
  // The offline cache (sw.js, rewritten from this list by the update test) holds the files, not
  // their compressed copies.
  const listed = buildFiles(DIST);
  assert.ok(listed.includes('index.html'));
  assert.deepEqual(listed.filter((f) => /\.(br|gz)$/.test(f)), []);
  const host = await serve(undefined, {}, { precompressed: true });
  try {
    const context = await chrome.newContext({ viewport: PHONE, locale: 'fr-FR' });
    const p = await context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    const encodings = new Map();
    p.on('response', (r) => encodings.set(new URL(r.url()).pathname, r.headers()['content-encoding']));
    await p.goto(host.url);
    await p.locator('html[data-relance="hydrated"]').waitFor({ state: 'attached' });
    assert.equal(encodings.get('/'), 'br');
    assert.ok([...encodings].some(([u, e]) => u.endsWith('_bg.wasm') && e === 'br'), JSON.stringify([...encodings]));
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await host.close();
  }
});

test('on a phone, a page painted before it is all parsed does not move when the rest arrives', async () => {
  // index.html sent in two parts, the second a moment later, cut before the workstreams: the
  // browser paints the first part. The totals, placed below the workstreams by the stylesheet,
  // are not shown until the page is parsed; nothing on screen moves.
  const { DIST } = await import('./harness.mjs');
  const fs = await import('node:fs');
  const http = await import('node:http');
  const html = fs.readFileSync(`${DIST}/index.html`, 'utf8');
  const cut = html.indexOf('id="ws-');
  assert.ok(cut > 0 && html.indexOf('class="totals') < cut, 'the totals come before the workstreams');
  let sendRest;
  const rest = new Promise((ok) => { sendRest = ok; });
  const split = http.createServer(async (req, res) => {
    if (req.url !== '/') { // the other files from the test server, same origin for the CSP
      const r = await fetch(new URL(req.url, server.url));
      res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? '' });
      res.end(Buffer.from(await r.arrayBuffer()));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(html.slice(0, cut));
    rest.then(() => res.end(html.slice(cut)));
  });
  await new Promise((ok) => split.listen(0, '127.0.0.1', ok));
  try {
    // JavaScript on, the module held back: the prerendered page alone.
    const { p, context } = await page(PHONE);
    await p.route(/_bg\.wasm$/, () => {});
    await p.goto(`http://127.0.0.1:${split.address().port}/`, { waitUntil: 'commit' });
    await p.locator('.totals').waitFor({ state: 'attached' });
    // The first part painted (its stylesheet in), then the rest sent.
    await p.waitForFunction(() => document.styleSheets.length > 0);
    await p.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    assert.equal(await p.evaluate(() => document.readyState), 'loading');
    assert.equal(await p.locator('.totals').evaluate((e) => getComputedStyle(e).visibility), 'hidden');
    sendRest();
    await p.waitForFunction(() => document.readyState !== 'loading');
    await p.waitForTimeout(300);
    assert.equal(await p.locator('.totals').evaluate((e) => getComputedStyle(e).visibility), 'visible');
    const shift = await p.evaluate(() => window.__shift);
    assert.ok(shift <= 0.05, `layout shift ${shift}`);
    await context.close();
  } finally {
    sendRest();
    await new Promise((ok) => split.close(ok));
  }
});
