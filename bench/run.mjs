// Bundles the benchmark (bench/*.ts) into a temporary folder and runs it.
// `npm run bench -- [--json] [--sizes 1,10] [--build-prod]`
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compromiseStartup } from '../scripts/compromiseStartup.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'news-lens-bench-'));
try {
  await esbuild.build({
    entryPoints: {
      ...Object.fromEntries(['main', 'probeAnalyze', 'probeCompromise', 'probeCompromiseTwo', 'coreEntry'].map((n) => [n, join(here, `${n}.ts`)])),
      worker: join(here, '..', 'src', 'worker.ts'), // the extension's own analysis worker
    },
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
    logOverride: { 'import-is-undefined': 'error' },
    plugins: [compromiseStartup()],
  });
  if (!process.argv.includes('--build-prod')) {
    // the production options of esbuild.config.mjs, into the temp folder: dist/ is left to the others
    await esbuild.build({
      entryPoints: { extension: join(here, '..', 'src', 'extension.ts') },
      outdir: join(out, 'prod'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      minify: true,
      logLevel: 'error',
      logOverride: { 'import-is-undefined': 'error' },
      plugins: [compromiseStartup()],
    });
  }
  const r = spawnSync(process.execPath, [join(out, 'main.js'), ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: join(here, '..'),
    env: { ...process.env, NEWS_LENS_BENCH_DIR: out },
  });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
