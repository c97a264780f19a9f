// Builds the extension, the CLI, the analysis worker and the compiled tests.
// `node esbuild.config.mjs [--production] [--watch]`
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compromiseStartup } from './scripts/compromiseStartup.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Every `*.test.ts` (and helper `.ts`) file below `dir`, for the test bundles. */
function testFiles(dir) {
  let out = [];
  let names = [];
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(testFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  logOverride: { 'import-is-undefined': 'error' },
  plugins: [compromiseStartup()],
};

const builds = [
  { ...common, entryPoints: { extension: 'src/extension.ts', cli: 'src/cli.ts', worker: 'src/worker.ts' }, outdir: 'dist' },
  { ...common, entryPoints: testFiles('test/unit'), outdir: 'dist/test/unit', external: ['vscode', 'mocha'] },
  { ...common, entryPoints: testFiles('test/integration'), outdir: 'dist/test/integration', external: ['vscode', 'mocha'] },
].filter((b) => (Array.isArray(b.entryPoints) ? b.entryPoints.length > 0 : true));

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
