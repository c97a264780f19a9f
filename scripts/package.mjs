// `npm run package [-- --out FILE.vsix] [-- --no-build]`: a production build,
// then @vscode/vsce packs what .vscodeignore lets through into a .vsix.
// Everything the extension runs is bundled into dist/, so vsce is told not to
// look for node_modules (--no-dependencies).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, `${pkg.name}-${pkg.version}.vsix`);

const vsce = join(root, 'test', 'vscode', 'node_modules', '.bin', 'vsce');
if (!existsSync(vsce)) execFileSync('bash', [join(root, 'scripts', 'install-vscode.sh')], { stdio: 'inherit' });
if (!args.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'esbuild.config.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
}
// The packaged README leaves out the screenshots: their links are relative to
// this repository, which vsce cannot turn into addresses without one.
// vsce reads --readme-path relative to the project; .vscodeignore keeps the file out.
const readme = join('dist', 'README.package.md');
writeFileSync(join(root, readme), readFileSync(join(root, 'README.md'), 'utf8').replace(/\n## Screenshots\n[\s\S]*?(?=\n## )/, '\n'));
try {
  // stdin closed: vsce must never sit waiting on a "continue? [y/N]" prompt.
  execFileSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--readme-path', readme, '--out', out],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
} finally {
  rmSync(join(root, readme), { force: true });
}
console.log(`package: ${out}`);
