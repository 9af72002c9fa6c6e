// End-to-end test of an update under an ordinary HTTP cache (Cache-Control: max-age=600): the
// service worker must never strand a person with an index.html naming files that are gone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, browser, DIST } from './harness.mjs';
import { writeServiceWorker } from '../../scripts/sw.mjs';

let chrome;
before(async () => { chrome = await browser(); });
after(async () => { await chrome?.close(); });

/** Build B: build A with different contents under the same names (the case a hash of names
 * misses): a custom section appended to the Wasm module, a comment in relance-boot.js. */
function makeBuildB(dir) {
  const wasm = fs.readdirSync(dir).find((f) => /^relance-[0-9a-f]+_bg\.wasm$/.test(f));
  const name = Buffer.from('relance-build');
  const section = Buffer.concat([Buffer.from([0, name.length + 2, name.length]), name, Buffer.from('B')]);
  fs.appendFileSync(path.join(dir, wasm), section);
  fs.appendFileSync(path.join(dir, 'relance-boot.js'), '// build B\n');
  return { wasm, size: fs.statSync(path.join(dir, wasm)).size, ...writeServiceWorker(dir) };
}

async function appShows(page) {
  await page.locator('html[data-relance] fieldset.ws').first().waitFor({ timeout: 15000 });
}

test('an update under max-age=600 starts on the new build, online and offline', async () => {
  const live = fs.mkdtempSync(path.join(os.tmpdir(), 'relance-live-'));
  fs.cpSync(DIST, live, { recursive: true });
  const server = await serve(live, { 'Cache-Control': 'max-age=600' });
  const context = await chrome.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    // Build A, installed and controlling the page.
    await page.goto(server.url);
    await appShows(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await appShows(page);

    // The host switches to build B; a visit during the switch still shows the app.
    const b = makeBuildB(live);
    await page.reload();
    await appShows(page);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.waitForFunction(
      async (cache) => (await caches.keys()).join() === cache, b.cache, { timeout: 20000 });
    // The open page is told that a new version is there.
    await page.locator('#update-banner').waitFor({ timeout: 5000 });
    assert.match(await page.locator('#update-banner').innerText(), /nouvelle version/);

    // The HTTP cache expires: the app starts on B, then offline on B.
    await cdp.send('Network.clearBrowserCache');
    for (const offline of [false, true]) {
      await context.setOffline(offline);
      await page.reload();
      await appShows(page);
      const got = await page.evaluate(async (wasm) => ({
        boot: await (await fetch('./relance-boot.js')).text(),
        size: (await (await fetch(`./${wasm}`)).arrayBuffer()).byteLength,
      }), b.wasm);
      assert.match(got.boot, /build B/, offline ? 'offline' : 'online');
      assert.equal(got.size, b.size, offline ? 'offline' : 'online');
    }
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(live, { recursive: true, force: true });
  }
});
