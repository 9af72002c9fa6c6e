// End-to-end tests of the simulator screen, assumptions and methodology views.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, open, axe, settled } from './harness.mjs';

let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'RGAAv4'];

/** Reads a French- or English-formatted number. */
function num(text) {
  const t = text.replace(/[\u202F\u00A0 ]/g, '');
  return Number(t.includes(',') && !t.includes('.') ? t.replace(',', '.') : t.replace(/,/g, ''));
}
// The tiles once the worker's bands have arrived for the scenario shown.
const tiles = async (page) => { await settled(page); return page.locator('.tiles').innerText(); };
const tileValue = async (page, id) => { await settled(page); return num(await page.locator(`#tile-${id} .tile__value strong`).innerText()); };
async function setField(page, selector, value) {
  await page.locator(selector).fill(value);
  await page.locator(selector).press('Enter');
}

test('raising mobility loans raises investment mobilised and CO2 avoided on screen', async () => {
  const { page, context } = await open(chrome, server.url);
  const inv0 = await tileValue(page, 'investment');
  const co20 = await tileValue(page, 'co2_avoided');
  const km0 = await tileValue(page, 'transit_km');
  await setField(page, '#lever-mobility-loans-n', '550');
  const inv1 = await tileValue(page, 'investment');
  const co21 = await tileValue(page, 'co2_avoided');
  assert.ok(inv1 > inv0, `investment ${inv0} -> ${inv1}`);
  assert.ok(co21 > co20, `CO2 ${co20} -> ${co21}`);
  assert.ok(await tileValue(page, 'transit_km') > km0);
  assert.match(await page.locator('#tile-co2_avoided .tile__delta').innerText(), /^\+.*par rapport à la Convention 2020/);
  assert.match(await page.locator('#tile-co2_avoided .tile__range').innerText(), /^entre .* et /);
  await context.close();
});

test('a preset changes the tiles', async () => {
  const { page, context } = await open(chrome, server.url);
  const homes0 = await tileValue(page, 'homes_renovated');
  await page.locator('#preset-housing-first').click();
  assert.equal(await page.locator('#preset-housing-first').getAttribute('aria-pressed'), 'true');
  const homes1 = await tileValue(page, 'homes_renovated');
  assert.notEqual(homes1, homes0);
  assert.doesNotMatch(await page.locator('#tile-homes_renovated .tile__delta').innerText(), /comme la Convention/);
  await page.locator('#preset-convention-2020').click();
  assert.equal(await tileValue(page, 'homes_renovated'), homes0);
  await context.close();
});

test('the language switch changes the labels and number formats', async () => {
  const { page, context } = await open(chrome, server.url);
  assert.equal(await page.locator('#tile-co2_avoided h3').innerText(), 'CO2 évité par an');
  await page.getByRole('button', { name: /English/ }).click();
  assert.equal(await page.locator('#tile-co2_avoided h3').innerText(), 'CO2 avoided per year');
  assert.match(await page.locator('#tile-construction_jobs .tile__value').innerText(), /^\d{1,3},\d{3}/);
  assert.equal(await page.locator('#tab-methodology').innerText(), 'Methodology');
  await context.close();
});

test('an invalid parameter edit shows a message and leaves the results unchanged', async () => {
  const { page, context } = await open(chrome, server.url);
  const before = await tiles(page);
  await page.locator('#tab-assumptions').click();
  await setField(page, '#p-loan_margin-v', 'beaucoup');
  assert.match(await page.locator('#p-loan_margin-err').innerText(), /pas un nombre/);
  await setField(page, '#p-loan_share-transit_lines-v', '250');
  assert.match(await page.locator('#p-loan_share-transit_lines-err').innerText(), /impossible.*0 – 100/);
  await setField(page, '#p-loan_maturity-v', '25,5');
  assert.match(await page.locator('#p-loan_maturity-err').innerText(), /entier/);
  await page.locator('#tab-simulator').click();
  assert.equal(await tiles(page), before);
  // A valid edit is applied and changes the results; resetting restores them.
  await page.locator('#tab-assumptions').click();
  await setField(page, '#p-co2_avoided-home_renovation-v', '80');
  assert.match(await page.locator('#p-co2_avoided-home_renovation').innerText(), /modifié/);
  await page.locator('#tab-simulator').click();
  assert.notEqual(await tiles(page), before);
  await page.locator('#tab-assumptions').click();
  await page.getByRole('button', { name: /Rétablir toutes les valeurs/ }).click();
  await page.locator('#tab-simulator').click();
  assert.equal(await tiles(page), before);
  await context.close();
});

test('the keyboard alone reaches and moves every lever', async () => {
  const { page, context } = await open(chrome, server.url);
  const ranges = await page.locator('input[type=range]').evaluateAll((els) => els.map((e) => e.id));
  assert.equal(ranges.length, 21);
  const moved = new Set();
  await page.locator('body').focus();
  for (let i = 0; i < 400 && moved.size < ranges.length; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el.type === 'range' ? { id: el.id, value: Number(el.value), max: Number(el.max) } : null;
    });
    if (!info || moved.has(info.id)) continue;
    const key = info.value < info.max ? 'ArrowRight' : 'ArrowLeft';
    await page.keyboard.press(key);
    const after = Number(await page.locator(`#${info.id}`).inputValue());
    assert.notEqual(after, info.value, `${info.id} did not move with ${key}`);
    moved.add(info.id);
  }
  assert.deepEqual([...moved].sort(), [...ranges].sort());
  await context.close();
});

