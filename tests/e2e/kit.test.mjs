// End-to-end tests of what keeps a person's work (issue 24): undo and redo after a preset key
// replaced a team's scenario, shared addresses without the workshop's mode, the workshop
// falling back to the standard layout on a phone, a prefilled goal field replaced by what is
// typed, and the static pages' way back to the scenario.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, open, settled, axe } from './harness.mjs';

let server;
let chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const hash = (page) => page.evaluate(() => location.hash);

test('a preset key after an edit, then Ctrl+Z, brings the edit back; Ctrl+Shift+Z redoes', async () => {
  const { page, context, errors } = await open(chrome, `${server.url}?mode=workshop`, { width: 1920, height: 1080 });
  const slider = page.locator('#lever-mobility-loans');
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => /mobility\.loans/.test(location.hash));
  const edited = await hash(page);
  // The edited preset is said so, and no longer shown pressed.
  assert.equal(await page.locator('#preset-convention-2020').getAttribute('aria-pressed'), 'false');
  // Focus on a button, as in the review: « 2 » replaces the team's scenario.
  await page.locator('#preset-jobs-first').focus();
  await page.keyboard.press('2');
  await page.waitForFunction((h) => location.hash !== h, edited);
  assert.doesNotMatch(await hash(page), /mobility\.loans/);
  const offer = page.locator('#offer');
  await offer.waitFor();
  assert.match(await offer.innerText(), /remplacé/);
  assert.match(await page.locator('#offer-act').innerText(), /Annuler \(Ctrl\+Z\)/);
  await page.keyboard.press('Control+z');
  await page.waitForFunction((h) => location.hash === h, edited);
  assert.match(await page.locator('#offer-act').innerText(), /Rétablir/);
  await page.keyboard.press('Control+Shift+Z');
  await page.waitForFunction((h) => location.hash !== h, edited);
  assert.doesNotMatch(await hash(page), /mobility\.loans/);
  await page.keyboard.press('Control+z');
  await page.waitForFunction((h) => location.hash === h, edited);
  assert.deepEqual(errors, []);
  await context.close();
});

