// Debian's chromium driven by playwright-core: Playwright's own browser
// download cannot work offline, so it is pointed at /usr/bin/chromium.
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that keep chromium from calling out of this offline machine (each refused call costs time). */
const quietFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

/** Launches headless chromium; close it with browser.close(). */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: quietFlags });
}

/** A page sized for readable screenshots of the workbench. */
export async function newWorkbenchPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return context.newPage();
}
