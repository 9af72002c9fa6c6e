// End-to-end tests of « Ma commune »: a search without accents finds the commune, its card gives
// per-inhabitant figures against the metropolis and names the keys, the commune is kept in the
// link (and a link reopens it), the notice that the plan allocates nothing by commune is always
// there, the table sorts and exports, and axe finds nothing to fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, browser, open, axe } from './harness.mjs';

let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

/** Reads a French-formatted number. */
function num(text) {
  return Number(text.replace(/[\u202F\u00A0 ]/g, '').replace('−', '-').replace(',', '.'));
}

test('« aubagne » finds Aubagne; its card gives figures per inhabitant and names its keys', async () => {
  const { page, context, errors } = await open(chrome, server.url, { width: 1440, height: 900 });
  await page.locator('#tab-communes').click();
  await page.locator('.communes').waitFor();
  assert.match(await page.locator('.communes__notice').innerText(), /^Le plan ne répartit pas l'argent par commune/);
  for (const typed of ['aubagne', 'Aubagne', 'AUBAGNE']) {
    await page.locator('#commune-search').fill(typed);
    assert.equal(await page.locator('.commune__pick').first().innerText(), "Aubagne (Pays d'Aubagne et de l'Étoile)");
  }
  await page.locator('#commune-search').fill('eguilles');
  assert.match(await page.locator('.commune__pick').first().innerText(), /^Éguilles/);
  await page.locator('#commune-search').fill('aubagne');
  await page.locator('.commune__pick').first().click();
  await page.waitForFunction(() => location.hash.includes('c=13005'));
  const card = page.locator('.commune__card');
  await card.waitFor();
  assert.match(await card.locator('h3').innerText(), /^Aubagne \(Pays d'Aubagne et de l'Étoile\)$/);
  const row = card.locator('tbody tr').filter({ hasText: 'Emplois de chantier' });
  const cells = await row.locator('td').allInnerTexts();
  assert.equal(cells.length, 4);
  const [total, per, metro] = cells.slice(0, 3).map(num);
  assert.ok(total > 0 && per > 0 && metro > 0, cells.join(' | '));
  assert.ok(Math.abs(per - (1000 * total) / 48124) <= 0.02 * per + 0.05, `${per} per 1 000 of ${total}`);
  assert.match(cells[3], /Transports alternatifs à la voiture \(population 50\u202f%, communes desservies par un projet nommé 50\u202f%\)/);
  assert.match(await page.locator('.communes__notice').innerText(), /projection centrale/);
  assert.match(await card.innerText(), /habitants des quartiers prioritaires 50\u202f%, logements sociaux 50\u202f%/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);

  // The link reopens on the commune, in a fresh page.
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await other.locator('.commune__card h3').waitFor();
  assert.match(await other.locator('.commune__card h3').innerText(), /^Aubagne/);
  await other.close();
  await context.close();
});

test('the commune table sorts, and the territories and the export add up', async () => {
  const { page, context } = await open(chrome, server.url, { width: 1440, height: 900 });
  await page.locator('#tab-communes').click();
  await page.locator('.communes__all').waitFor();
  assert.equal(await page.locator('.communes__all tbody tr').count(), 92);
  assert.equal(await page.locator('.communes__territories tbody tr').count(), 6);
  // Sorted by name, then by population, largest first.
  await page.locator('.communes__all th button', { hasText: 'Commune' }).click();
  const names = await page.locator('.communes__all tbody th').allInnerTexts();
  assert.equal(names[0], 'Aix-en-Provence');
  assert.equal(await page.locator('.communes__all th[aria-sort="descending"], .communes__all th[aria-sort="ascending"]').count(), 1);
  await page.locator('.communes__all th button', { hasText: 'Population' }).click();
  assert.equal(await page.locator('.communes__all tbody th').first().innerText(), 'Marseille');
  // The export holds the 92 communes and 6 territories.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[download="relance-communes.csv"]').click()]);
  const csv = fs.readFileSync(await download.path(), 'utf8').trim().split('\n');
  assert.equal(csv.length, 1 + 92 + 6);
  assert.match(csv[0], /^level,code,name,territory,population,construction_jobs,/);
  assert.ok(!csv[0].includes('cofinancing'), 'money is not spread over communes');
  // The chart by territory follows the chosen result.
  await page.locator('#commune-outcome').selectOption({ label: 'Logements rénovés' });
  assert.match(await page.locator('.communes__chart figcaption').innerText(), /^Logements rénovés/);
  await context.close();
});

test('a link to a commune outside the metropolis says so, and a malformed one is refused', async () => {
  const { page, context } = await open(chrome, server.url);
  await page.evaluate(() => { location.hash = 'v=3&view=communes&c=75056'; });
  await page.locator('.communes__bad').waitFor();
  assert.match(await page.locator('.communes__bad').innerText(), /pas dans la métropole\u00a0: « 75056 »/);
  await page.evaluate(() => { location.hash = 'v=3&view=communes&c=13%20005'; });
  await page.locator('#notice').waitFor();
  assert.match(await page.locator('#notice').innerText(), /code de commune illisible/);
  await context.close();
});
