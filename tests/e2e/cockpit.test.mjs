// End-to-end tests of the cockpit: levers and headline figures on one screen at every size,
// the workshop without page scroll, the change a move made, the bands from the worker, what one
// more M€ buys, the waterfall of what changed, and compared links named after their preset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, open, axe, settled } from './harness.mjs';

let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const WORKSHOP = { width: 1920, height: 1080 };
// First, middle and last workstreams, each with an open lever.
const LEVERS = [['hard_hit', 'loans'], ['divides', 'loans'], ['mobility', 'equity'], ['food', 'engineering']];

/** Reads a French-formatted number. */
function num(text) {
  return Number(text.replace(/[\u202F\u00A0 ]/g, '').replace('−', '-').replace(',', '.'));
}

/** The element's box lies inside the viewport. */
async function inView(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  const vp = page.viewportSize();
  assert.ok(box, `${selector} has no box`);
  assert.ok(box.y >= -0.5 && box.y + box.height <= vp.height + 0.5 && box.x >= -0.5 && box.x + box.width <= vp.width + 0.5,
    `${selector} at ${JSON.stringify(box)} is outside ${vp.width}x${vp.height}`);
}

for (const [name, viewport, query] of [['phone', PHONE, ''], ['desktop', DESKTOP, ''], ['workshop', WORKSHOP, '?mode=workshop']]) {
  test(`${name}: every lever, once focused, is on screen with the headline figures`, async () => {
    const { page, context } = await open(chrome, `${server.url}${query}`, viewport);
    for (const [w, i] of LEVERS) {
      const toggle = page.locator(`#ws-${w} .ws__toggle`);
      if (await toggle.count()) {
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        // One workstream open at a time on a phone.
        assert.equal(await page.locator('.ws__toggle[aria-expanded="true"]').count(), 1);
      }
      await page.locator(`#lever-${w}-${i}`).focus();
      await page.keyboard.press('ArrowRight');
      await inView(page, `#lever-${w}-${i}`);
      await inView(page, '#strip-construction_jobs');
      await inView(page, '#strip-co2_avoided');
    }
    await context.close();
  });
}

test('phone: the first lever is within the first screen, and the strip opens the results', async () => {
  const { page, context } = await open(chrome, server.url, PHONE);
  const box = await page.locator('.lever__range').first().boundingBox();
  assert.ok(box.y + box.height <= PHONE.height, `first lever at ${box.y}`);
  await page.locator('.strip__open').click();
  await inView(page, '#results-h');
  await context.close();
});

test('every chart is drawn, on a phone and on a desktop', async () => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, context } = await open(chrome, server.url, viewport);
    for (const id of ['construction_jobs', 'co2_avoided', 'mobility_investment', 'debt_service']) {
      // A chart off screen is drawn when it comes into view.
      await page.locator(`#chart-${id}`).scrollIntoViewIfNeeded();
      await page.locator(`#chart-${id} .chart__svg svg`).waitFor({ state: 'attached' });
    }
    await context.close();
  }
});

test('workshop: no page scroll, every workstream shown, figures in large type', async () => {
  const { page, context } = await open(chrome, `${server.url}?mode=workshop`, WORKSHOP);
  const size = await page.evaluate(() => ({
    h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth,
    ih: window.innerHeight, iw: window.innerWidth,
  }));
  assert.ok(size.h <= size.ih && size.w <= size.iw, `page ${size.w}x${size.h} in ${size.iw}x${size.ih}`);
  assert.equal(await page.locator('html[data-relance] fieldset.ws').count(), 8);
  assert.equal(await page.locator('.lever__range').count(), 21);
  assert.equal(await page.locator('.lever--closed').count(), 3, 'closed levers shown as closed');
  for (const sel of ['#ws-food', '.bigchart', '#strip']) await inView(page, sel);
  const px = await page.locator('#strip-co2_avoided strong').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(px >= 20, `figures at ${px}px`);
  // The chart picker changes the large chart.
  await page.selectOption('#chart-outcome', 'co2_avoided');
  await page.locator('.bigchart #chart-co2_avoided').waitFor();
  await page.locator('.bigchart .chart__svg svg').waitFor();
  await context.close();
});

