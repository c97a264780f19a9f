// `npm start`: builds (and keeps rebuilding on save), then opens a real VS Code
// with News Lens loaded on samples/, until Ctrl-C.
// - Desktop VS Code (`code` on PATH): an Extension Development Host window.
// - Otherwise code-server in the browser; open the URL it prints.
//   PORT and NEWS_LENS_HOST choose where it listens (default 127.0.0.1:8080, or a free port).
// After a rebuild, run "Developer: Reload Window" to load the new code.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const samples = join(root, 'samples');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

execFileSync(process.execPath, [join(root, 'esbuild.config.mjs')], { cwd: root, stdio: 'inherit' });
const watcher = spawn(process.execPath, [join(root, 'esbuild.config.mjs'), '--watch'], { cwd: root, stdio: 'inherit' });
const children = [watcher];
const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
process.on('exit', stopAll);

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  // --wait keeps `code` in the foreground until the window closes, so Ctrl-C here ends both.
  const code = spawn('code', ['--new-window', '--wait', `--extensionDevelopmentPath=${root}`, samples], { stdio: 'inherit' });
  children.push(code);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { stopAll(); process.exit(130); });
  code.on('exit', (status) => { stopAll(); process.exit(status ?? 0); });
} else {
  execFileSync('bash', [join(root, 'scripts', 'install-vscode.sh')], { stdio: 'inherit' });
  const { freePort, startCodeServer, stopOnSignals } = await import('../test/vscode/codeServer.mjs');
  // Kept between runs (settings, opened editors); .scratch/ is git-ignored.
  const scratch = join(root, '.scratch', 'code-server');
  const extensionsDir = join(scratch, 'extensions');
  // The checkout itself, linked in as an installed extension: every rebuild of dist/ is picked up on reload.
  rmSync(extensionsDir, { recursive: true, force: true });
  mkdirSync(extensionsDir, { recursive: true });
  symlinkSync(root, join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`));

  const host = process.env.NEWS_LENS_HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 0) || (await portOr(8080, freePort));
  const server = await startCodeServer({ scratch, extensionsDir, host, port });
  let stopping = false;
  stopOnSignals(async () => { stopping = true; stopAll(); await server.stop(); });
  console.log(`\nNews Lens is running in VS Code ${codeVersion()} (code-server).\nOpen:  ${server.url}/?folder=${encodeURIComponent(samples)}\nStop:  Ctrl-C\n`);
  server.exited.then((status) => {
    if (stopping) return;
    stopAll();
    console.error(`code-server exited (${status}); see ${server.logFile}`);
    process.exit(1);
  });
}

/** `port` if nothing listens there yet, else a free one. */
async function portOr(port, freePort) {
  const { createServer } = await import('node:net');
  const free = await new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  return free ? port : freePort();
}

function codeVersion() {
  const vscodePkg = join(root, 'test', 'vscode', 'node_modules', 'code-server', 'lib', 'vscode', 'package.json');
  try { return JSON.parse(readFileSync(vscodePkg, 'utf8')).version; } catch { return ''; }
}
