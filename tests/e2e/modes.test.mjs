// End-to-end tests of workshop mode, embed mode, offline use, the strict CSP and the
// accessibility of every view in every mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, browser, open, foreign, axe } from './harness.mjs';

/** The Content-Security-Policy the README recommends. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
  + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
  + "frame-ancestors 'self' http://127.0.0.1:*";

let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'RGAAv4'];

test('workshop mode shows its layout and its shortcuts work, and can be turned off', async () => {
  const { page, context, requests } = await open(chrome, `${server.url}?mode=workshop`);
  assert.equal(await page.locator('.app--workshop').count(), 1);
  assert.equal(await page.locator('.workshop').count(), 1);
  assert.ok(parseFloat(await page.evaluate(() => getComputedStyle(document.querySelector('.app')).fontSize)) > 18);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('3');
  assert.equal(await page.locator('#preset-climate-first').getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('k');
  assert.equal(await page.locator('.app--contrast').count(), 1);
  await page.keyboard.press('q');
  await page.locator('#qr-overlay svg').waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#qr-overlay').count(), 0);
  await page.keyboard.press('c');
  assert.equal(await page.locator('#tab-compare').getAttribute('aria-current'), 'page');
  await page.keyboard.press('v');
  // Keys in a field or a list go to it, not to the shortcuts.
  await page.locator('#gain-outcome').focus();
  await page.keyboard.press('c');
  assert.equal(await page.locator('#tab-simulator').getAttribute('aria-current'), 'page');
  // Switched off, keys do nothing.
  await page.locator('#ws-shortcuts').click();
  assert.equal(await page.locator('#ws-shortcuts').getAttribute('aria-pressed'), 'false');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('1');
  assert.equal(await page.locator('#preset-climate-first').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(foreign(requests, server.origin), []);
  await context.close();
});

test('a keyboard-only workshop: preset, adjust, compare, share', async () => {
  const { page, context } = await open(chrome, `${server.url}?mode=workshop`);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('2');
  const before = await page.locator('#strip').innerText();
  // Tab to the first slider and move it.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.type === 'range')) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.type), 'range');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((b) => document.querySelector('#strip').innerText !== b, before);
  // Compare: add the current scenario and the climate preset by keyboard.
  await page.keyboard.press('c');
  await page.locator('#compare-add-current').focus();
  await page.keyboard.press('Enter');
  await page.locator('#compare-paste').focus();
  await page.keyboard.type('v=1&p=climate-first');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#compare-outcomes thead th').count(), 4);
  // Share: the QR code for the room, closed with Escape.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('q');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('#qr-overlay') !== null), true);
  assert.match(await page.locator('.qr-overlay__url').innerText(), /#v=3/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#qr-overlay').count(), 0);
  await context.close();
});

test('embedded on another origin, the iframe follows the content height', async () => {
  const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relance-host-'));
  fs.writeFileSync(path.join(hostDir, 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title></head><body>
<h1>Site de la Métropole</h1>
<iframe data-relance src="${server.url}index.html?embed=1" title="Relance" loading="lazy" allow="fullscreen" height="300"></iframe>
<script src="${server.url}embed-host.js"></script></body></html>`);
  const host = await serve(hostDir);
  assert.notEqual(host.origin, server.origin);
  const context = await chrome.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  await page.goto(host.url);
  const frame = page.frameLocator('iframe[data-relance]');
  await frame.locator('html[data-relance] fieldset.ws').first().waitFor();
  assert.equal(await frame.locator('.app--embed').count(), 1);
  assert.equal(await frame.locator('footer').count(), 0);
  assert.equal(await frame.locator('h1').count(), 1);
  const height = () => page.evaluate(() => parseFloat(document.querySelector('iframe').style.height || '0'));
  await page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height || '0') > 1000);
  // The content settles after the worker's first answer (the « +1 M€ » lines): the iframe
  // follows within a few frames.
  let h1 = 0;
  let inner = 0;
  for (let k = 0; k < 50; k++) {
    h1 = await height();
    inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    if (Math.abs(h1 - inner) <= 2) break;
    await page.waitForTimeout(100);
  }
  assert.ok(Math.abs(h1 - inner) <= 2, `iframe ${h1}px for content ${inner}px`);
  // Content grows: open every disclosure.
  await frame.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
  await page.waitForFunction((h) => parseFloat(document.querySelector('iframe').style.height) > h + 100, h1);
  assert.equal(await frame.locator('html').getAttribute('lang'), 'fr');
  await context.close();
  await host.close();
});

test('after a first load, the simulator still runs offline', async () => {
  const context = await chrome.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('html[data-relance] fieldset.ws').first().waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.locator('#tile-co2_avoided').waitFor();
  await page.locator('#lever-mobility-loans-n').fill('500');
  await page.locator('#lever-mobility-loans-n').press('Enter');
  await page.waitForFunction(() => /^\+/.test(document.querySelector('#tile-co2_avoided .tile__delta')?.innerText ?? ''));
  await context.close();
});

test('under the strict CSP, no violation is reported in any view or mode', async () => {
  const strict = await serve(undefined, { 'Content-Security-Policy': CSP });
  const context = await chrome.newContext();
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  for (const url of [strict.url, `${strict.url}?mode=workshop`, `${strict.url}?embed=1`]) {
    await page.goto(url);
    await page.locator('html[data-relance] fieldset.ws').first().waitFor();
    await page.locator('#lever-mobility-loans').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    for (const v of ['compare', 'assumptions', 'methodology', 'simulator']) await page.locator(`#tab-${v}`).click();
    if (url.includes('workshop')) {
      await page.locator('#ws-qr').click();
      await page.locator('#qr-overlay svg').waitFor();
      await page.keyboard.press('Escape');
    }
    assert.deepEqual(await page.evaluate(() => window.__csp), [], url);
  }
  assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), []);
  await context.close();
  await strict.close();
});

test('prefers-reduced-motion removes the transitions', async () => {
  const context = await chrome.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('.tile').first().waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.tile')).transitionDuration), '0s');
  await context.close();
  const { page: p2, context: c2 } = await open(chrome, server.url);
  assert.notEqual(await p2.evaluate(() => getComputedStyle(document.querySelector('.tile')).transitionDuration), '0s');
  await c2.close();
});

for (const mode of ['', '?mode=workshop', '?embed=1']) {
  test(`axe-core finds no violation in any view${mode ? ` (${mode})` : ''}`, async () => {
    const { page, context } = await open(chrome, `${server.url}${mode}`);
    await page.locator('#tab-compare').click();
    await page.locator('#compare-add-current').click();
    await page.locator('#compare-paste').fill('v=1&p=jobs-first');
    await page.locator('#compare-paste').press('Enter');
    await page.locator('#compare-outcomes').waitFor();
    for (const view of ['compare', 'simulator', 'assumptions', 'methodology']) {
      await page.locator(`#tab-${view}`).click();
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      const violations = await axe(page, TAGS);
      assert.deepEqual(violations, [], `${view}: ${JSON.stringify(violations, null, 2)}`);
    }
    if (mode === '?mode=workshop') {
      await page.locator('#ws-contrast').click();
      await page.locator('#tab-simulator').click();
      let violations = await axe(page, TAGS);
      assert.deepEqual(violations, [], `high contrast: ${JSON.stringify(violations, null, 2)}`);
      await page.locator('#ws-qr').click();
      await page.locator('#qr-overlay svg').waitFor();
      violations = await axe(page, TAGS);
      assert.deepEqual(violations, [], `QR overlay: ${JSON.stringify(violations, null, 2)}`);
    }
    await context.close();
  });
}
