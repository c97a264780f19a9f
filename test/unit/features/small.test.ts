import * as assert from 'node:assert';
import { SpanIndex } from '../../../src/core/lookup';
import { definitionSpan, entityAt, mentionsAt } from '../../../src/features/present/navigation';
import { quoteFrom } from '../../../src/features/present/quoteNav';
import { chooseMode, formatSize } from '../../../src/features/present/sizePolicy';
import { escapeMarkdown, firstWords, revealLink } from '../../../src/features/present/text';
import { at, fixture, TEXT } from './fixture';

describe('quote navigation', () => {
  const quotes = fixture().quotes;
  const starts = quotes.map((q) => q.outer.start);

  it('next goes to the first quote after the cursor and wraps round', () => {
    assert.strictEqual(quoteFrom(quotes, 0, 'next')?.outer.start, starts[0]);
    assert.strictEqual(quoteFrom(quotes, starts[0], 'next')?.outer.start, starts[1]);
    assert.strictEqual(quoteFrom(quotes, starts[2], 'next')?.outer.start, starts[0]);
  });

  it('previous goes to the last quote before the cursor and wraps round', () => {
    assert.strictEqual(quoteFrom(quotes, starts[1], 'previous')?.outer.start, starts[0]);
    assert.strictEqual(quoteFrom(quotes, TEXT.length, 'previous')?.outer.start, starts[2]);
    assert.strictEqual(quoteFrom(quotes, 0, 'previous')?.outer.start, starts[2]);
  });

  it('no quotes, no target', () => {
    assert.strictEqual(quoteFrom([], 5, 'next'), undefined);
  });
});

describe('navigation spans', () => {
  const index = new SpanIndex(fixture());

  it('a surname leads to the first full mention', () => {
    const e = entityAt(index, at('Okafor', 1).start);
    assert.strictEqual(e?.id, 'p1');
    assert.deepStrictEqual(definitionSpan(e!), at('Amara Okafor'));
  });

  it('a title leads to its person; a quote or plain word to nobody', () => {
    assert.strictEqual(entityAt(index, at('General').start)?.id, 'p2');
    assert.strictEqual(entityAt(index, at('region').start), undefined);
    assert.strictEqual(entityAt(index, at('Oslo').start), undefined);
  });

  it('references are every mention of the entity', () => {
    assert.deepStrictEqual(mentionsAt(index, at('BMA', 1).start).map((m) => TEXT.slice(m.start, m.end)), ['Baltic Maritime Agency', 'BMA', 'BMA']);
    assert.deepStrictEqual(mentionsAt(index, at('Oslo').start), []);
  });
});

describe('size policy', () => {
  it('inline, worker or refused by size', () => {
    assert.strictEqual(chooseMode(10 * 1024, 32, 8), 'inline');
    assert.strictEqual(chooseMode(32 * 1024, 32, 8), 'inline');
    assert.strictEqual(chooseMode(32 * 1024 + 1, 32, 8), 'worker');
    assert.strictEqual(chooseMode(8 * 1024 * 1024 + 1, 32, 8), 'tooLarge');
    assert.strictEqual(chooseMode(1, 0, 8), 'worker');
    assert.strictEqual(chooseMode(1, -5, -1), 'tooLarge');
  });

  it('sizes read as a person would say them', () => {
    assert.strictEqual(formatSize(1536), '2 KB');
    assert.strictEqual(formatSize(12.34 * 1024 * 1024), '12.3 MB');
  });
});

describe('text helpers', () => {
  it('firstWords cuts with an ellipsis only when it cuts', () => {
    assert.strictEqual(firstWords('one  two three', 3), 'one two three');
    assert.strictEqual(firstWords('one two three four', 2), 'one two…');
    assert.strictEqual(firstWords('', 2), '');
  });

  it('escapeMarkdown keeps names readable and inert', () => {
    assert.strictEqual(escapeMarkdown('Inter-Services Public Relations (ISPR)'), 'Inter-Services Public Relations (ISPR)');
    assert.strictEqual(escapeMarkdown('a*b_c[d]<e>'), 'a\\*b\\_c\\[d\\]\\<e\\>');
  });

  it('revealLink round-trips its arguments', () => {
    const link = revealLink('newsLens.revealSpan', 'file:///a b/notes (2).txt', { start: 3, end: 9 });
    assert.ok(link.startsWith('command:newsLens.revealSpan?'));
    assert.ok(!/[\s()]/.test(link), 'no spaces or parentheses that would end a Markdown link');
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(link.split('?')[1])), ['file:///a b/notes (2).txt', 3, 9]);
  });
});
