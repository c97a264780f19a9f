// Adversarial inputs (issue 4): each must give a valid analysis, never a
// throw or a hang. Timings are bounded by mocha's timeout only, never asserted.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { createAnalyzer } from '../../src/core/analyzer';
import { assertValidAnalysis } from './invariants';

const CORPUS_DIR = process.env.NEWS_LENS_CORPUS ?? resolve('../shared/corpus');
const HEADER = ' date 2024-05-01 ';
const STORY = 'General Asim Munir met Defence Minister Amara Okafor in Oslo. "We agreed," Okafor said.';

function bodies(): string[] {
  if (!existsSync(CORPUS_DIR)) return [STORY];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, ''));
}

/** A text of at least `chars` code units made by repeating `unit`. */
function repeat(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length));
}

function valid(text: string) {
  const a = analyze(text);
  assertValidAnalysis(text, a);
  return a;
}

describe('adversarial inputs give a valid analysis', function () {
  this.timeout(60_000);

  const cases: [string, () => string][] = [
    ['empty text', () => ''],
    ['whitespace only', () => ' \n\t\r\n   \u00a0\u2003 '],
    ['a header and nothing else', () => HEADER],
    ['no header', () => STORY],
    ['malformed date (month 13)', () => ' date 2024-13-45 ' + STORY],
    ['malformed date (short fields)', () => ' date 24-5-1 ' + STORY],
    ['header without its leading space', () => 'date 2024-05-01 ' + STORY],
    ['CRLF line ends', () => (HEADER + STORY + '\n' + STORY).replace(/\n/g, '\r\n')],
    ['lone CR line ends', () => HEADER + STORY.replace(/\. /g, '.\r')],
    ['100,000 unbalanced straight quotation marks', () => HEADER + 'Okafor said ' + repeat('yes "', 100_000 * 5)],
    ['100,000 unbalanced marks of every style', () => HEADER + repeat('“a ‘b \'\' c « d " ', 100_000 * 3)],
    ['100,000 bare quotation marks, no words around them', () => HEADER + 'Okafor said ' + '"'.repeat(100_000)],
    ['20,000 capitalised words in a row', () => HEADER + Array.from({ length: 20_000 }, (_, i) => ['General', 'Minister', 'Asim', 'Munir', 'Okafor', 'Ministry', 'Defence', 'Of'][i % 8]).join(' ') + '.'],
    ['20,000 capitalised made-up words', () => HEADER + Array.from({ length: 20_000 }, (_, i) => 'Q' + i.toString(36)).join(' ')],
    ['a title repeated 10,000 times', () => HEADER + repeat('General ', 80_000) + 'Munir said.'],
    ['NUL bytes between words', () => HEADER + STORY.replace(/ /g, '\u0000')],
    ['binary bytes', () => HEADER + Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('') + STORY],
    ['mixed right-to-left scripts', () => HEADER + 'قال الجنرال عاصم منير "نحن متفقون" ' + STORY + ' אמר השר "כן" ' + '\u202Eeltit desrever\u202C General Asim Munir met the \u200FMinister\u200F.'],
    ['lone surrogates around names', () => HEADER + '\uD800General Asim Munir\uDC00 met \uDBFF"Amara Okafor"\uD800 in Oslo.\uDFFF'],
    ['only punctuation', () => HEADER + repeat('.,;:!?()—"\'', 100_000)],
    ['one word of 1,000,000 letters', () => HEADER + 'A' + 'a'.repeat(1_000_000) + ' said.'],
    ['a 100,000-character sentence', () => HEADER + repeat('the minister met the general and ', 100_000) + '.'],
  ];
  for (const [label, make] of cases) it(label, () => void valid(make()));

  it('emoji and astral characters before a name keep spans exact', () => {
    const text = HEADER + '😀🇵🇰 𝔄𝔅 General Asim Munir met Prime Minister Shehbaz Sharif. 👍 "Calm," Munir said.';
    const a = valid(text);
    const munir = a.mentions.find((m) => m.text.includes('Munir'));
    assert.ok(munir, `no mention of Munir in ${JSON.stringify(a.mentions.map((m) => m.text))}`);
    assert.equal(munir.start, text.indexOf(munir.text));
  });

  it('the incremental analyzer survives an edit inside 100,000 quotation marks', () => {
    const analyzer = createAnalyzer();
    const text = HEADER + repeat('“a ', 300_000);
    analyzer.analyze(text);
    const edited = text.slice(0, 1000) + '”' + text.slice(1001);
    assertValidAnalysis(edited, analyzer.analyze(edited));
  });

  it('a 10 MB single line of joined corpus articles', function () {
    this.timeout(600_000);
    const parts = bodies().map((b) => b.replace(/\s+/g, ' '));
    let text = HEADER;
    for (let i = 0; text.length < 10 * 1024 * 1024; i++) text += parts[i % parts.length] + ' ';
    assert.ok(!text.includes('\n'));
    valid(text);
  });
});
