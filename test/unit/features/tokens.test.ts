import * as assert from 'node:assert';
import { tokenSpans } from '../../../src/features/present/tokens';
import { at, fixture, TEXT } from './fixture';

describe('semantic token spans', () => {
  const words = (type: string) => tokenSpans(fixture()).filter((t) => t.type === type).map((t) => TEXT.slice(t.start, t.end));

  it('people, organisations and ranks are typed by what they name', () => {
    assert.deepStrictEqual(words('person'), ['Amara Okafor', 'Tomas Lindqvist', 'Okafor', 'Lindqvist']);
    assert.deepStrictEqual(words('organization'), ['Baltic Maritime Agency', 'BMA', 'BMA']);
    assert.deepStrictEqual(words('rank'), ['Defence Minister', 'General']);
  });

  it('tokens are sorted, non-empty and never overlap', () => {
    const tokens = tokenSpans(fixture());
    for (let i = 0; i < tokens.length; i++) {
      assert.ok(tokens[i].end > tokens[i].start);
      if (i > 0) assert.ok(tokens[i].start >= tokens[i - 1].end, `token ${i} overlaps the one before`);
    }
  });

  it('the first mention and the mention in a quote cue carry modifiers', () => {
    const tokens = tokenSpans(fixture());
    const find = (s: { start: number }) => tokens.find((t) => t.start === s.start)!;
    assert.deepStrictEqual(find(at('Amara Okafor')).modifiers, ['firstMention']);
    assert.deepStrictEqual(find(at('Okafor', 1)).modifiers, ['speaker']);
    assert.deepStrictEqual(find(at('BMA', 1)).modifiers, ['speaker']);
    assert.deepStrictEqual(find(at('Lindqvist', 1)).modifiers, []);
  });

  it('a quote is cut around a name inside it', () => {
    const a = fixture();
    // widen the first quote so it swallows "Okafor said"
    a.quotes[0].outer = { start: a.quotes[0].outer.start, end: at('said').end };
    const tokens = tokenSpans(a);
    const quoteParts = tokens.filter((t) => t.type === 'quote' && t.start < at('said').end);
    assert.deepStrictEqual(quoteParts.map((t) => TEXT.slice(t.start, t.end)), ['"We agreed to deepen training ties," ', ' said']);
  });

  it('a name inside a title keeps its own colour', () => {
    const a = fixture();
    // "Chief of the Turkish General Staff": an organisation inside an office
    a.titles[0] = { ...a.titles[0], end: at('Amara Okafor').end };
    const tokens = tokenSpans(a).filter((t) => t.end <= at('Amara Okafor').end);
    assert.deepStrictEqual(tokens.map((t) => [t.type, TEXT.slice(t.start, t.end)]), [
      ['rank', 'Defence Minister '],
      ['person', 'Amara Okafor'],
    ]);
  });

  it('each category can be switched off', () => {
    const none = tokenSpans(fixture(), { people: false, ranks: false, organizations: false, quotes: false });
    assert.deepStrictEqual(none, []);
    const onlyQuotes = tokenSpans(fixture(), { people: false, ranks: false, organizations: false, quotes: true });
    assert.deepStrictEqual(new Set(onlyQuotes.map((t) => t.type)), new Set(['quote']));
    assert.strictEqual(onlyQuotes.length, 3);
  });

  it('an empty analysis gives no tokens', () => {
    const a = fixture();
    assert.deepStrictEqual(tokenSpans({ ...a, entities: [], mentions: [], titles: [], quotes: [] }), []);
  });
});
