// `npm run test:integration`: builds, then runs test/integration/*.test.ts inside
// a real VS Code extension host through @vscode/test-electron's runTests().
// Here runTests spawns test/vscode/launcher.mjs (code-server + chromium, since
// no desktop VS Code can be downloaded); NEWS_LENS_VSCODE=desktop lets
// runTests download and use desktop VS Code 1.100.3 instead, where that works.
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const desktop = process.env.NEWS_LENS_VSCODE === 'desktop';

execFileSync(process.execPath, [join(root, 'esbuild.config.mjs')], { cwd: root, stdio: 'inherit' });
if (!desktop) execFileSync('bash', [join(root, 'scripts', 'install-vscode.sh')], { stdio: 'inherit' });

// Tests may edit or add files: give them a copy of samples/, never the repo's own.
const scratch = mkdtempSync(join(tmpdir(), 'news-lens-it-'));
const workspace = join(scratch, 'samples');
cpSync(join(root, 'samples'), workspace, { recursive: true });

let exitCode = 0;
try {
  await runTests({
    ...(desktop ? { version: '1.100.3' } : { vscodeExecutablePath: join(root, 'test', 'vscode', 'launcher.mjs') }),
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions'],
  });
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  exitCode = typeof err?.code === 'number' && err.code !== 0 ? err.code : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
