// End-to-end checks behind docs/rgaa.md (RGAA 4.1): language changes marked, tables titled,
// number fields guided, charts' text at the page's type size, text spacing, exported charts with
// their text alternative, the glossary and the accessibility statement (whose conformity rate
// must be the checklist's), the introduction, and repeated controls named with their context.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, browser, open, axe, langMismatches } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

/** Shows `view` and waits for what the worker sends it (the methodology's text, the sources). */
async function show(page, view) {
  await page.locator(`#tab-${view}`).click();
  if (view === 'methodology') await page.locator('.method__table').first().waitFor();
  if (view === 'assumptions') await page.locator('.param__note').first().waitFor();
  if (view === 'communes') await page.locator('.communes__all').waitFor();
  await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
  if (view === 'simulator') await page.locator('figure.chart table').nth(3).waitFor();
}

test('no fragment reads in the other language than its marking, in any view or language', async () => {
  const { page, context } = await open(chrome, server.url);
  for (const lang of ['fr', 'en']) {
    if (lang === 'en') await page.locator('.top__lang').click();
    for (const view of ['simulator', 'communes', 'compare', 'assumptions', 'methodology']) {
      await show(page, view);
      assert.deepEqual(await langMismatches(page), [], `${view} (${lang})`);
    }
  }
  for (const file of ['glossaire.html', 'glossary.html', 'accessibilite.html', 'accessibility.html', 'methodologie.html', 'methodology.html']) {
    await page.goto(server.url + file);
    assert.deepEqual(await langMismatches(page), [], file);
    assert.deepEqual(await axe(page), [], file);
  }
  await context.close();
});

test('every data table has a caption and scoped header cells', async () => {
  const { page, context } = await open(chrome, server.url);
  for (const view of ['simulator', 'methodology']) {
    await show(page, view);
    const tables = await page.locator('table').evaluateAll((ts) => ts.map((t) => ({
      caption: t.querySelector('caption')?.textContent.trim() ?? '',
      unscoped: [...t.querySelectorAll('th')].filter((th) => !th.getAttribute('scope')).length,
    })));
    assert.ok(tables.length >= 2, `${view}: ${tables.length} tables`);
    for (const t of tables) {
      assert.ok(t.caption.length > 0, `${view}: a table without caption`);
      assert.equal(t.unscoped, 0, `${view}: ${t.caption}`);
    }
  }
  await context.close();
});

test('number fields show their limits before any error, and a rounded amount is announced', async () => {
  const { page, context } = await open(chrome, server.url, { width: 1440, height: 900 });
  const field = page.locator('#lever-mobility-loans-n');
  assert.match(await field.getAttribute('aria-describedby'), /lever-mobility-loans-hint/);
  assert.match(await page.locator('#lever-mobility-loans-hint').innerText(), /^De 0\u00a0M€ à [\d\u202f]+\u00a0M€, par pas de [\d,]+\u00a0M€$/);
  await field.fill('352,5');
  await field.press('Enter');
  const note = page.locator('#lever-mobility-loans-n ~ *, .lever:has(#lever-mobility-loans-n) .lever__rounded').last();
  await page.waitForFunction(() => document.querySelector('.lever:has(#lever-mobility-loans-n) .lever__rounded')?.textContent.includes('arrondi à'));
  assert.equal(await page.locator('.lever:has(#lever-mobility-loans-n) .lever__rounded').getAttribute('role'), 'status');
  assert.match(await note.innerText(), /^352,5\u00a0M€ arrondi à [\d\u202f,]+\u00a0M€ \(pas de /);
  await context.close();
});

test("charts are drawn at their size, their text as large as the page's, larger with it", async () => {
  const { page, context } = await open(chrome, server.url, { width: 390, height: 844 });
  const chart = page.locator('#chart-construction_jobs .chart__svg svg');
  // Drawn once near the screen.
  await page.locator('#chart-construction_jobs').scrollIntoViewIfNeeded();
  await chart.waitFor();
  const measure = () => chart.evaluate((svg) => ({
    shown: svg.getBoundingClientRect().width,
    drawn: Number(svg.getAttribute('width')),
    font: Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(t.getAttribute('font-size') || getComputedStyle(t).fontSize))),
  }));
  const first = await measure();
  assert.ok(Math.abs(first.shown - first.drawn) <= 16, JSON.stringify(first));
  assert.ok(first.font >= 16 * 0.95, `chart text of ${first.font}px on a phone`);
  // A larger default type size (here 20 px) gives larger chart text.
  await page.evaluate(() => { document.documentElement.style.fontSize = '20px'; window.dispatchEvent(new Event('resize')); });
  await page.waitForFunction(() => {
    const svg = document.querySelector('#chart-construction_jobs .chart__svg svg');
    return svg && Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(t.getAttribute('font-size')))) >= 19;
  });
  await context.close();
});

