// Starts and stops a real VS Code (code-server 4.100.3 = VS Code 1.100.3) on a
// free loopback port, with every file it writes kept in one scratch folder.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const codeServerBin = join(here, 'node_modules', '.bin', 'code-server');

/** Settings that keep the workbench quiet and the editor readable in screenshots. */
export const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.editor.enablePreview': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'editor.wordWrap': 'on',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
};

/** A port the kernel just handed out on 127.0.0.1 (free unless raced). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The environment code-server runs in: its HOME, TMPDIR and XDG dirs inside `scratch`. */
export function scratchEnv(scratch) {
  const env = { ...process.env };
  for (const [key, sub] of [['HOME', 'home'], ['TMPDIR', 'tmp'], ['XDG_CONFIG_HOME', 'config'],
    ['XDG_DATA_HOME', 'data'], ['XDG_CACHE_HOME', 'cache'], ['XDG_RUNTIME_DIR', 'runtime']]) {
    env[key] = join(scratch, sub);
    mkdirSync(env[key], { recursive: true, mode: 0o700 });
  }
  // No extension marketplace: the machine is offline, and every lookup of it is a refused call.
  env.EXTENSIONS_GALLERY = '{}';
  // A password or a proxy inherited from the caller would change what the page shows.
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_PROXY_URI;
  delete env.PORT; // code-server lets $PORT override --bind-addr

  return env;
}

async function waitHealthy(url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  let log = '';
  try { log = readFileSync(logFile, 'utf8').slice(-4000); } catch { /* no log yet */ }
  throw new Error(`code-server did not become healthy at ${url} (exit ${child.exitCode})\n${log}`);
}

/**
 * Starts code-server. Options: `settings` (user settings, merged over
 * quietSettings), `scratch` (folder for HOME/user data/extensions; a new temp
 * folder by default, removed again by stop()), `port`, `host`, `extensionsDir`,
 * `args` (extra command-line args), `log` ('file' or 'inherit'), `vsix` (a
 * packaged extension to install first, the way a user would).
 * Returns { url, host, port, scratch, userDataDir, extensionsDir, env, stop }.
 */
export async function startCodeServer(options = {}) {
  const ownScratch = !options.scratch;
  const scratch = options.scratch ?? mkdtempSync(join(tmpdir(), 'news-lens-code-server-'));
  const env = scratchEnv(scratch);
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort());
  const userDataDir = join(scratch, 'user');
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...quietSettings, ...options.settings }, null, 2));

  if (options.vsix) {
    execFileSync(codeServerBin, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
      '--install-extension', options.vsix, '--force'], { env, cwd: scratch, stdio: ['ignore', 'pipe', 'inherit'] });
  }

  const logFile = join(scratch, 'code-server.log');
  const args = ['--bind-addr', `${host}:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...(options.args ?? [])];
  // Its own process group, so stop() reaches the extension host and watchers too.
  const child = spawn(codeServerBin, args, {
    env, cwd: scratch, detached: true, stdio: ['ignore', options.log === 'inherit' ? 'inherit' : 'pipe', options.log === 'inherit' ? 'inherit' : 'pipe'],
  });
  if (options.log !== 'inherit') {
    const out = createWriteStream(logFile);
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const killed = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!killed) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    if (ownScratch) rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  }

  const url = `http://${host}:${port}`;
  try {
    await waitHealthy(url, child, logFile, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, host, port, scratch, userDataDir, extensionsDir, env, logFile, stop, exited };
}

/** Stops `server` when this process is interrupted, then exits with 130/143. */
export function stopOnSignals(stopFn) {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(signal, () => {
      Promise.resolve(stopFn()).finally(() => process.exit(code));
    });
  }
}