test('"Pourquoi ?" links open the parameter in the methodology', async () => {
  const { page, context } = await open(chrome, server.url);
  await page.locator('#tile-co2_avoided summary').click();
  await page.locator('#tile-co2_avoided a[href="#param-co2_avoided.home_renovation"]').click();
  assert.equal(await page.locator('#tab-methodology').getAttribute('aria-current'), 'page');
  // The methodology's text comes from the worker; the parameter gets focus once shown.
  await page.waitForFunction(() => document.activeElement?.id === 'param-co2_avoided.home_renovation');
  await context.close();
});

test('every chart has a text summary and a data table', async () => {
  const { page, context } = await open(chrome, server.url);
  const charts = page.locator('figure.chart');
  assert.equal(await charts.count(), 4);
  for (let i = 0; i < 4; i++) {
    const c = charts.nth(i);
    assert.ok((await c.locator('[role=img]').getAttribute('aria-label')).length > 40);
    await c.locator('details summary').click();
    // The table is built after the toggle event: wait for its last row, then count.
    await c.locator('tbody tr').nth(20).waitFor();
    assert.equal(await c.locator('tbody tr').count(), 21);
  }
  assert.match(await page.locator('#chart-mobility_investment').innerText(), /Objectif 350 M€\/an/);
  await context.close();
});

for (const view of ['simulator', 'assumptions', 'methodology']) {
  test(`axe-core (WCAG 2.1 AA and RGAA) finds no violation in the ${view} view, which reflows at 320 px`, async () => {
    const { page, context } = await open(chrome, server.url);
    await page.locator(`#tab-${view}`).click();
    // Open the disclosures so their content is checked too.
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    if (view === 'simulator') await page.locator('figure.chart table').nth(3).waitFor();
    // The methodology's text and the sources come from the worker: check they arrived.
    if (view === 'methodology') await page.locator('.method__table').first().waitFor();
    if (view === 'assumptions') await page.locator('.param__note').first().waitFor();
    const violations = await axe(page, TAGS);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at 320px`);
    await context.close();
  });
}

test('the skip link moves focus to the content and leaves the address alone', async () => {
  const { page, context } = await open(chrome, `${server.url}#v=3&a=food.loans:20`);
  const before = page.url();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.equal(page.url(), before);
  assert.equal(await page.locator('#notice').count(), 0, 'no « lien illisible » notice');
  // An anchor typed into the address is not read as a broken link either.
  await page.evaluate(() => { location.hash = 'main'; });
  await page.waitForTimeout(200);
  assert.equal(await page.locator('#notice').count(), 0);
  assert.equal(await page.locator('#lever-food-loans-n').inputValue(), '20');
  // The second skip link goes to the levers, and leaves the address alone too.
  const address = page.url();
  await page.locator('.skip').nth(1).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'levers-h');
  assert.equal(page.url(), address);
  await context.close();
});

test('after a lever moves, one status message names the changed figures', async () => {
  const { page, context } = await open(chrome, server.url);
  await page.waitForTimeout(700); // the first figures are the reference, not a change
  await page.evaluate(() => {
    window.__messages = [];
    const el = document.getElementById('change-status');
    new MutationObserver(() => window.__messages.push(el.textContent))
      .observe(el, { childList: true, subtree: true, characterData: true });
  });
  const slider = page.locator('#lever-mobility-loans');
  await slider.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  // The message comes half a second after the figures rest; on a loaded machine the worker's
  // answers may keep them moving a while longer. Then a quiet second: no second message.
  await page.waitForFunction(() => window.__messages.length > 0, null, { timeout: 15000 });
  await page.waitForTimeout(1000);
  const messages = await page.evaluate(() => window.__messages);
  assert.equal(messages.length, 1, JSON.stringify(messages));
  assert.match(messages[0], /Emplois de chantier \(directs et induits\) : .*\(\+/);
  assert.equal(await page.locator('.tiles[aria-live]').count(), 0, 'the tiles are not a live region');
  await context.close();
});

test('each view has its own title, in each language', async () => {
  const { page, context } = await open(chrome, server.url);
  let previous = await page.title();
  const titles = new Set([previous]);
  for (const view of ['assumptions', 'methodology', 'compare']) {
    await page.locator(`#tab-${view}`).click();
    await page.waitForFunction((p) => document.title !== p, previous);
    previous = await page.title();
    titles.add(previous);
  }
  assert.equal(titles.size, 4, [...titles].join(' | '));
  // In English, another title.
  await page.locator('.top__lang').click();
  await page.waitForFunction((p) => document.title !== p, previous);
  assert.match(await page.title(), /Compare/);
  await context.close();
});

test('reset brings back the 2020 convention and the registry values in one click', async () => {
  const { page, context } = await open(chrome, server.url);
  const before = await tiles(page);
  await setField(page, '#lever-food-loans-n', '0');
  await page.locator('#tab-assumptions').click();
  await setField(page, '#p-loan_margin-v', '1');
  await page.locator('#tab-simulator').click();
  assert.notEqual(await tiles(page), before);
  await page.locator('#reset').click();
  assert.equal(await tiles(page), before);
  assert.equal(await page.locator('#lever-food-loans-n').inputValue(), '50');
  await context.close();
});
