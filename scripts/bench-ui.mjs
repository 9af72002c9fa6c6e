// UI figures in headless Chromium on the release build in dist/, printed as JSON:
//  - time to interactive: from navigation start to the results and levers rendered (median of
//    5 fresh loads, cold cache);
//  - on a phone (390 x 844), at full speed and with the CPU slowed 4 times: lever input to the
//    strip's central figures changed and laid out, and to the bands of the new scenario in
//    (from the worker), over 60 moves;
//  - on a desktop (1920 x 1080): the same, and lever input to the chart redrawn (bands, then
//    its drawing), over 100 moves (p50, p95, max);
//  - a soak of 20 000 lever events: JS heap (after garbage collection) and Wasm memory before
//    and after (a leak on the input path shows as growth);
//  - a cold load on a phone on Slow 4G (1.6 Mb/s, 150 ms) with the CPU slowed 4 times, served
//    as a static host does, from the build's brotli files and (apart) gzip -9 on the fly
//    (median of 3 each): bytes transferred before the first
//    lever, first figures visible, first lever usable (the app has taken over the prerendered
//    page), first bands from the worker; Core Web Vitals: first and largest contentful paint,
//    cumulative layout shift over load and hydration, interaction to next paint over 20 lever
//    moves by keyboard;
//  - 10 000 lever events before and after 300 view switches (a listener left behind by a view
//    would slow every later event).
import { serve, browser, open, DIST } from '../tests/e2e/harness.mjs';

// RELANCE_DIST: another build to measure (before/after figures); dist/ by default.
const dist = process.env.RELANCE_DIST ?? DIST;
const server = await serve(dist);
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

/** Moves the mobility loans lever `n` times in the page; for each move, the time from the input
 * event to (a) the strip's central figures changed and laid out, (b) the bands of the new
 * scenario in (the strip no longer marked stale), (c) optionally the chart redrawn. */
