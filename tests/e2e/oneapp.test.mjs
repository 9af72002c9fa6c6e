// End-to-end tests of the one app and its one worker: every view and panel comes from the page's
// module and the worker's; goal-seek survives view switches; switching views does not pile up
// listeners; a worker that cannot start is said, and the central figures keep moving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, browser, open, DIST } from './harness.mjs';

let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const VIEWS = ['simulator', 'communes', 'compare', 'assumptions', 'methodology'];

/** Reads a French-formatted number. */
function num(text) {
  return Number(text.replace(/[\u202F\u00A0 ]/g, '').replace('−', '-').replace(',', '.'));
}

test('every view and panel loads only the page\'s module and the worker\'s', async () => {
  const { page, context, requests } = await open(chrome, server.url, { width: 1440, height: 900 });
  await page.locator('#seek summary').click();
  await page.locator('.seek__form').waitFor();
  await page.locator('#tile-co2_avoided summary').click();
  await page.locator('#tile-co2_avoided .why__params a').first().waitFor();
  for (const view of VIEWS) await page.locator(`#tab-${view}`).click();
  await page.locator('.method__table').first().waitFor();
  const wasm = requests.filter((u) => /\.wasm$/.test(u)).map((u) => path.basename(new URL(u).pathname));
  assert.equal(wasm.length, 2, wasm.join(', '));
  assert.ok(wasm.some((n) => /^relance-[0-9a-f]{1,16}_bg\.wasm$/.test(n)), wasm.join(', '));
  assert.ok(wasm.some((n) => /^relance-worker-[0-9a-f]{16}_bg\.wasm$/.test(n)), wasm.join(', '));
  await context.close();
});

test('goal-seek still answers after switching views and back', async () => {
  const { page, context } = await open(chrome, server.url, { width: 1440, height: 900 });
  await page.locator('#seek summary').click();
  await page.locator('.seek__form').waitFor();
  await page.locator('#tab-communes').click();
  await page.locator('.communes__all').waitFor();
  await page.locator('#tab-simulator').click();
  await page.locator('#seek summary').click();
  await page.locator('.seek__form').waitFor();
  await page.locator('#seek-0-o').selectOption('construction_jobs');
  await page.locator('#seek-0-v').fill('9 000');
  await page.locator('.seek__run').click();
  await page.locator('.seek__verdict').waitFor();
  assert.match(await page.locator('.seek__verdict').innerText(), /^Objectifs atteints/);
  await context.close();
});

test('300 view switches leave the page\'s event listeners flat', async () => {
  const { page, context } = await open(chrome, server.url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // Listeners on nodes already detached count until they are collected: collect first.
  const listeners = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSEventListeners').value;
  };
  const cycle = async () => {
    await page.locator('#tab-assumptions').click();
    await page.locator('#param-filter').waitFor();
    await page.locator('#tab-simulator').click();
    await page.locator('html[data-relance] fieldset.ws').first().waitFor();
  };
  for (let k = 0; k < 5; k++) await cycle();
  const start = await listeners();
  for (let k = 0; k < 150; k++) await cycle();
  const end = await listeners();
  // One listener left behind per switch would add 300 (the two-app build went from 42 to 944).
  assert.ok(end - start <= 20, `listeners ${start} → ${end} after 300 switches`);
  await context.close();
});

/** A copy of the build without `drop` (a file name's pattern). */
function buildWithout(drop) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relance-'));
  fs.cpSync(DIST, dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (drop.test(f)) fs.rmSync(path.join(dir, f));
  return dir;
}

for (const [what, drop] of [
  ['module', /^relance-worker-[0-9a-f]{16}_bg\.wasm$/],
  ['loader', /^relance-worker-[0-9a-f]{16}-loader\.js$/],
]) {
  test(`with the worker's ${what} missing, the page says so and the central figures still move`, async () => {
    const dir = buildWithout(drop);
    const broken = await serve(dir);
    try {
      const context = await chrome.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
      const page = await context.newPage();
      await page.goto(broken.url);
      await page.locator('html[data-relance] fieldset.ws').first().waitFor();
      // Said once, in plain words (within the start timeout for a loader that never answers).
      const notice = page.locator('#notice');
      await notice.waitFor({ timeout: 15000 });
      assert.match(await notice.innerText(), /Les calculs d'appoint n'ont pas pu démarrer/);
      assert.match(await notice.innerText(), /chiffres centraux/);
      // The figures are central, not stale, and follow a move.
      await page.waitForFunction(() => !document.querySelector('.strip--stale, .tile--stale, .sim__tiles--pending'));
      const before = num(await page.locator('#strip-co2_avoided strong').innerText());
      await page.locator('#lever-mobility-loans').focus();
      for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction((b) => {
        const t = document.querySelector('#strip-co2_avoided strong')?.innerText ?? '';
        return Number(t.replace(/[\u202F\u00A0 ]/g, '').replace(',', '.')) !== b;
      }, before);
      assert.equal(await page.locator('.strip--stale, .tile--stale, .sim__tiles--pending').count(), 0);
      // A goal-seek says why it cannot run instead of searching for ever.
      await page.locator('#seek summary').click();
      await page.locator('.seek__run').click();
      await page.locator('.seek__bad').waitFor({ timeout: 15000 });
      assert.match(await page.locator('.seek__bad').innerText(), /indisponible/);
      await context.close();
    } finally {
      await broken.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a workshop address on a phone keeps its worker: bands and charts arrive, no error, no notice', async () => {
  // Regression: a chart drawn in a very narrow column panicked in the worker (min > max in a
  // clamp), which stopped every computation of the page. A phone now gets the standard layout
  // (the charts crate tests every narrow size); its charts and bands must still arrive.
  const { page, context, errors } = await open(chrome, `${server.url}?mode=workshop`, { width: 390, height: 844 });
  assert.equal(await page.locator('.app--workshop').count(), 0);
  await page.locator('#chart-construction_jobs').scrollIntoViewIfNeeded();
  await page.locator('#chart-construction_jobs .chart__svg svg').waitFor({ state: 'attached' });
  // On a phone the workstreams open one at a time: the first one's lever.
  await page.locator('.lever__range').first().focus();
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => !document.querySelector('.strip--stale, .tile--stale, .sim__tiles--pending'));
  assert.equal(await page.locator('#notice').count(), 0);
  // The room's shortcuts are the projector's: Q does nothing here, and raises no error.
  await page.locator('body').press('q');
  assert.equal(await page.locator('#qr-overlay').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