test('« Tout réinitialiser » can be undone with the offer\'s button', async () => {
  const { page, context } = await open(chrome, `${server.url}#v=3&p=housing-first&l=fr`, { width: 1440, height: 900 });
  const before = await hash(page);
  await page.locator('#reset').click();
  await page.waitForFunction((h) => location.hash !== h, before);
  await page.locator('#offer-act').click();
  await page.waitForFunction((h) => location.hash === h, before);
  assert.equal(await page.locator('#preset-housing-first').getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('the room\'s QR code and shared links never carry the workshop mode', async () => {
  const { page, context } = await open(chrome, `${server.url}?mode=workshop`, { width: 1920, height: 1080 });
  await page.keyboard.press('q');
  const url = page.locator('.qr-overlay__url');
  await url.waitFor();
  const text = await url.innerText();
  assert.doesNotMatch(text, /mode=workshop/);
  assert.match(text, /#v=3/);
  await context.close();
});

test('on a phone, a workshop address opens the standard layout', async () => {
  const { page, context, errors } = await open(chrome, `${server.url}?mode=workshop`, { width: 390, height: 844 });
  assert.equal(await page.locator('.app--workshop').count(), 0);
  assert.equal(await page.locator('.sim--narrow').count(), 1, 'the phone layout');
  // On a desktop the same address is the workshop.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator('.app--workshop').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing 8000 into a prefilled goal field gives 8000', async () => {
  const { page, context } = await open(chrome, server.url, { width: 1440, height: 900 });
  await page.locator('#seek summary').click();
  await page.locator('.seek__form').waitFor();
  const field = page.locator('#seek-0-v');
  assert.notEqual(await field.inputValue(), '', 'prefilled');
  await field.click();
  await page.keyboard.type('8000');
  assert.equal(await field.inputValue(), '8000');
  await context.close();
});

test('the glossary\'s way back keeps the scenario and the mode', async () => {
  const { page, context } = await open(chrome, `${server.url}?mode=workshop#v=3&p=climate-first&l=fr`, { width: 1920, height: 1080 });
  const slider = page.locator('#lever-food-loans');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => /food\.loans/.test(location.hash));
  await page.waitForTimeout(300); // the address is written once the hand rests
  const scenario = await hash(page);
  await page.goto(`${server.url}glossaire.html#prets`);
  const back = page.locator('a.back');
  await page.waitForFunction(() => document.querySelector('a.back').getAttribute('href') !== './');
  await back.click();
  await page.locator('html[data-relance] fieldset.ws').first().waitFor();
  await settled(page);
  assert.equal(await hash(page), scenario);
  assert.match(page.url(), /\?mode=workshop/);
  await context.close();
});

test('eight named team scenarios survive a reload, in order, and are compared with the Convention', async () => {
  const { page, context } = await open(chrome, server.url, { width: 1920, height: 1080 });
  await page.locator('#tab-compare').click();
  const presets = ['jobs-first', 'climate-first', 'housing-first'];
  for (let k = 1; k <= 8; k++) {
    // A team sends its link from its phone; the facilitator pastes it.
    await page.locator('#compare-paste').fill(`${server.url}#v=3&p=${presets[k % 3]}&a=food.loans:${20 + 5 * k}`);
    await page.locator('#compare-paste').press('Enter');
    await page.locator(`#compare-list li:nth-child(${k})`).waitFor();
  }
  // Named by the facilitator, in place.
  for (let k = 1; k <= 8; k++) {
    const item = page.locator(`#compare-list li:nth-child(${k})`);
    await item.getByRole('button', { name: /^Renommer/ }).click();
    await item.locator('.saved__rename').fill(`Équipe ${k}`);
    await item.locator('.saved__rename').press('Enter');
    await page.locator('#compare-list .saved__name', { hasText: `Équipe ${k}` }).waitFor();
  }
  // A ninth is refused, and the button says it cannot add more.
  assert.equal(await page.locator('#compare-add-current').isDisabled(), true);
  // Reordered: the second goes first.
  await page.getByRole('button', { name: 'Monter : Équipe 2' }).click();
  await page.reload();
  await page.locator('#tab-compare').click();
  await page.locator('#compare-list').waitFor();
  const names = await page.locator('#compare-list .saved__name').allInnerTexts();
  assert.deepEqual(names, ['Équipe 2', 'Équipe 1', 'Équipe 3', 'Équipe 4', 'Équipe 5', 'Équipe 6', 'Équipe 7', 'Équipe 8']);
  const heads = await page.locator('#compare-outcomes thead th').allInnerTexts();
  assert.equal(heads.length, 10);
  assert.match(heads[1], /Convention 2020/);
  assert.equal(heads[2], 'Équipe 2');
  // The same list in the simulator's share panel.
  await page.locator('#tab-simulator').click();
  assert.equal(await page.locator('#saved-list li').count(), 8);
  // Exported as CSV and as JSON; the JSON imports back after the list was emptied.
  await page.locator('#tab-compare').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#compare-csv').click()]);
  const csvText = await (await import('node:fs/promises')).readFile(await csv.path(), 'utf8');
  assert.match(csvText.split('\n')[0], /"Convention 2020","Équipe 2","Équipe 1"/);
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#compare-json').click()]);
  const file = await json.path();
  for (let k = 0; k < 8; k++) await page.locator('#compare-list li').first().getByRole('button', { name: /^Supprimer/ }).click();
  assert.equal(await page.locator('#compare-list li').count(), 0);
  await page.locator('#compare-import').setInputFiles(file);
  await page.locator('#compare-list li:nth-child(8)').waitFor();
  assert.deepEqual(await page.locator('#compare-list .saved__name').allInnerTexts(), names);
  await context.close();
});

/** Pages in a PDF made by Chromium. */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the printed sheet of a scenario is one A4 page with its name, link and figures, nothing to press', async () => {
  const { page, context } = await open(chrome, `${server.url}#v=3&p=climate-first&a=food.loans:35`, { width: 1440, height: 900 });
  await page.locator('#save-name').fill('Équipe bleue');
  await page.locator('#save').click();
  await page.locator('#saved-list li').waitFor();
  await settled(page);
  // « Imprimer la fiche » opens the browser's dialog (recorded here instead).
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.locator('#print-sheet').click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.locator('#sheet .sheet__qr svg').waitFor({ state: 'attached' });
  assert.equal(pages(await page.pdf({ format: 'A4' })), 1);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('#sheet');
  assert.ok(await sheet.isVisible());
  const text = await sheet.innerText();
  assert.match(text, /Équipe bleue/);
  assert.match(text, /#v=3&p=climate-first&a=food\.loans:35/);
  assert.match(text, /modèle 3/);
  assert.match(text, /Emplois de chantier/);
  assert.match(text, /entre .* et /, 'bands');
  assert.match(text, /Indice emploi/);
  for (const sel of ['input[type=range]', '.tabs', 'button', '.strip']) {
    assert.equal(await page.locator(`${sel}:visible`).count(), 0, `${sel} on paper`);
  }
  // On screen, the sheet is not shown.
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await sheet.isVisible(), false);
  await context.close();
});

test('the printed comparison of eight teams and the Convention is one A4 page', async () => {
  const { page, context } = await open(chrome, server.url, { width: 1440, height: 900 });
  await page.locator('#tab-compare').click();
  const presets = ['jobs-first', 'climate-first', 'housing-first'];
  for (let k = 1; k <= 8; k++) {
    await page.locator('#compare-paste').fill(`v=3&p=${presets[k % 3]}&a=nature.loans:${5 * k}`);
    await page.locator('#compare-paste').press('Enter');
    await page.locator(`#compare-list li:nth-child(${k})`).waitFor();
  }
  assert.equal(pages(await page.pdf({ format: 'A4' })), 1);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#compare-outcomes').isVisible());
  assert.ok(await page.locator('#compare-money-print').isVisible());
  for (const sel of ['input', '.tabs', 'button', '#compare-list']) {
    assert.equal(await page.locator(`${sel}:visible`).count(), 0, `${sel} on paper`);
  }
  await context.close();
});

test('the workshop: type for a room, the shortcuts in a help overlay, a timer, still one screen', async () => {
  const { page, context, errors } = await open(chrome, `${server.url}?mode=workshop`, { width: 1920, height: 1080 });
  // Body text at least 18 px, headline figures at least 48 px, and no scroll.
  const sizes = await page.evaluate(() => {
    let smallest = Infinity;
    for (const el of document.querySelectorAll('.app *')) {
      if (!el.offsetParent || el.closest('svg')) continue;
      if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
    }
    return { smallest, figure: parseFloat(getComputedStyle(document.querySelector('.strip__value strong')).fontSize),
      h: document.documentElement.scrollHeight, ih: innerHeight };
  });
  assert.ok(sizes.smallest >= 18, `smallest text ${sizes.smallest}px`);
  assert.ok(sizes.figure >= 48, `figures ${sizes.figure}px`);
  assert.ok(sizes.h <= sizes.ih, `page ${sizes.h} in ${sizes.ih}`);
  // What +1 M€ buys: for the lever in hand only (once the worker has said it).
  await page.locator('.lever__gain').first().waitFor({ state: 'attached' });
  assert.equal(await page.locator('.lever__gain:visible').count(), 0);
  await page.locator('#lever-mobility-loans').focus();
  assert.equal(await page.locator('.lever__gain:visible').count(), 1);
  // « ? » opens the help, focused on its close button; Escape closes it.
  await page.locator('#lever-mobility-loans').press('?');
  const help = page.locator('#help-overlay');
  await help.waitFor();
  assert.match(await help.innerText(), /Ctrl\+Z/);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('#help-overlay') !== null), true);
  await page.keyboard.press('Escape');
  assert.equal(await help.count(), 0);
  // « T » shows the timer; it counts down once started.
  await page.locator('body').press('t');
  const time = page.locator('#countdown-time');
  assert.equal(await time.innerText(), '20:00');
  await page.locator('#countdown-min').selectOption('5');
  assert.equal(await time.innerText(), '5:00');
  await page.getByRole('button', { name: 'Démarrer' }).click();
  await page.waitForFunction(() => document.querySelector('#countdown-time').textContent !== '5:00', null, { timeout: 5000 });
  const after = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, ih: innerHeight }));
  assert.ok(after.h <= after.ih, 'the timer keeps the screen whole');
  assert.deepEqual(errors, []);
  await context.close();
});

