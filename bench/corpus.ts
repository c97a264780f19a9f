// The benchmark inputs: the seed article, the shared corpus, and synthetic
// files of N MB made by joining corpus articles at run time (never committed).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = process.env.NEWS_LENS_CORPUS ?? resolve('../shared/corpus');
export const SEED = '000_5717185636cb3aeb.txt';

export interface Article {
  name: string;
  text: string;
}

/** Every `*.txt` article of the corpus, by name; empty when the folder is absent. */
export function corpus(): Article[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
}

/** One seed file of about `mb` MB (UTF-16 code units): one header, then corpus bodies joined by blank lines. */
export function synthetic(mb: number, articles = corpus()): string {
  const bodies = articles.map((a) => a.text.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, ''));
  const target = Math.round(mb * 1024 * 1024);
  const parts = [' date 2024-01-01 '];
  let length = parts[0].length;
  for (let i = 0; length < target; i++) {
    const body = bodies[i % bodies.length] + '\n\n';
    parts.push(body);
    length += body.length;
  }
  return parts.join('').slice(0, target);
}
