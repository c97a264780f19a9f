#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests()
// spawns: no desktop VS Code can be downloaded here, so this takes the same
// Electron-style arguments and runs the extension tests in code-server's real
// extension host instead, driven through headless chromium (HARNESS.md §2).
// Prints the test output, exits with the tests' exit code, always stops code-server.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { launchChromium, newWorkbenchPage } from './browser.mjs';
import { startCodeServer, stopOnSignals } from './codeServer.mjs';

/** Flags of desktop VS Code that take their value as the next argument. */
const valueFlags = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir',
  'extensions-dir', 'locale', 'log', 'profile', 'inspect-extensions', 'inspect-brk-extensions']);

/**
 * Reads what runTests passes: --extensionDevelopmentPath (repeatable),
 * --extensionTestsPath, and folder/file/.code-workspace paths; every other
 * flag is Electron's or desktop VS Code's business and is ignored.
 */
export function parseArgs(argv) {
  const devPaths = [];
  const paths = [];
  let testsPath;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const key = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      const value = eq >= 0 ? arg.slice(eq + 1) : valueFlags.has(key) ? argv[++i] : undefined;
      if (key === 'extensionDevelopmentPath') devPaths.push(resolve(value));
      else if (key === 'extensionTestsPath') testsPath = resolve(value);
    } else if (!arg.startsWith('-')) {
      paths.push(resolve(arg));
    }
  }
  return { devPaths, testsPath, paths };
}

/** The workbench URL: what to open, plus the `payload` the web workbench reads instead of a command line. */
export function workbenchUrl(server, { devPaths, testsPath, paths }) {
  // The remote authority must be the address the page is loaded from.
  const remote = (path) => `vscode-remote://${server.host}:${server.port}${path}`;
  const payload = devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const query = new URLSearchParams();
  const target = paths[0];
  if (target?.endsWith('.code-workspace')) {
    query.set('workspace', target);
  } else if (target && statSync(target).isFile()) {
    query.set('folder', dirname(target));
    payload.push(['openFile', remote(target)]);
  } else if (target) {
    query.set('folder', target);
  } else {
    query.set('ew', 'true'); // an empty window, not the last folder opened
  }
  query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query}`;
}

/** Workbench start-up chatter that arrives on the same channel as the test output. */
const chatter = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin extensions|\[Service Worker\]|ChatSessionStore:|Updating additional builtin extensions cache)/;

/** Writes one forwarded log call; its args are console-style (a printf format first). */
function print(type, args) {
  const line = format(...(Array.isArray(args) ? args : [args]));
  if (process.env.NEWS_LENS_DEBUG) process.stderr.write(`[${type}] `);
  else if (type === 'info' && chatter.test(line)) return;
  (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(line + '\n');
}

export async function main(argv) {
  const parsed = parseArgs(argv);
  if (!parsed.devPaths.length) throw new Error('launcher: --extensionDevelopmentPath=… is required');
  const timeoutMs = Number(process.env.NEWS_LENS_TEST_TIMEOUT_MS ?? 10 * 60_000);
  const debug = Boolean(process.env.NEWS_LENS_DEBUG);

  let server;
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
  };
  stopOnSignals(stop);
  try {
    server = await startCodeServer();
    browser = await launchChromium();
    const page = await newWorkbenchPage(browser);
    let resolveExit;
    const exitCode = new Promise((resolveIt, rejectExit) => {
      resolveExit = resolveIt;
      page.on('crash', () => rejectExit(new Error('launcher: the workbench page crashed')));
      setTimeout(() => rejectExit(new Error(`launcher: no test result after ${timeoutMs} ms`)), timeoutMs).unref();
    });
    await page.exposeFunction('codeAutomationLog', print);
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
    if (debug) {
      page.on('console', (msg) => process.stderr.write(`[page ${msg.type()}] ${msg.text()}\n`));
      page.on('pageerror', (err) => process.stderr.write(`[page error] ${err.message}\n`));
    }
    const url = workbenchUrl(server, parsed);
    if (debug) process.stderr.write(`launcher: ${url}\n`);
    await page.goto(url);
    return await exitCode;
  } catch (err) {
    process.stderr.write(`${err.stack ?? err}\n`);
    return 1;
  } finally {
    await stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
