#!/usr/bin/env node
// news-lens analyze [--out DIR] FILE...: the analysis core from a terminal, JSON out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from './core/analyze';
import { toGoldFormat } from './core/export';

const USAGE = 'usage: news-lens analyze [--out DIR] FILE...';

/** Runs the CLI; returns the exit code (0 ok, 1 a file failed, 2 bad usage). */
export function main(argv: string[], out = process.stdout, err = process.stderr): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    out.write(USAGE + '\n');
    return 0;
  }
  if (command !== 'analyze') {
    err.write(USAGE + '\n');
    return 2;
  }
  let outDir: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--out') {
      outDir = rest[++i] ?? null;
      if (!outDir) { err.write('news-lens: --out needs a directory\n' + USAGE + '\n'); return 2; }
    } else if (rest[i].startsWith('--')) {
      err.write(`news-lens: unknown option ${rest[i]}\n${USAGE}\n`);
      return 2;
    } else files.push(rest[i]);
  }
  if (files.length === 0 || (!outDir && files.length > 1)) {
    err.write((files.length ? 'news-lens: several files need --out DIR\n' : '') + USAGE + '\n');
    return 2;
  }
  if (outDir) mkdirSync(outDir, { recursive: true });
  let code = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      err.write(`news-lens: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      code = 1;
      continue;
    }
    const analysis = analyze(text);
    for (const note of analysis.notes) err.write(`news-lens: ${file}: ${note}\n`);
    const json = JSON.stringify(toGoldFormat(analysis), null, 1) + '\n';
    if (outDir) writeFileSync(join(outDir, basename(file).replace(/\.[^.]*$/, '') + '.json'), json);
    else out.write(json);
  }
  return code;
}

if (require.main === module) {
  // `news-lens analyze FILE | head`: a reader that stops early is no error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
