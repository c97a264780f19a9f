// The bundle's compromise starts from a model computed at build time
// (scripts/compromiseStartup.mjs). These tests hold it to stock compromise:
// the same model, word for word, and the same tags on every corpus article
// and on text the lexicon never saw.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import nlp from 'compromise/two';

const CORPUS_DIR = process.env.NEWS_LENS_CORPUS ?? resolve('../shared/corpus');

interface Compromise {
  (text: string): { document: { text: string; tags: Set<string> }[][] };
  world(): { model: unknown };
}

/** Stock compromise/two, as npm ships it (its own CommonJS build), loaded at run time beside the bundle. */
const stock = createRequire(__filename)('compromise/two') as Compromise;
const bundled = nlp as unknown as Compromise;

/** A value with object keys sorted and functions as their source, for a comparison that ignores key order. */
function canonical(value: unknown, seen = new Set<unknown>()): unknown {
  if (typeof value === 'function') return `function ${value.name}`;
  if (value === null || typeof value !== 'object' || value instanceof RegExp) return value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  const out = Array.isArray(value)
    ? value.map((v) => canonical(v, seen))
    : value instanceof Set
      ? [...value].sort().map((v) => canonical(v, seen))
      : Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k], seen)]));
  seen.delete(value);
  return out;
}

function tagsOf(parse: Compromise, text: string): string[] {
  return parse(text).document.flat().map((t) => `${t.text}/${[...t.tags].sort().join(',')}`);
}

describe('compromise with its model computed at build time', () => {
  it('has the model of stock compromise/two, every word and tag', () => {
    const ours = bundled.world().model as { one: { lexicon: object } };
    assert.ok(Object.keys(ours.one.lexicon).length > 20_000, 'the lexicon is there');
    assert.deepStrictEqual(canonical(ours), canonical(stock.world().model));
  });

  const articles = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')) : [];
  it(`tags the ${articles.length} corpus articles as stock compromise does`, function () {
    if (articles.length === 0) this.skip();
    for (const name of articles) {
      const text = readFileSync(join(CORPUS_DIR, name), 'utf8');
      assert.deepStrictEqual(tagsOf(bundled, text), tagsOf(stock, text), name);
    }
  });

  const sentences = [
    'The envoys had been conjugating unheard-of verbs, re-tweeting and out-shouting each other.',
    'Brigadier Okonkwo-Smythe walked up to the podium; the Zlotnik Institute was shuttered.',
    "She's happier than they'd ever been, though the frothiest rumours weren't gone.",
    'Twenty-one uncountable furnitures and 3 scissors lay in the Ministry of Fisheries.',
  ];
  for (const text of sentences) {
    it(`tags ${JSON.stringify(text.slice(0, 40))}… as stock compromise does`, () => {
      assert.deepStrictEqual(tagsOf(bundled, text), tagsOf(stock, text));
    });
  }
});
