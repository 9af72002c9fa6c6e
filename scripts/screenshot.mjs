// Screenshots of the release build: node scripts/screenshot.mjs OUT_DIR [view]
import { serve, browser, open } from '../tests/e2e/harness.mjs';
const out = process.argv[2] ?? 'target/screenshots';
import fs from 'node:fs';
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const chrome = await browser();
for (const [name, viewport] of [['390', { width: 390, height: 844 }], ['1920', { width: 1920, height: 1080 }]]) {
  const { page, context } = await open(chrome, server.url, viewport);
  await page.screenshot({ path: `${out}/simulator-${name}.png`, fullPage: false });
  await page.screenshot({ path: `${out}/simulator-${name}-full.png`, fullPage: true });
  await context.close();
}
await chrome.close();
await server.close();
console.log(`screenshots in ${out}`);
