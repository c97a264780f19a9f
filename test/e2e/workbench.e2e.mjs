// What a person sees with News Lens installed: coloured names, a hover card,
// and the News Lens side bar. Each check saves the screenshot it is about.
import * as assert from 'node:assert';
import { manifest, openFromExplorer, openWorkbench, removeFailureShots, screenshot, wordBox } from './workbench.mjs';

const sample = '000_5717185636cb3aeb.txt';
/** A word of each coloured kind in the sample, with the kind the analysis gives it. */
const colouredWords = { person: 'Munir', rank: 'Minister', organization: 'Armed' };

/** Polls `probe` until it returns a truthy value or `timeoutMs` passes; returns the last value either way. */
async function poll(probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!value?.done && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    value = await probe();
  }
  return value;
}

suite('workbench (what a person sees)', function () {
  this.timeout(60_000);
  let wb;
  let page;

  suiteSetup(async function () {
    this.timeout(180_000);
    removeFailureShots();
    wb = await openWorkbench();
    page = wb.page;
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  teardown(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await screenshot(page, `failed-${this.currentTest.title.replace(/\W+/g, '-')}.tmp`).catch(() => {});
    }
  });

  test('the sample opens as a seed file', async () => {
    await openFromExplorer(page, sample);
    const alias = manifest.contributes?.languages?.find((l) => l.id === 'news-seed')?.aliases?.[0] ?? 'news-seed';
    await page.locator('.statusbar-item', { hasText: alias }).first().waitFor({ timeout: 15_000 });
  });

  test('people, ranks and organisations are coloured unlike plain text', async () => {
    // Monaco renders each token as an `mtk<N>` span; N indexes the theme's colour map.
    const seen = await poll(() => page.evaluate((words) => {
      const spans = [...document.querySelectorAll('.monaco-editor .view-lines .view-line span span')];
      const weight = new Map();
      for (const s of spans) {
        const c = getComputedStyle(s).color;
        weight.set(c, (weight.get(c) ?? 0) + s.textContent.length);
      }
      // Most of an article is plain text: the colour covering most characters is "plain".
      const plain = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
      const kinds = {};
      for (const [kind, word] of Object.entries(words)) {
        const holding = spans.filter((s) => s.textContent.includes(word));
        const hit = holding.find((s) => getComputedStyle(s).color !== plain) ?? holding[0];
        kinds[kind] = hit ? { word, text: hit.textContent, colour: getComputedStyle(hit).color, className: hit.className } : { word, missing: true };
      }
      return { plain, kinds, done: Object.values(kinds).every((k) => k.colour && k.colour !== plain) };
    }, colouredWords), 20_000);
    await screenshot(page, 'editor-tokens');
    for (const [kind, k] of Object.entries(seen.kinds)) {
      assert.ok(!k.missing, `"${k.word}" (${kind}) is not on screen`);
      assert.notStrictEqual(k.colour, seen.plain, `"${k.word}" (${kind}) has the plain text colour ${seen.plain} (span "${k.text}", class ${k.className})`);
    }
  });

  test('hovering "Munir" shows the card for Asim Munir', async () => {
    const box = await wordBox(page, 'Munir');
    assert.ok(box, '"Munir" is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Asim Munir' }).first();
    await shows(hover, 15_000, async () => {
      const cards = await page.locator('.monaco-hover').allInnerTexts();
      return `no hover card naming Asim Munir; hover text seen: ${JSON.stringify(cards.map((t) => t.trim()).filter(Boolean))}`;
    });
    // The card fades in: wait until it and every box around it are fully opaque
    // and no animation runs on them, so the screenshot shows the card, not the text behind it.
    await page.waitForFunction(() => {
      const card = [...document.querySelectorAll('.monaco-hover:not(.hidden)')].find((h) => h.textContent.includes('Asim Munir'));
      if (!card) return false;
      let opacity = 1;
      for (let e = card; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      const fading = document.getAnimations().some((a) => a.playState === 'running' && a.effect?.target?.contains(card));
      return opacity === 1 && !fading;
    }, null, { timeout: 5_000 });
    await screenshot(page, 'hover-munir', { keepMouse: true });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  test('the News Lens side bar\'s "Who met whom" panel has rows', async () => {
    await openPanel(page, 'Who met whom');
    await screenshot(page, 'panel-who-met-whom');
  });

  test('the "Who said what" panel has rows, and clicking a quote selects it in the editor', async () => {
    const pane = await openPanel(page, 'Who said what');
    // Quotes sit under their speaker (level 2); a flat list would have them at level 1.
    const nested = pane.locator('.monaco-list-row[aria-level="2"]');
    const quote = (await nested.count()) > 0 ? nested.first() : pane.locator('.monaco-list-row').first();
    await quote.click();
    await shows(page.locator('.monaco-editor .selected-text').first(), 10_000,
      async () => `clicking "${(await quote.innerText()).trim()}" selected nothing in the editor`);
    await screenshot(page, 'panel-who-said-what');
  });
});

/** Waits for `locator` to be visible; on time-out fails with what `explain()` says the screen shows instead. */
async function shows(locator, timeoutMs, explain) {
  try {
    await locator.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    assert.fail(`${await explain()} (waited ${timeoutMs} ms)`);
  }
}

/** Shows the News Lens side bar with `panel` expanded; fails unless the panel has rows. Returns the pane. */
async function openPanel(page, panel) {
  await showNewsLensView(page);
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: panel }) }).first();
  await pane.waitFor({ timeout: 10_000 });
  const header = pane.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await shows(pane.locator('.monaco-list-row').first(), 15_000,
    async () => `"${panel}" has no rows; it shows: ${JSON.stringify((await pane.innerText()).trim())}`);
  return pane;
}

/** Opens the News Lens view container from the activity bar unless it is already showing. */
async function showNewsLensView(page) {
  const title = manifest.contributes?.viewsContainers?.activitybar?.[0]?.title ?? 'News Lens';
  const item = page.locator(`.activitybar .action-item[aria-label^="${title}"], .activitybar .action-item:has(a[aria-label^="${title}"])`).first();
  await item.waitFor({ timeout: 10_000 });
  if (!(await item.getAttribute('class'))?.split(' ').includes('checked')) await item.click();
}