test('a move shows its change in the strip; bands arrive from the worker', async () => {
  const { page, context, requests } = await open(chrome, server.url, DESKTOP);
  await settled(page);
  assert.match(await page.locator('#tile-co2_avoided .tile__range').innerText(), /^entre .* et /);
  // The change's line is kept, empty, before the first move (nothing moves when it fills).
  assert.equal(await page.locator('.strip__change').count(), 4);
  assert.deepEqual(await page.locator('.strip__change').allInnerTexts(), ['', '', '', ''], 'no change before the first move');
  const before = num(await page.locator('#strip-co2_avoided strong').innerText());
  await page.locator('#lever-mobility-loans').focus();
  for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
  await settled(page);
  const after = num(await page.locator('#strip-co2_avoided strong').innerText());
  assert.ok(after > before, `CO2 ${before} -> ${after}`);
  const change = await page.locator('#strip-co2_avoided .strip__change').innerText();
  assert.match(change, /^\+.* au dernier réglage$/);
  // The change is the difference shown (figures are rounded to three significant digits).
  const delta = num(change.replace(' au dernier réglage', ''));
  assert.ok(Math.abs(delta - (after - before)) <= 0.02 * after, `${delta} vs ${after - before}`);
  assert.ok(requests.some((u) => /relance-worker-[0-9a-f]{16}_bg\.wasm$/.test(u)), 'the worker loads its module');
  await context.close();
});

test('beside each lever, what one more M€ buys for the chosen outcome', async () => {
  const { page, context } = await open(chrome, server.url, DESKTOP);
  await settled(page);
  await page.locator('#lever-mobility-loans-gain').waitFor();
  assert.equal(await page.locator('.lever__gain').count(), 21);
  assert.match(await page.locator('#lever-mobility-loans-gain').innerText(), /^\+1 M€ : \+[\d\u202F,]+ emplois-années$/);
  assert.match(await page.locator('#lever-mobility-engineering-gain').innerText(), /^\+10 k€ : /);
  await page.selectOption('#gain-outcome', 'co2_avoided');
  await page.waitForFunction(() => document.querySelector('#lever-mobility-loans-gain')?.textContent.includes('tCO2'));
  await context.close();
});

test('the waterfall splits the difference from Convention 2020 exactly among the workstreams', async () => {
  const { page, context } = await open(chrome, `${server.url}#v=3&p=climate-first`, DESKTOP);
  await page.locator('.explain__table').waitFor();
  await page.selectOption('#explain-outcome', 'co2_avoided');
  const rows = await page.locator('.explain__table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th').childNodes[0].textContent, tr.querySelector('td').textContent]));
  assert.equal(rows[0][0], 'Convention 2020');
  assert.equal(rows.at(-1)[0], 'Scénario');
  assert.ok(rows.length >= 5, JSON.stringify(rows));
  const from = num(rows[0][1]);
  const to = num(rows.at(-1)[1]);
  const sum = rows.slice(1, -1).reduce((a, [, v]) => a + num(v), 0);
  assert.ok(Math.abs(from + sum - to) <= 0.01 * Math.abs(to) + 5, `${from} + ${sum} vs ${to}`);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('a pasted link in the compare view is named after its preset', async () => {
  const { page, context } = await open(chrome, `${server.url}#v=3&p=jobs-first`, DESKTOP);
  await page.locator('#tab-compare').click();
  await page.locator('#compare-paste').fill(`${server.url}#v=3&p=jobs-first&a=mobility.loans:420`);
  await page.locator('#compare-paste').press('Enter');
  await page.locator('#compare-add-current').click();
  await page.locator('#compare-list li:nth-child(2)').waitFor();
  const names = await page.locator('#compare-list .saved__name').allInnerTexts();
  assert.ok(names.some((n) => n.includes('Priorité emploi (modifié)')), names.join(' | '));
  assert.ok(names.some((n) => /Priorité emploi(?! \()/.test(n)), names.join(' | '));
  await context.close();
});
