// End-to-end tests of sharing, saving, comparing, and of every bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, open, settled } from './harness.mjs';

let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

// The tiles once the worker's bands have arrived for the scenario shown.
const tiles = async (page) => { await settled(page); return page.locator('.tiles').innerText(); };
async function setField(page, selector, value) {
  await page.locator(selector).fill(value);
  await page.locator(selector).press('Enter');
}

test('a copied link opens the same scenario, language and view in a fresh page', async () => {
  const { page, context } = await open(chrome, server.url);
  await page.locator('#preset-climate-first').click();
  await setField(page, '#lever-food-loans-n', '35');
  await page.locator('#tab-assumptions').click();
  await setField(page, '#p-loan_margin-v', '0,4');
  await page.locator('#tab-simulator').click();
  const want = await tiles(page);
  await page.waitForURL(/#v=3&p=climate-first&a=food\.loans:35&o=loan_margin:0\.4$/);
  await page.locator('#copy-link').click();
  // The status is written when the clipboard's promise settles: wait for it.
  await page.locator('.share__status', { hasText: /Lien copié|sélectionné/ }).waitFor();
  const url = await page.locator('#share-url').inputValue();
  assert.equal(url, page.url());
  const fresh = await chrome.newContext();
  const p2 = await fresh.newPage();
  await p2.goto(url);
  await p2.locator('.tiles').waitFor();
  assert.equal(await tiles(p2), want);
  // Edited from its preset: said so, and the preset is not shown pressed.
  assert.equal(await p2.locator('#preset-climate-first').getAttribute('aria-pressed'), 'false');
  assert.match(await p2.locator('#preset-desc').innerText(), /^Priorité climat \(modifié\)/);
  // Language and view travel too.
  await p2.goto(`${server.url}#v=1&l=en&view=methodology`);
  await p2.reload();
  await p2.locator('#method-h').waitFor();
  assert.equal(await p2.getAttribute('html', 'lang'), 'en');
  await fresh.close();
  await context.close();
});

test('dragging replaces the history entry and Back undoes a discrete choice', async () => {
  const { page, context } = await open(chrome, server.url);
  const start = await tiles(page);
  await page.locator('#preset-jobs-first').click();
  const jobs = await tiles(page);
  const slider = page.locator('#lever-mobility-loans');
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.waitForURL(/mobility\.loans:485/);
  const length = await page.evaluate(() => history.length);
  await page.keyboard.press('ArrowRight');
  await page.waitForURL(/mobility\.loans:490/);
  assert.equal(await page.evaluate(() => history.length), length, 'moving a lever must not add history');
  await page.goBack();
  await page.waitForFunction((t) => document.querySelector('.tiles').innerText === t, start);
  assert.notEqual(start, jobs);
  await context.close();
});

test('saved scenarios survive a reload; rename and delete work', async () => {
  const { page, context } = await open(chrome, server.url);
  await setField(page, '#lever-food-loans-n', '45');
  await page.locator('#save-name').fill('Équipe bleue');
  await page.locator('#save').click();
  assert.match(await page.locator('#notice').innerText(), /enregistré/);
  await page.reload();
  await page.locator('#saved-list').waitFor();
  assert.match(await page.locator('#saved-list').innerText(), /Équipe bleue/);
  await page.locator('#preset-housing-first').click();
  await page.getByRole('button', { name: 'Ouvrir : Équipe bleue' }).click();
  assert.equal(await page.locator('#lever-food-loans-n').inputValue(), '45');
  await page.getByRole('button', { name: 'Renommer : Équipe bleue' }).click();
  await page.locator('.saved__rename').fill('Équipe verte');
  await page.locator('.saved__rename').press('Enter');
  await page.locator('#saved-list .saved__name', { hasText: 'Équipe verte' }).waitFor();
  await page.reload();
  await page.locator('#saved-list').waitFor();
  assert.match(await page.locator('#saved-list').innerText(), /Équipe verte/);
  await page.getByRole('button', { name: 'Supprimer : Équipe verte' }).click();
  await page.reload();
  await page.locator('.share').waitFor();
  assert.equal(await page.locator('#saved-list').count(), 0);
  await context.close();
});

const BAD_LINKS = [
  ['truncated', 'v=1&a=mobility.loa', /partie illisible : « mobility.loa »/],
  ['unknown version', 'v=9&a=food.loans:3', /version de lien inconnue : 9/],
  ['no version', 'a=food.loans:3', /n'indique pas sa version/],
  ['unknown key', 'v=1&zoom=2', /élément inconnu : « zoom »/],
  ['out of range', 'v=1&a=food.loans:99999', /hors limites/],
  ['non-numeric', 'v=1&a=food.loans:beaucoup', /n'est pas un nombre/],
  ['bad percent-encoding', 'v=1&a=food.loans%ZZ3', /mal encodés/],
  ['1 MB', 'v=1&a=' + 'x'.repeat(1 << 20), /trop long/],
];

for (const [name, hash, message] of BAD_LINKS) {
  test(`a ${name} link shows its message and keeps the previous scenario`, async () => {
    const { page, context } = await open(chrome, server.url);
    await setField(page, '#lever-food-loans-n', '25');
    const before = await tiles(page);
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.locator('#notice').waitFor();
    assert.match(await page.locator('#notice').innerText(), /Ce lien n'a pas pu être ouvert/);
    assert.match(await page.locator('#notice').innerText(), message);
    assert.equal(await tiles(page), before);
    assert.equal(await page.locator('#lever-food-loans-n').inputValue(), '25');
    await context.close();
  });
}

test('a bad link opened directly shows its message over the baseline', async () => {
  const { page, context } = await open(chrome, `${server.url}#v=1&a=food.loans:abc`);
  assert.match(await page.locator('#notice').innerText(), /n'est pas un nombre/);
  assert.equal(await page.locator('#preset-convention-2020').getAttribute('aria-pressed'), 'true');
  await context.close();
});

const BAD_FILES = [
  ['not JSON', 'ceci n’est pas du JSON', /pas un fichier JSON lisible/],
  ['wrong types', '{"version": "un"}', /mauvais type/],
  ['missing fields', '{"amounts": {}}', /mauvais type.*version/],
  ['values out of range', '{"version": 1, "amounts": {"food": {"loans": 1e12}}, "overrides": {"loan_margin": 900}}', /amounts\.food\.loans : .*hors limites[\s\S]*overrides\.loan_margin : valeur impossible/],
];

for (const [name, body, message] of BAD_FILES) {
  test(`an imported file with ${name} is refused with the fields listed`, async () => {
    const { page, context } = await open(chrome, server.url);
    const before = await tiles(page);
    await page.locator('#import-json').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    await page.locator('#notice').waitFor();
    assert.match(await page.locator('#notice').innerText(), /Ce fichier n'a pas pu être importé/);
    assert.match(await page.locator('#notice').innerText(), message);
    assert.equal(await tiles(page), before);
    await context.close();
  });
}

test('a valid file imports; the exported JSON imports back to the same scenario', async () => {
  const { page, context } = await open(chrome, server.url);
  await page.locator('#preset-housing-first').click();
  await setField(page, '#lever-nature-loans-n', '17');
  const want = await tiles(page);
  const download = page.waitForEvent('download');
  await page.locator('#export-json').click();
  const file = await (await download).path();
  await page.locator('#reset').click();
  assert.notEqual(await tiles(page), want);
  await page.locator('#import-json').setInputFiles(file);
  await page.locator('#notice').waitFor();
  assert.match(await page.locator('#notice').innerText(), /importé/);
  assert.equal(await tiles(page), want);
  // The CSV holds every series with its bands.
  const csv = page.waitForEvent('download');
  await page.locator('#export-csv').click();
  const text = await (await (await csv).createReadStream()).toArray();
  const lines = Buffer.concat(text).toString().trim().split('\n');
  assert.equal(lines[0].split(',').length, 3 + 21);
  assert.ok(lines.some((l) => l.startsWith('co2_avoided,tCO2/yr,p90,')));
  await context.close();
});

test('corrupt saved entries are set aside and reported, the others kept', async () => {
  const { page, context } = await open(chrome, server.url);
  await page.evaluate(() => {
    localStorage.setItem('relance.saved.a', 'relance-saved 1\na\nBonne\nv=1');
    localStorage.setItem('relance.saved.b', '{corrompu');
    localStorage.setItem('relance.saved.c', 'relance-saved 1\nc\nVieille\nv=1&a=moon.loans:1');
  });
  await page.reload();
  await page.locator('#notice').waitFor();
  const notice = await page.locator('#notice').innerText();
  assert.match(notice, /mis de côté/);
  assert.match(notice, /relance\.saved\.b/);
  assert.match(notice, /relance\.saved\.c/);
  assert.match(await page.locator('#saved-list').innerText(), /Bonne/);
  assert.equal(await page.evaluate(() => localStorage.getItem('relance.setaside.b')), '{corrompu');
  await context.close();
});

test('a full storage quota is reported', async () => {
  const context = await chrome.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('html[data-relance]').waitFor({ state: 'attached' });
  await page.locator('#save').click();
  await page.locator('#notice').waitFor();
  assert.match(await page.locator('#notice').innerText(), /refuse d'enregistrer/);
  await context.close();
});

test('compare shows the team scenarios beside the Convention 2020 with differences and lever spreads', async () => {
  const { page, context } = await open(chrome, server.url);
  await page.locator('#tab-compare').click();
  await page.locator('#compare-add-current').click();
  await page.locator('#compare-paste').fill(`${server.url}#v=1&p=climate-first`);
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await page.locator('#compare-paste').fill('v=1&a=moon.loans:1');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  assert.match(await page.locator('#notice').innerText(), /levier inconnu/);
  const table = page.locator('#compare-outcomes');
  // The outcome, the Convention 2020 as reference, and the two team scenarios.
  assert.equal(await table.locator('thead th').count(), 4);
  assert.match(await table.locator('thead th').nth(1).innerText(), /Convention 2020 \(référence\)/);
  assert.ok(await table.locator('td.cell--up, td.cell--down').count() > 3);
  assert.ok(await page.locator('#compare-levers tr.row--spread').count() > 3);
  assert.equal(await page.locator('#compare-chart-co2_avoided svg').count(), 1);
  await context.close();
});