async function moves(page, n, withChart) {
  return page.evaluate(async ({ n, withChart }) => {
    const slider = document.querySelector('#lever-mobility-loans');
    const strip = document.querySelector('#strip');
    const chart = document.querySelector('#chart-mobility_investment .chart__svg');
    // A wait that never ends would hang `make bench`: after 5 s it gives up, and says so.
    let timeouts = 0;
    const until = (target, test, opts) => new Promise((resolve) => {
      if (test()) { resolve(); return; }
      const mo = new MutationObserver(() => { if (test()) { mo.disconnect(); clearTimeout(t); resolve(); } });
      const t = setTimeout(() => { mo.disconnect(); timeouts += 1; resolve(); }, 5000);
      mo.observe(target, opts);
    });
    const out = { central: [], bands: [], chart: [] };
    for (let i = 0; i < n + 10; i++) {
      const text = strip.querySelector('.strip__value').textContent;
      const svg = chart?.innerHTML;
      const t0 = performance.now();
      slider.value = String(100 + (i % 2 === 0 ? 5 * i : 500 - 5 * i));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await until(strip, () => strip.querySelector('.strip__value').textContent !== text, { childList: true, subtree: true, characterData: true });
      void document.body.offsetHeight; // style and layout of the new DOM
      const t1 = performance.now();
      // The bands of the new scenario: the tiles (which follow the worker) are its own again.
      const results = document.querySelector('.sim__tiles');
      await until(results, () => results.getAttribute('aria-busy') === 'false' && !results.querySelector('.tile--stale'),
        { attributes: true, subtree: true, attributeFilter: ['class', 'aria-busy'] });
      void document.body.offsetHeight;
      const t2 = performance.now();
      if (withChart) {
        await until(chart, () => chart.innerHTML !== svg, { childList: true, subtree: true });
        void document.body.offsetHeight;
      }
      const t3 = performance.now();
      if (i >= 10) { // the first moves warm the JIT up
        out.central.push(t1 - t0); out.bands.push(t2 - t0); out.chart.push(t3 - t0);
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    out.timeouts = timeouts;
    return out;
  }, { n, withChart });
}
const q = (v, p) => v[Math.min(v.length - 1, Math.round(p * (v.length - 1)))];
const stats = (v) => { v.sort((a, b) => a - b); return { p50: q(v, 0.5), p95: q(v, 0.95), max: v[v.length - 1] }; };

// A phone: 390 x 844, the mobility workstream open, at full speed and with the CPU slowed 4 times
// (a mid-range phone), through the DevTools protocol.
const phone = {};
for (const rate of [1, 4]) {
  const { page, context } = await open(chrome, server.url, { width: 390, height: 844 });
  await page.locator('#ws-mobility .ws__toggle').click();
  await page.waitForFunction(() => document.querySelector('#strip') && !document.querySelector('.strip--stale'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const r = await moves(page, 60, false);
  phone[`x${rate}`] = { central: stats(r.central), bands: stats(r.bands), timeouts: r.timeouts };
  await context.close();
}

const { page, context } = await open(chrome, server.url, { width: 1920, height: 1080 });
// The chart measured is on screen (charts off screen are redrawn when they come into view).
await page.locator('#chart-mobility_investment').scrollIntoViewIfNeeded();
await page.locator('#chart-mobility_investment .chart__svg svg').waitFor();
const desk = await moves(page, 100, true);
const times = desk.chart;
times.sort((a, b) => a - b);

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
// 10 000 lever events, timed, before and after 300 view switches.
const burst = () => page.evaluate(async () => {
  const slider = document.querySelector('#lever-mobility-loans');
  const t0 = performance.now();
  for (let i = 0; i < 10000; i++) {
    slider.value = String(100 + 5 * (i % 100));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const t = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 300));
  return t;
});
await burst(); // warms the path up
const eventsBefore = await burst();
for (let k = 0; k < 150; k++) {
  await page.locator('#tab-assumptions').click();
  await page.locator('#param-filter').waitFor();
  await page.locator('#tab-simulator').click();
  await page.locator('#lever-mobility-loans').waitFor();
}
const eventsAfter = await burst();

// A cold load on a phone on Slow 4G at 4x CPU, compressed as a static host serves it: the
// build's brotli files (a host serving precompressed files), and gzip -9 on the fly (a host that
// only gzips). Three loads each.
async function coldLoads(host) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const ctx = await chrome.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
    await ctx.addInitScript(() => {
      const marks = { shift: 0, lcp: 0 };
      window.__marks = marks;
      new MutationObserver(() => {
        const now = performance.now();
        const figure = document.querySelector('#strip-co2_avoided strong');
        if (marks.figures === undefined && figure && figure.textContent.trim() !== '') marks.figures = now;
        // Usable: the app has taken over the page (hydrated the build's, or rendered its own).
        if (marks.lever === undefined && document.documentElement.hasAttribute('data-relance')
          && document.querySelector('input[type=range][id^=lever-]')) marks.lever = now;
        if (marks.figures !== undefined && marks.bands === undefined && document.querySelector('#strip')
          && !document.querySelector('.strip--stale') && document.querySelector('.tile__range')) marks.bands = now;
      }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      // Core Web Vitals, as the browser reports them (no library: the same entries web-vitals reads).
      new PerformanceObserver((l) => { for (const e of l.getEntries()) marks.lcp = e.renderTime || e.loadTime; })
        .observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) marks.shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
      const interactions = new Map();
      window.__interactions = interactions;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) {
          if (e.interactionId) interactions.set(e.interactionId, Math.max(interactions.get(e.interactionId) ?? 0, e.duration));
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    const pg = await ctx.newPage();
    const cdpCold = await ctx.newCDPSession(pg);
    await cdpCold.send('Network.enable');
    await cdpCold.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8,
    });
    await cdpCold.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await pg.goto(host.url);
    await pg.waitForFunction(() => window.__marks.bands !== undefined && window.__marks.lever !== undefined, null, { timeout: 60000 });
    await pg.waitForTimeout(1000);
    const loaded = await pg.evaluate(() => {
      const lever = window.__marks.lever;
      const bytes = performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
        .filter((e) => e.responseEnd <= lever && !/relance-worker/.test(e.name))
        .reduce((n, e) => n + (e.transferSize || 0), 0);
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const m = window.__marks;
      // Visible: in the DOM with its text, and painted.
      return { ...m, figures: Math.max(m.figures, fcp), fcp, cls: m.shift, bytes };
    });
    // Interaction to next paint over 20 lever moves by keyboard (the worst interaction: fewer
    // than 50 of them), with the hand resting a little between moves.
    await pg.locator('input[type=range][id^=lever-]').first().focus();
    for (let k = 0; k < 20; k++) {
      await pg.keyboard.press(k % 4 === 3 ? 'ArrowLeft' : 'ArrowRight');
      await pg.waitForTimeout(150);
    }
    await pg.waitForTimeout(500);
    loaded.inp = await pg.evaluate(() => Math.max(0, ...window.__interactions.values()));
    loaded.interactions = await pg.evaluate(() => window.__interactions.size);
    runs.push(loaded);
    await ctx.close();
  }
  await host.close();
  return runs;
}
const brLoads = await coldLoads(await serve(dist, {}, { precompressed: true }));
const gzLoads = await coldLoads(await serve(dist, {}, { gzip: true }));
const median = (runs, k) => q(runs.map((x) => x[k]).sort((a, b) => a - b), 0.5);
const cold = (runs) => ({
  bytes_before_first_lever: median(runs, 'bytes'), first_figures_ms: median(runs, 'figures'),
  first_lever_ms: median(runs, 'lever'), first_bands_ms: median(runs, 'bands'),
  fcp_ms: median(runs, 'fcp'), lcp_ms: median(runs, 'lcp'), cls: median(runs, 'cls'), inp_ms: median(runs, 'inp'),
  interactions: median(runs, 'interactions'),
});

console.log(JSON.stringify({
  tti_median_ms: q(loads, 0.5), tti_max_ms: loads[loads.length - 1],
  moves: times.length, p50_ms: q(times, 0.5), p95_ms: q(times, 0.95), max_ms: times[times.length - 1],
  desktop_central: stats(desk.central), desktop_bands: stats(desk.bands), desktop_timeouts: desk.timeouts, phone,
  soak_events: SOAK, heap_before: before.heap, heap_after: afterSoak.heap,
  wasm_before: before.wasm, wasm_after: afterSoak.wasm,
  events_10k_before_switches_ms: eventsBefore, events_10k_after_300_switches_ms: eventsAfter,
  slow4g_x4: cold(brLoads), slow4g_x4_gzip: cold(gzLoads),
}));
await context.close();
await chrome.close();
await server.close();
