// npm run eval: analyses ../shared/corpus with the built CLI and prints the scorer's table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const corpus = resolve(process.env.NEWS_LENS_CORPUS ?? '../shared/corpus');
const scorer = resolve(corpus, '../tools/score.mjs');
const pred = mkdtempSync(join(tmpdir(), 'news-lens-eval-'));
try {
  const files = readdirSync(corpus).filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f)).map((f) => join(corpus, f));
  execFileSync(process.execPath, ['dist/cli.js', 'analyze', '--out', pred, ...files], { stdio: 'inherit' });
  execFileSync(process.execPath, [scorer, '--gold', corpus, '--pred', pred, ...process.argv.slice(2)], { stdio: 'inherit' });
} finally {
  rmSync(pred, { recursive: true, force: true });
}
