// Property-based tests (issue 4): over random text and mutated corpus
// articles the analysis never throws, every span is exact, and the
// incremental analyzer agrees with a fresh analysis.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { createAnalyzer } from '../../src/core/analyzer';
import { assertValidAnalysis } from './invariants';

const CORPUS_DIR = process.env.NEWS_LENS_CORPUS ?? resolve('../shared/corpus');
const HEADER = ' date 2024-05-01 ';

const WORDS = [
  'General', 'Gen.', 'Minister', 'Defence Minister', 'Prime Minister', 'President', 'Sheikh', 'Dr.', 'Mr', 'Admiral',
  'Chief of Army Staff', 'spokesperson', 'Asim Munir', 'Amara Okafor', 'Lindqvist', 'ISPR', 'the Ministry of Defence',
  'Pakistan Army', 'Baltic Maritime Agency', '(BMA)', 'met', 'held talks with', 'called on', 'said', 'told', 'added',
  'he', 'she', 'they', 'the', 'on Tuesday', 'in Oslo', "'s", 'and', 'with', 'of',
];
const MARKS = ['"', "'", "''", '“', '”', '‘', '’', '«', '»', '`', '„'];
const PUNCT = ['.', ',', ';', ':', '?', '!', '(', ')', '-', '—', '…', '\n', '\n\n', '\r\n', '\t', ' ', '  '];
const ODD = ['\u0000', '\uFFFD', '\uD800', '\uDC00', '😀', '𝔄', 'é', 'ß', 'İ', 'مرحبا', 'שלום', '\u200F', '\u202E', '中文'];

/** A capitalised made-up word, like a name the lexicon cannot know. */
const capitalised = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 9 }))
  .map(([a, b]) => a + b);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 }).map((cs) => String.fromCharCode(...cs));

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: capitalised },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: codeUnits },
);

/** News-like text: words, names, titles, quotes and punctuation, spaced or not. */
const newsish = fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', '', '\n')), { maxLength: 80 }).map((ts) => ts.map(([t, s]) => t + s).join(''));

/** A text with or without a header. */
const article = fc.tuple(fc.constantFrom(HEADER, '', ' date 2024-13-45 ', 'date 2024-05-01\n', ' date 2024-05-01'), newsish).map(([h, b]) => h + b);

function corpus(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constant(''), token, newsish.map((s) => s.slice(0, 40))),
});

/** Applies an edit whose position is a fraction of the text's length. */
function apply(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * text.length));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

function check(text: string): void {
  assertValidAnalysis(text, analyze(text));
}

describe('analysis properties (fast-check)', function () {
  this.timeout(60_000);

  it('random news-like text: never throws, every span exact, ids defined', () => {
    fc.assert(fc.property(article, check), { numRuns: 300 });
  });

  it('random code units (lone surrogates, controls) after a header', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }), (s) => check(HEADER + s)), { numRuns: 200 });
  });

  const articles = corpus();
  const withCorpus = articles.length > 0 ? it : it.skip;
  if (articles.length === 0) console.warn(`properties.test: no corpus at ${CORPUS_DIR}; the corpus properties are skipped`);

  withCorpus('mutated corpus articles: never throws, every span exact, ids defined', () => {
    fc.assert(
      fc.property(fc.nat({ max: articles.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => {
        check(edits.reduce(apply, articles[i]));
      }),
      { numRuns: 60 },
    );
  });

  withCorpus('createAnalyzer agrees with analyze after random edits', () => {
    fc.assert(
      fc.property(fc.nat({ max: articles.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => {
        const analyzer = createAnalyzer();
        let text = articles[i];
        assert.deepEqual(analyzer.analyze(text), analyze(text));
        for (const e of edits) {
          text = apply(text, e);
          const incremental = analyzer.analyze(text);
          assert.deepEqual(incremental, analyze(text), `after edit ${JSON.stringify(e)}`);
          assertValidAnalysis(text, incremental);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('createAnalyzer agrees with analyze on random text and edits', () => {
    fc.assert(
      fc.property(article, fc.array(edit, { minLength: 1, maxLength: 5 }), (start, edits) => {
        const analyzer = createAnalyzer();
        let text = start;
        analyzer.analyze(text);
        for (const e of edits) {
          text = apply(text, e);
          assert.deepEqual(analyzer.analyze(text), analyze(text));
        }
      }),
      { numRuns: 100 },
    );
  });
});