test('text spacing (line 1.5, letters 0.12, words 0.16, paragraphs 2) loses nothing', async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
    const { page, context } = await open(chrome, server.url, viewport);
    await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at ${viewport.width}px`);
    await context.close();
  }
});

test('an exported chart carries its title and summary', async () => {
  const { page, context } = await open(chrome, server.url, { width: 1440, height: 900 });
  const button = page.locator('#chart-co2_avoided .chart__download');
  await page.locator('#chart-co2_avoided').scrollIntoViewIfNeeded();
  await button.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const svg = fs.readFileSync(await download.path(), 'utf8');
  assert.match(svg, /<svg[^>]*><title>CO2 évité par an \(tCO2\/an\)<\/title><desc>[^<]+<\/desc>/);
  await context.close();
});

test('the introduction, the glossary from where terms appear, and the statement from the footer', async () => {
  const { page, context } = await open(chrome, server.url, { width: 1440, height: 900 });
  assert.equal(await page.locator('.intro p').count(), 3);
  assert.match(await page.locator('.intro').innerText(), /illustratifs/);
  // A term's « ? » opens its definition.
  const q = page.locator('#tile-construction_jobs .gloss');
  assert.equal(await q.getAttribute('aria-label'), 'emplois-années : définition');
  await q.click();
  await page.waitForURL(/glossaire\.html#emplois-annees$/);
  assert.match(await page.locator('dt:target').innerText(), /^Emplois-années$/);
  await page.goBack();
  await page.locator('html[data-relance] fieldset.ws').first().waitFor();
  const link = page.locator('footer a[href="accessibilite.html"]');
  assert.equal(await link.innerText(), 'Accessibilité\u00a0: partiellement conforme');
  await link.click();
  await page.locator('h1').waitFor();
  assert.equal(await page.locator('h1').innerText(), 'Déclaration d’accessibilité');
  await context.close();
  // On a phone, the introduction folds behind a button at the end of the plain sentence.
  const phone = await open(chrome, server.url, { width: 390, height: 844 });
  const more = phone.page.locator('.plain__more--fold');
  assert.equal(await phone.page.locator('.plain__more--bilan').isVisible(), false);
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.ok(!(await phone.page.locator('#intro').isVisible()));
  await more.click();
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  assert.ok(await phone.page.locator('#intro').isVisible());
  await phone.context.close();
});

test("the statement's conformity rate is the checklist's", () => {
  const rows = fs.readFileSync(path.join(root, 'docs/rgaa.md'), 'utf8').split('\n').filter((l) => /^\| \d/.test(l));
  let c = 0;
  let nc = 0;
  let na = 0;
  for (const row of rows) {
    const [criterion, status] = row.split('|').slice(1, 3).map((x) => x.trim());
    const range = criterion.match(/^(\d+)\.(\d+)(?: – (\d+)\.(\d+))?/);
    const n = range[3] ? Number(range[4]) - Number(range[2]) + 1 : 1;
    if (status === 'C') c += n; else if (status === 'NC') nc += n; else if (status === 'NA') na += n;
    else assert.fail(`unknown status ${status} for ${criterion}`);
  }
  assert.equal(c + nc + na, 106, 'RGAA 4.1 has 106 criteria');
  const rate = Math.round((1000 * c) / (c + nc)) / 10;
  const fr = fs.readFileSync(path.join(root, 'public/accessibilite.html'), 'utf8');
  const en = fs.readFileSync(path.join(root, 'public/accessibility.html'), 'utf8');
  assert.ok(fr.includes(`<strong data-rate>${String(rate).replace('.', ',')}\u202f%</strong>`), `fr: ${rate}`);
  assert.ok(en.includes(`<strong data-rate>${rate}%</strong>`), `en: ${rate}`);
  assert.ok(fr.includes(`${c} critères conformes, ${nc} non conformes et ${na} non applicables sur 106`));
  assert.ok(en.includes(`${c} criteria compliant, ${nc} not compliant and ${na} not applicable out of 106`));
  const partial = rate < 100;
  assert.equal(fr.includes('<strong>partiellement conforme</strong>'), partial);
  assert.equal(en.includes('<strong>partially compliant</strong>'), partial);
});

test('repeated controls carry their context in their accessible name', async () => {
  const { page, context } = await open(chrome, server.url, { width: 1440, height: 900 });
  await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
  const names = await page.evaluate(() => [...document.querySelectorAll('button, summary, input, select')]
    .filter((el) => el.offsetParent !== null)
    .map((el) => {
      const label = el.id && document.querySelector(`label[for="${el.id}"]`);
      return (el.getAttribute('aria-label') || (label && label.textContent) || el.closest('label')?.textContent || el.textContent).replace(/\s+/g, ' ').trim();
    }));
  const seen = new Map();
  for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
  const repeated = [...seen].filter(([, k]) => k > 1).map(([n, k]) => `${n} ×${k}`);
  assert.deepEqual(repeated, []);
  await context.close();
});
