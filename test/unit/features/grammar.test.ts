// Tokenises lines with the real TextMate engine VS Code uses (vscode-textmate
// on the Oniguruma WebAssembly build) and checks which scopes words get.
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { repoRoot } from './root';

const root = repoRoot();
let grammar: textmate.IGrammar;

/** The text of each token of `lines` whose scopes include one starting with `scope`. */
function scoped(lines: string[], scope: string): string[] {
  const out: string[] = [];
  let state = textmate.INITIAL;
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) if (t.scopes.some((s) => s.startsWith(scope))) out.push(line.slice(t.startIndex, t.endIndex));
    state = r.ruleStack;
  }
  return out;
}

/** The pieces of `line` inside strings, joined per string (adjacent tokens merged). */
function strings(line: string): string[] {
  const r = grammar.tokenizeLine(line, textmate.INITIAL);
  const out: string[] = [];
  let prevEnd = -1;
  for (const t of r.tokens) {
    if (!t.scopes.some((s) => s.startsWith('string.quoted'))) continue;
    const piece = line.slice(t.startIndex, t.endIndex);
    if (t.startIndex === prevEnd && !t.scopes.some((s) => s.startsWith('punctuation.definition.string.begin'))) out[out.length - 1] += piece;
    else out.push(piece);
    prevEnd = t.endIndex;
  }
  return out;
}

describe('TextMate grammar', () => {
  before(async () => {
    const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => textmate.parseRawGrammar(readFileSync(join(root, 'syntaxes/news-seed.tmLanguage.json'), 'utf8'), 'news-seed.tmLanguage.json'),
    });
    const g = await registry.loadGrammar('text.news-seed');
    assert.ok(g);
    grammar = g;
  });

  it('the header keyword and date on the first line', () => {
    const line = ' date 2026-01-30 The minister met the envoy.';
    assert.deepStrictEqual(scoped([line], 'keyword.other.date'), ['date']);
    assert.deepStrictEqual(scoped([line], 'constant.numeric.date'), ['2026-01-30']);
  });

  it('a date-like line after the first is not a header', () => {
    assert.deepStrictEqual(scoped([' date 2026-01-30 One.', 'date 2026-02-01 Two.'], 'constant.numeric.date'), ['2026-01-30']);
  });

  it("two apostrophes as quotation marks, with a possessive inside", () => {
    assert.deepStrictEqual(strings("The generals ''welcomed Pakistan's role,'' it said."), ["''welcomed Pakistan's role,''"]);
  });

  it('straight and curly double quotes', () => {
    assert.deepStrictEqual(strings('He said "we agree" and “they agree” today.'), ['"we agree"', '“they agree”']);
  });

  it('curly single quotes keep an apostrophe inside', () => {
    assert.deepStrictEqual(strings('The ‘Make in India’ plan and ‘Korea’s own’ plan.'), ['‘Make in India’', '‘Korea’s own’']);
  });

  it('mixed closings: “…’’ and “…"', () => {
    assert.deepStrictEqual(strings('“Come and prosper,’’ he said. “We met," she said.'), ['“Come and prosper,’’', '“We met,"']);
  });

  it('a word running into ‘ is an apostrophe, not a quote', () => {
    assert.deepStrictEqual(strings('the Ministers‘ meeting in Delhi'), []);
  });

  it('quote marks are punctuation scopes', () => {
    assert.deepStrictEqual(scoped(['a “b” c'], 'punctuation.definition.string'), ['“', '”']);
  });
});
