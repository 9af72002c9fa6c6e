// End-to-end tests against the release build in dist/ (built by `make test` first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, open, foreign, axe } from './harness.mjs';

let server;
let chrome;

before(async () => {
  server = await serve();
  chrome = await browser();
});
after(async () => {
  await chrome?.close();
  await server?.close();
});

test('the page renders the eight workstreams in French', async () => {
  const { page, context, errors } = await open(chrome, server.url);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.locator('html[data-relance] fieldset.ws').count(), 8);
  const body = await page.locator('body').innerText();
  for (const w of ['Secteurs durement touchés', 'Transports alternatifs à la voiture', 'Autonomie alimentaire']) {
    assert.ok(body.includes(w), `missing ${w}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a slider driven by the keyboard changes its value and the total', async () => {
  const { page, context } = await open(chrome, server.url);
  const slider = page.locator('#lever-mobility-loans');
  const total = page.locator('#total-loans .totals__amount');
  assert.equal(await total.innerText(), '1\u202F000\u00A0M€');
  assert.equal(await slider.getAttribute('aria-valuetext'), '350\u00A0M€');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // The page renders after the input event: wait two frames before reading what it drew.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await slider.inputValue(), '360');
  assert.equal(await slider.getAttribute('aria-valuetext'), '360\u00A0M€');
  assert.equal(await total.innerText(), '1\u202F010\u00A0M€');
  assert.equal(await page.locator('#lever-mobility-loans-n').inputValue(), '360');
  // Tab reaches the next control: the + button after the slider.
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /Augmenter/);
  await page.keyboard.press('Enter');
  assert.equal(await slider.inputValue(), '365');
  await context.close();
});

test('going over an envelope is flagged on screen', async () => {
  const { page, context } = await open(chrome, server.url);
  const field = page.locator('#lever-urban_renewal-loans-n');
  await field.fill('600');
  await field.press('Enter');
  const row = page.locator('#total-loans');
  assert.match(await row.innerText(), /1\u202F260\u00A0M€/);
  await page.locator('#lever-mobility-loans-n').fill('600');
  await page.locator('#lever-mobility-loans-n').press('Enter');
  assert.match(await row.getAttribute('class'), /totals__row--over/);
  assert.match(await row.innerText(), /au-delà de l'enveloppe/);
  await context.close();
});

test('the language switch turns the page into English', async () => {
  const { page, context } = await open(chrome, server.url);
  await page.getByRole('button', { name: /English/ }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.locator('h1').innerText(), /where should/);
  assert.match(await page.locator('#total-loans').innerText(), /1,000\u00A0M€/);
  await context.close();
});

test('no request leaves 127.0.0.1 and axe-core finds no WCAG 2.1 AA violation', async () => {
  const { page, context, requests } = await open(chrome, server.url);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(foreign(requests, server.origin), []);
  const violations = await axe(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  await context.close();
});

test('the page reflows at 320 px without horizontal scrolling', async () => {
  const { page, context } = await open(chrome, server.url, { width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at 320px`);
  await context.close();
});
