// The workbench a person would use: the packaged .vsix installed into a real
// VS Code (code-server), the sample folder opened in headless chromium.
// Selectors are the ones found to work in HARNESS.md §3.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { launchChromium, newWorkbenchPage } from '../vscode/browser.mjs';
import { startCodeServer } from '../vscode/codeServer.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshotDir = join(root, 'test', 'e2e', 'screenshots');
export const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Packs and installs the extension, starts code-server on a copy of samples/
 * and opens it in chromium. Returns { page, close }.
 */
export async function openWorkbench() {
  const scratch = mkdtempSync(join(tmpdir(), 'news-lens-e2e-'));
  let server;
  let browser;
  const close = async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const vsix = join(scratch, 'news-lens.vsix');
    execFileSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--out', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
    const workspace = join(scratch, 'samples');
    cpSync(join(root, 'samples'), workspace, { recursive: true });
    server = await startCodeServer({ scratch: join(scratch, 'code-server'), vsix, settings: stillSettings });
    browser = await launchChromium();
    const page = await newWorkbenchPage(browser);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
    return { page, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** One fixed theme and nothing that blinks or fades, so screenshots compare across runs. */
const stillSettings = {
  'workbench.colorTheme': 'Default Light Modern',
  'editor.cursorBlinking': 'solid',
  'editor.scrollbar.vertical': 'hidden', // it fades in and out with activity
  'editor.overviewRulerLanes': 0, // its marks arrive a moment after the text
  'editor.overviewRulerBorder': false, // drawn in some runs, not in others
  'workbench.tree.renderIndentGuides': 'always', // they fade in on hover
};

/** Opens `name` from the Explorer, as a click would, and waits for its editor to show text. */
export async function openFromExplorer(page, name) {
  await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).click({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines .view-line').first().waitFor({ timeout: 15_000 });
}

/**
 * Saves a screenshot under test/e2e/screenshots/ (failures get a .tmp.png,
 * which git ignores). The mouse is parked first, so no stray tooltip from the
 * last click shows, unless `keepMouse` (a hover is the subject).
 */
export async function screenshot(page, name, { keepMouse = false } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  if (!keepMouse) {
    // Over the empty editor area below the text, then let any tooltip fade out.
    await page.mouse.move(900, 850);
    await page.locator('.workbench-hover-container, .monaco-hover:not(.hidden)').first()
      .waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => {});
  }
  // Let fades and spinners that end by themselves finish (endless ones are left running).
  await page.waitForFunction(() => !document.getAnimations().some((a) => a.playState === 'running'
    && a.effect?.getComputedTiming().endTime !== Infinity), null, { timeout: 3_000 }).catch(() => {});
  const path = join(screenshotDir, `${name}.png`);
  const png = await page.screenshot();
  // Chromium compresses the same picture to different bytes each time: rewrite
  // a committed screenshot only when the picture itself changed.
  if (!existsSync(path) || !pngData(readFileSync(path)).equals(pngData(png))) writeFileSync(path, png);
  return path;
}

/** A PNG's decompressed image data (its IDAT chunks, inflated): equal data, equal picture. */
function pngData(png) {
  const parts = [];
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return inflateSync(Buffer.concat(parts));
}

/** Drops the failure shots of an earlier run, so those left behind belong to this one. */
export function removeFailureShots() {
  mkdirSync(screenshotDir, { recursive: true });
  for (const name of readdirSync(screenshotDir)) if (name.endsWith('.tmp.png')) rmSync(join(screenshotDir, name));
}

/**
 * The screen box of the first occurrence of `word` in the editor's rendered
 * text, or null. Monaco splits a line into token spans, so this walks text nodes.
 */
export function wordBox(page, word) {
  return page.evaluate((w) => {
    const lines = document.querySelector('.monaco-editor .view-lines');
    if (!lines) return null;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.search(new RegExp(`\\b${w}\\b`));
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    return null;
  }, word);
}
