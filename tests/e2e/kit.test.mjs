// End-to-end tests of what keeps a person's work (issue 24): undo and redo after a preset key
// replaced a team's scenario, shared addresses without the workshop's mode, the workshop
// falling back to the standard layout on a phone, a prefilled goal field replaced by what is
// typed, and the static pages' way back to the scenario.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, open, settled } from './harness.mjs';

let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const hash = (page) => page.evaluate(() => location.hash);

test('a preset key after an edit, then Ctrl+Z, brings the edit back; Ctrl+Shift+Z redoes', async () => {
  const { page, context, errors } = await open(chrome, `${server.url}?mode=workshop`, { width: 1920, height: 1080 });
  const slider = page.locator('#lever-mobility-loans');
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => /mobility\.loans/.test(location.hash));
  const edited = await hash(page);
  // The edited preset is said so, and no longer shown pressed.
  assert.equal(await page.locator('#preset-convention-2020').getAttribute('aria-pressed'), 'false');
  // Focus on a button, as in the review: « 2 » replaces the team's scenario.
  await page.locator('#preset-jobs-first').focus();
  await page.keyboard.press('2');
  await page.waitForFunction((h) => location.hash !== h, edited);
  assert.doesNotMatch(await hash(page), /mobility\.loans/);
  const offer = page.locator('#offer');
  await offer.waitFor();
  assert.match(await offer.innerText(), /remplacé/);
  assert.match(await page.locator('#offer-act').innerText(), /Annuler \(Ctrl\+Z\)/);
  await page.keyboard.press('Control+z');
  await page.waitForFunction((h) => location.hash === h, edited);
  assert.match(await page.locator('#offer-act').innerText(), /Rétablir/);
  await page.keyboard.press('Control+Shift+Z');
  await page.waitForFunction((h) => location.hash !== h, edited);
  assert.doesNotMatch(await hash(page), /mobility\.loans/);
  await page.keyboard.press('Control+z');
  await page.waitForFunction((h) => location.hash === h, edited);
  assert.deepEqual(errors, []);
  await context.close();
});

test('« Tout réinitialiser » can be undone with the offer\'s button', async () => {
  const { page, context } = await open(chrome, `${server.url}#v=3&p=housing-first&l=fr`, { width: 1440, height: 900 });
  const before = await hash(page);
  await page.locator('#reset').click();
  await page.waitForFunction((h) => location.hash !== h, before);
  await page.locator('#offer-act').click();
  await page.waitForFunction((h) => location.hash === h, before);
  assert.equal(await page.locator('#preset-housing-first').getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('the room\'s QR code and shared links never carry the workshop mode', async () => {
  const { page, context } = await open(chrome, `${server.url}?mode=workshop`, { width: 1920, height: 1080 });
  await page.keyboard.press('q');
  const url = page.locator('.qr-overlay__url');
  await url.waitFor();
  const text = await url.innerText();
  assert.doesNotMatch(text, /mode=workshop/);
  assert.match(text, /#v=3/);
  await context.close();
});

test('on a phone, a workshop address opens the standard layout', async () => {
  const { page, context, errors } = await open(chrome, `${server.url}?mode=workshop`, { width: 390, height: 844 });
  assert.equal(await page.locator('.app--workshop').count(), 0);
  assert.equal(await page.locator('.sim--narrow').count(), 1, 'the phone layout');
  // On a desktop the same address is the workshop.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator('.app--workshop').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing 8000 into a prefilled goal field gives 8000', async () => {
  const { page, context } = await open(chrome, server.url, { width: 1440, height: 900 });
  await page.locator('#seek summary').click();
  await page.locator('.seek__form').waitFor();
  const field = page.locator('#seek-0-v');
  assert.notEqual(await field.inputValue(), '', 'prefilled');
  await field.click();
  await page.keyboard.type('8000');
  assert.equal(await field.inputValue(), '8000');
  await context.close();
});

test('the glossary\'s way back keeps the scenario and the mode', async () => {
  const { page, context } = await open(chrome, `${server.url}?mode=workshop#v=3&p=climate-first&l=fr`, { width: 1920, height: 1080 });
  const slider = page.locator('#lever-food-loans');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => /food\.loans/.test(location.hash));
  await page.waitForTimeout(300); // the address is written once the hand rests
  const scenario = await hash(page);
  await page.goto(`${server.url}glossaire.html#prets`);
  const back = page.locator('a.back');
  await page.waitForFunction(() => document.querySelector('a.back').getAttribute('href') !== './');
  await back.click();
  await page.locator('fieldset.ws').first().waitFor();
  await settled(page);
  assert.equal(await hash(page), scenario);
  assert.match(page.url(), /\?mode=workshop/);
  await context.close();
});
