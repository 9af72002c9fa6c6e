// UI figures in headless Chromium on the release build in dist/, printed as JSON:
//  - time to interactive: from navigation start to the results and levers rendered (median of
//    5 fresh loads, cold cache);
//  - lever input to charts re-rendered and laid out, over 100 moves (p50, p95, max);
//  - a soak of 20 000 lever events: JS heap (after garbage collection) and Wasm memory before
//    and after (a leak on the input path shows as growth).
import { serve, browser, open } from '../tests/e2e/harness.mjs';

const server = await serve();
const chrome = await browser();

const loads = [];
for (let i = 0; i < 5; i++) {
  const context = await chrome.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(() => {
    new MutationObserver((_, mo) => {
      if (document.querySelector('#tile-co2_avoided') && document.querySelector('#lever-mobility-loans')) {
        window.__ready = performance.now();
        mo.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => window.__ready !== undefined);
  loads.push(await page.evaluate(() => window.__ready));
  await context.close();
}
loads.sort((a, b) => a - b);

const { page, context } = await open(chrome, server.url, { width: 1920, height: 1080 });
const times = await page.evaluate(async () => {
  const slider = document.querySelector('#lever-mobility-loans');
  const chart = document.querySelector('#chart-mobility_investment .chart__svg');
  const out = [];
  for (let i = 0; i < 110; i++) {
    const before = chart.innerHTML;
    const changed = new Promise((resolve) => {
      const mo = new MutationObserver(() => { mo.disconnect(); resolve(); });
      mo.observe(chart, { childList: true, subtree: true, characterData: true });
    });
    const t0 = performance.now();
    slider.value = String(100 + (i % 2 === 0 ? 5 * i : 500 - 5 * i));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await changed;
    void document.body.offsetHeight; // style and layout of the new DOM
    const t1 = performance.now();
    if (chart.innerHTML === before) throw new Error('chart did not change');
    if (i >= 10) out.push(t1 - t0); // the first moves warm the JIT up
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  return out;
});
times.sort((a, b) => a - b);
const q = (v, p) => v[Math.min(v.length - 1, Math.round(p * (v.length - 1)))];

// Soak: 20 000 lever events, letting the page render every 20 (as a hand dragging would).
const cdp = await context.newCDPSession(page);
const memory = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.relanceWasm?.memory?.buffer?.byteLength ?? 0);
  return { heap: usedSize, wasm };
};
const SOAK = 20000;
const before = await memory();
await page.evaluate(async (n) => {
  const slider = document.querySelector('#lever-mobility-loans');
  for (let i = 0; i < n; i++) {
    slider.value = String(100 + 5 * (i % 100));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    if (i % 20 === 19) await new Promise((r) => setTimeout(r, 0));
  }
  await new Promise((r) => setTimeout(r, 300)); // the debounced address write
}, SOAK);
const afterSoak = await memory();
console.log(JSON.stringify({
  tti_median_ms: q(loads, 0.5), tti_max_ms: loads[loads.length - 1],
  moves: times.length, p50_ms: q(times, 0.5), p95_ms: q(times, 0.95), max_ms: times[times.length - 1],
  soak_events: SOAK, heap_before: before.heap, heap_after: afterSoak.heap,
  wasm_before: before.wasm, wasm_after: afterSoak.wasm,
}));
await context.close();
await chrome.close();
await server.close();
