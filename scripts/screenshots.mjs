// Takes screenshots of the release build (dist/) in Debian's headless Chromium, as a person would
// see it: phone 390 × 844, desktop 1440 × 900, workshop 1920 × 1080, and a few views. Writes
// PNG files into the folder given (default: target/screenshots). Not a test: for looking.
//   node scripts/screenshots.mjs [folder]
import fs from 'node:fs';
import path from 'node:path';
import { serve, browser } from '../tests/e2e/harness.mjs';

const out = path.resolve(process.argv[2] ?? 'target/screenshots');
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const chrome = await browser();
const shots = [
  ['phone', '', { width: 390, height: 844 }, null],
  ['phone-charts', '', { width: 390, height: 844 }, '#chart-co2_avoided'],
  ['desktop', '', { width: 1440, height: 900 }, null],
  ['desktop-charts', '', { width: 1440, height: 900 }, '#chart-mobility_investment'],
  ['workshop', '?mode=workshop', { width: 1920, height: 1080 }, null],
  ['phone-results', '', { width: 390, height: 844 }, '#results-h'],
  ['phone-explain', '#v=2&p=jobs-first', { width: 390, height: 844 }, '#explain-h'],
  ['desktop-explain', '#v=2&p=climate-first', { width: 1440, height: 900 }, '#explain'],
  ['methodology', '#v=1&view=methodology', { width: 1440, height: 900 }, '.method__params'],
  ['assumptions', '#v=1&view=assumptions', { width: 1440, height: 900 }, '.param__note'],
  ['compare', '#v=1&view=compare', { width: 1440, height: 900 }, null],
  ['desktop-chart-today', '', { width: 1440, height: 900 }, '#chart-co2_avoided'],
  ['glossary', 'glossaire.html#p10-p90', { width: 390, height: 844 }, null],
  ['statement', 'accessibilite.html', { width: 1440, height: 900 }, null],
  ['communes', '#v=2&view=communes&c=13005', { width: 1440, height: 900 }, '.commune__card'],
  ['communes-phone', '#v=2&view=communes&c=84089', { width: 390, height: 844 }, '.commune__card'],
  ['communes-territories', '#v=2&view=communes&c=13005', { width: 1440, height: 900 }, '.communes__chart'],
  ['bilan-phone', '#v=3&view=bilan', { width: 390, height: 844 }, null],
  ['bilan-desktop', '#v=3&view=bilan', { width: 1440, height: 900 }, '.bilan__item'],
  ['bilan-workshop', '?mode=workshop#v=3&view=bilan', { width: 1920, height: 1080 }, null],
];
// « Viser un objectif » with an answer: two targets on a desktop, « le plus possible » in a
// workshop, one target on a phone.
const seeks = [
  ['seek-desktop', '', { width: 1440, height: 900 }, [['construction_jobs', 'min', '9000'], ['co2_avoided', 'min', '7000']]],
  ['seek-workshop', '?mode=workshop', { width: 1920, height: 1080 }, [['co2_avoided', 'most']]],
  ['seek-phone', '', { width: 390, height: 844 }, [['homes_renovated', 'min', '1500']]],
];
for (const [name, suffix, viewport, target] of shots) {
  const context = await chrome.newContext({ viewport, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${server.url}${suffix}`);
  // The app's pages: once it has taken over (the static pages have no app).
  if (!suffix.includes('.html')) await page.locator('html[data-relance]').waitFor({ state: 'attached' });
  await page.locator('main, h1').first().waitFor();
  // The worker's bands and charts follow the first render.
  await page.waitForTimeout(1500);
  if (target) {
    await page.locator(target).first().waitFor();
    await page.locator(target).first().scrollIntoViewIfNeeded();
    // On a phone the results are laid out (and the charts drawn) once near the screen: the
    // first jump lands on their estimated size; look again once they are.
    await page.waitForTimeout(1000);
    await page.locator(target).first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  await context.close();
}
for (const [name, suffix, viewport, targets] of seeks) {
  const context = await chrome.newContext({ viewport, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${server.url}${suffix}`);
  await page.locator('#seek summary').click();
  await page.locator('.seek__form').waitFor();
  for (const [k, [outcome, sense, value]] of targets.entries()) {
    if (k > 0) await page.locator('.seek__add').click();
    await page.locator(`#seek-${k}-o`).selectOption(outcome);
    await page.locator(`#seek-${k}-s`).selectOption(sense);
    if (value) await page.locator(`#seek-${k}-v`).fill(value);
  }
  await page.locator('.seek__run').click();
  await page.locator('.seek__verdict').waitFor();
  await page.locator('.seek__verdict').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  await context.close();
}
// The workshop kit: five teams compared on the projector, a printed sheet (print media at A4's
// width), and the embed on a phone (host page, iframe as tall as the screen).
{
  const context = await chrome.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${server.url}?mode=workshop#v=3&view=compare`);
  await page.locator('#compare-paste').waitFor();
  const teams = [['Équipe bleue', 'jobs-first&a=food.loans:40'], ['Équipe verte', 'climate-first'],
    ['Équipe rouge', 'housing-first&a=nature.loans:30'], ['Équipe jaune', 'climate-first&a=mobility.loans:500'],
    ['Équipe violette', 'jobs-first&a=urban_renewal.equity:40']];
  for (const [k, [name, p]] of teams.entries()) {
    await page.locator('#compare-paste').fill(`${server.url}#v=3&p=${p}`);
    await page.locator('#compare-paste').press('Enter');
    const item = page.locator(`#compare-list li:nth-child(${k + 1})`);
    await item.getByRole('button', { name: /^Renommer/ }).click();
    await item.locator('.saved__rename').fill(name);
    await item.locator('.saved__rename').press('Enter');
  }
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, 'workshop-compare.png') });
  await page.locator('#compare-outcomes').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(out, 'workshop-compare-table.png') });
  await context.close();
}
{
  const context = await chrome.newContext({ viewport: { width: 794, height: 1123 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${server.url}#v=3&p=climate-first&a=food.loans:35`);
  await page.locator('html[data-relance] fieldset.ws').first().waitFor();
  await page.waitForTimeout(1500);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(out, 'print-sheet.png'), fullPage: true });
  await context.close();
}
{
  const context = await chrome.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${server.url}embed.html`);
  const frame = page.frameLocator('iframe[data-relance]');
  await frame.locator('html[data-relance] fieldset.ws').first().waitFor();
  await page.locator('iframe').evaluate((f) => f.scrollIntoView());
  await frame.locator('.lever__range').nth(2).scrollIntoViewIfNeeded();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: path.join(out, 'embed-phone.png') });
  await context.close();
}
// The prerendered page without JavaScript (what a reading tool, a search engine or a locked-down
// browser gets), whole pages; and a link's scenario while the app's module is on its way.
for (const [name, viewport] of [['nojs-phone', { width: 390, height: 844 }], ['nojs-desktop', { width: 1440, height: 900 }]]) {
  const context = await chrome.newContext({ viewport, locale: 'fr-FR', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  await page.screenshot({ path: path.join(out, `${name}-full.png`), fullPage: true });
  await context.close();
}
{
  const context = await chrome.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.route(/relance-[0-9a-f]{1,16}_bg\.wasm$/, () => {});
  await page.goto(`${server.url}#v=3&p=climate-first`);
  await page.locator('#linkload').waitFor();
  await page.screenshot({ path: path.join(out, 'link-loading-phone.png') });
  await context.close();
}
await chrome.close();
await server.close();
console.log(`screenshots in ${out}`);
