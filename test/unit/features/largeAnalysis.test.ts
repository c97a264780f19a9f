// The editor-side helpers on analyses the size of a 10 MB wire feed: no
// argument-count limits (push(...list), Math.min(...list)) and no scan per
// item, plus the one case the per-speaker cue index has to get right.
import * as assert from 'node:assert';
import type { ArticleAnalysis } from '../../../src/core/model';
import { OUTLINE_GROUP_LIMIT, outlineOf } from '../../../src/features/present/outline';
import { tokenSpans } from '../../../src/features/present/tokens';
import { at, fixture } from './fixture';

/** The fixture's analysis with `n` more quotes and titles far past its end, each naming Okafor. */
function huge(n: number): ArticleAnalysis {
  const a = fixture();
  for (let i = 0; i < n; i++) {
    const start = 1000 + i * 40;
    a.titles.push({ start, end: start + 7, text: 'General', kind: 'rank', entityId: 'p1' });
    a.quotes.push({ start: start + 11, end: start + 19, text: 'Onward.', outer: { start: start + 10, end: start + 20 }, speakerId: 'p1', cue: null });
  }
  return a;
}

describe('editor helpers on a very large analysis', () => {
  it('tokens and outline of 250,000 quotes and titles', () => {
    const a = huge(250_000);
    const tokens = tokenSpans(a);
    assert.strictEqual(tokens.filter((t) => t.type === 'rank').length, 250_002);
    assert.strictEqual(tokens.filter((t) => t.type === 'quote').length, 250_003);
    const quotes = outlineOf(a).find((g) => g.name === 'Quotes')!;
    assert.strictEqual(quotes.detail, '250003');
    assert.strictEqual(quotes.children.length, OUTLINE_GROUP_LIMIT + 1);
    assert.strictEqual(quotes.children[3].name, 'Amara Okafor: Onward.');
    assert.strictEqual(quotes.children[OUTLINE_GROUP_LIMIT].name, `… ${(250_003 - OUTLINE_GROUP_LIMIT).toLocaleString('en')} more quotes`);
  });

  it('a mention inside an earlier, longer cue of its speaker is the speaker', () => {
    const a = fixture();
    // the first quote's cue now reaches from "Okafor" to the end of "said"; a second, shorter cue of Okafor's starts inside it
    const wide = { start: at('Okafor said').start, end: at('Okafor said').end };
    const okafor = a.mentions.find((m) => m.start === wide.start)!;
    a.quotes[0].cue = { start: wide.start - 5, end: wide.end };
    a.quotes.push({ ...a.quotes[0], cue: { start: wide.start - 2, end: wide.start - 1 } });
    const token = tokenSpans(a).find((t) => t.start === okafor.start)!;
    assert.deepStrictEqual(token.modifiers, ['speaker']);
    a.quotes[0].cue = null;
    assert.deepStrictEqual(tokenSpans(a).find((t) => t.start === okafor.start)!.modifiers, []);
  });
});