test('embedded on a phone: a lever and the CO2 figure are in the host\'s viewport together', async () => {
  const context = await chrome.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${server.url}embed.html`);
  const frame = page.frameLocator('iframe[data-relance]');
  await frame.locator('html[data-relance] fieldset.ws').first().waitFor();
  // Viewport sizing below the desktop breakpoint: the iframe is the host's viewport tall.
  assert.equal(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), 844);
  await page.locator('iframe').evaluate((f) => f.scrollIntoView());
  const lever = frame.locator('.lever__range').nth(2);
  await lever.scrollIntoViewIfNeeded();
  const inView = async (loc) => {
    const b = await loc.boundingBox();
    return b && b.y >= 0 && b.y + b.height <= 844;
  };
  assert.ok(await inView(lever), 'the lever');
  assert.ok(await inView(frame.locator('#strip-co2_avoided strong')), 'the CO2 figure');
  // The full simulator, same scenario, in a new tab; never the embed mode.
  const full = frame.locator('#open-full');
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.doesNotMatch(await full.getAttribute('href'), /embed=1/);
  await context.close();
});

test('dimmed is still readable: axe finds nothing right after a move, at 1x and 4x CPU', async () => {
  for (const rate of [1, 4]) {
    const { page, context } = await open(chrome, server.url, { width: 390, height: 844 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // Stop the worker's answers so that the waiting state lasts for the scan.
    await page.evaluate(() => {
      const send = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function () { window.__held = (window.__held || 0) + 1; };
      window.__send = send;
    });
    const lever = page.locator('.lever__range').first();
    await lever.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.tile--stale, .levers__grid--stale, [aria-busy="true"]'));
    const violations = (await axe(page)).filter((v) => v.id === 'color-contrast');
    assert.deepEqual(violations, [], `at ${rate}x: ${JSON.stringify(violations)}`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await context.close();
  }
});

test('on a phone with a share sheet, the share button opens it with the scenario\'s link', async () => {
  const context = await chrome.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  await context.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
  });
  const page = await context.newPage();
  await page.goto(`${server.url}#v=3&p=jobs-first`);
  await page.locator('html[data-relance] fieldset.ws').first().waitFor();
  const button = page.locator('#copy-link');
  await button.scrollIntoViewIfNeeded();
  assert.match(await button.textContent(), /Partager le lien/);
  await button.click();
  await page.waitForFunction(() => window.__shared.length === 1);
  const shared = await page.evaluate(() => window.__shared[0]);
  assert.match(shared.url, /#v=3&p=jobs-first/);
  assert.doesNotMatch(shared.url, /mode=|embed=/);
  await context.close();
});
