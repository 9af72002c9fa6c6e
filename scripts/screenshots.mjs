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
];
for (const [name, suffix, viewport, target] of shots) {
  const context = await chrome.newContext({ viewport, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${server.url}${suffix}`);
  await page.locator('main').first().waitFor();
  // The worker's bands and the extras module's charts follow the first render.
  await page.waitForTimeout(1500);
  if (target) {
    await page.locator(target).first().waitFor();
    await page.locator(target).first().scrollIntoViewIfNeeded();
  }
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  await context.close();
}
await chrome.close();
await server.close();
console.log(`screenshots in ${out}`);
