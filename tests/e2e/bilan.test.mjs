// End-to-end tests of issue 23: one figure per result on every screen, the « Bilan 2020-2026 »
// view in both languages (axe clean), the plain sentence from today and the charts' mark of
// today at phone and desktop widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, open, axe, settled } from './harness.mjs';

let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

for (const [lang, heading, checks, missing] of [
  ['fr', /^Bilan 2020-2026/, 'Comparables', 'Ce qui n\u2019a pas été publié|Ce qui n\'a pas été publié'],
  ['en', /^Review 2020-2026/, 'Comparable', 'What was not published'],
]) {
  test(`the bilan lists reported figures apart from the model's (${lang})`, async () => {
    const { page, context } = await open(chrome, server.url, { width: 1440, height: 900 });
    if (lang === 'en') await page.getByRole('button', { name: /English/ }).click();
    await page.locator('#tab-bilan').click();
    await page.locator('.bilan__item').first().waitFor();
    assert.match(await page.locator('#bilan-h').innerText(), heading);
    const groups = await page.locator('.bilan__group h3').allInnerTexts();
    assert.equal(groups.length, 4, groups.join(' | '));
    assert.ok(groups[0].startsWith(checks), groups[0]);
    assert.match(groups[3], new RegExp(missing));
    // A comparable figure: the published one, its year and territory, and the model's beside it.
    const card = page.locator('#bilan-loan_per_home_paca_2021');
    const text = await card.innerText();
    assert.match(text, /77/);
    assert.match(text, /2021 · Provence-Alpes-Côte d'Azur/);
    assert.match(text, lang === 'fr' ? /Modèle, même définition[^\n]*\d+\u00a0k€\/logement/ : /Model, same definition[^\n]*\d+\sk€\/home/);
    assert.equal(await card.locator('a[href^="https://"]').count(), 1);
    // An input is said to be one, never a check.
    const input = await page.locator('#bilan-t3_cost_per_km_2026 .bilan__model').innerText();
    assert.match(input, lang === 'fr' ? /pas une vérification/ : /not a check/);
    assert.equal(await page.locator('#bilan-t3_opened_2026 .bilan__model').count(), 0);
    // 2024's loans went half to intermediate housing: another definition, shown as context.
    assert.equal(await page.locator('#bilan-loan_per_home_paca_2024 .bilan__model').count(), 0);
    assert.ok(await page.locator('.bilan__missing li').count() >= 5);
    const violations = await axe(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
    await context.close();
  });
}

test('a result reads the same on its tile, in the strip and in « Comparer »', async () => {
  const { page, context } = await open(chrome, `${server.url}#v=3&p=housing-first`, { width: 1440, height: 900 });
  await settled(page);
  const tile = (await page.locator('#tile-homes_renovated .tile__value strong').innerText()).trim();
  const strip = (await page.locator('#strip-homes_renovated .strip__value strong').innerText()).trim();
  assert.equal(tile, strip);
  await page.locator('#tab-compare').click();
  await page.locator('#compare-add-current').click();
  await page.locator('#compare-outcomes').waitFor();
  const row = await page.locator('#compare-outcomes tr', { hasText: /Logements rénovés/ }).first().innerText();
  assert.ok(row.includes(tile), `${row} vs ${tile}`);
  await context.close();
});

for (const [width, height] of [[390, 844], [1440, 900]]) {
  test(`the first screen says what the figures are, and charts mark today (${width} px)`, async () => {
    const { page, context } = await open(chrome, server.url, { width, height });
    await settled(page);
    const plain = page.locator('.plain');
    assert.ok(await plain.isVisible());
    assert.match(await plain.innerText(), /^Des estimations\s: ce que l'argent de la convention 2020-2026 a pu produire, et ce qu'une autre répartition aurait produit\./);
    // A chart is drawn once it comes near the screen.
    await page.locator('.chart').first().scrollIntoViewIfNeeded();
    await page.locator('.chart__svg svg, .chart svg').first().waitFor();
    const svg = await page.locator('.chart').first().innerHTML();
    assert.match(svg, /aujourd(&apos;|'|’)hui \(déc\. 2026\)/);
    // On a wide screen the sentence ends with the way to the published figures.
    if (width > 1000) {
      await page.locator('.plain__more--bilan').click();
      await page.locator('#bilan-h').waitFor();
    }
    await context.close();
  });
}
