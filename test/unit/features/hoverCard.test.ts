import * as assert from 'node:assert';
import { SpanIndex } from '../../../src/core/lookup';
import { hoverCard } from '../../../src/features/present/hoverCard';
import { at, fixture, TEXT } from './fixture';

const URI = 'file:///tmp/001_abcdef0123456789.txt';

function cardAt(needle: string, nth = 0): string {
  const analysis = fixture();
  const hit = new SpanIndex(analysis).at(at(needle, nth).start + 1);
  assert.ok(hit, `nothing at ${needle}`);
  return hoverCard(hit, { analysis, text: TEXT, uri: URI, revealCommand: 'newsLens.revealSpan' });
}

/** The [uri, start, end] arguments of every command link in a card. */
function links(card: string): [string, number, number][] {
  return [...card.matchAll(/\(command:newsLens\.revealSpan\?([^)\s]+)\)/g)].map((m) => JSON.parse(decodeURIComponent(m[1])));
}

describe('hover card', () => {
  it('a surname names the person in full, with rank, meetings and other names', () => {
    const card = cardAt('Lindqvist', 1);
    assert.match(card, /\*\*Tomas Lindqvist\*\* — person/);
    assert.match(card, /\*\*Rank:\*\* \[General\]/);
    assert.match(card, /\*\*Also called:\*\* Lindqvist/);
    assert.match(card, /\*\*Met:\*\* \[Amara Okafor\].*\(met\), \[Baltic Maritime Agency\].*\(held talks\)/);
  });

  it('what a person said: the count, the first words and a link to each quote', () => {
    const card = cardAt('Okafor', 1);
    assert.match(card, /\*\*Role:\*\* \[Defence Minister\]/);
    assert.match(card, /\*\*Said:\*\* 1 quote/);
    assert.match(card, /We agreed to deepen training ties/);
    const quoteLink = links(card).find(([, s]) => s === at('"We agreed').start);
    assert.ok(quoteLink, 'a link to the quote');
  });

  it('links carry the URI and UTF-16 offsets of their target', () => {
    const card = cardAt('Okafor', 1);
    const all = links(card);
    assert.ok(all.length >= 3);
    for (const [uri, start, end] of all) {
      assert.strictEqual(uri, URI);
      assert.ok(start >= 0 && end > start && end <= TEXT.length);
    }
    const first = all.find(([, s, e]) => TEXT.slice(s, e) === 'Amara Okafor');
    assert.ok(first, 'a link to the first full mention');
    assert.match(card, /\[First mention\]/);
  });

  it('an acronym shows the organisation it stands for', () => {
    const card = cardAt('BMA');
    assert.match(card, /\*\*Baltic Maritime Agency\*\* — organisation/);
    assert.match(card, /\*\*Also called:\*\* BMA/);
    assert.match(card, /\*\*Said:\*\* 1 quote/);
  });

  it('a title shows the person it belongs to', () => {
    assert.match(cardAt('General'), /\*\*Tomas Lindqvist\*\*/);
  });

  it('a quote shows its speaker, or says none is named', () => {
    assert.match(cardAt('region'), /Quote by \*\*Baltic Maritime Agency\*\* \(“the BMA said”\)/);
    assert.match(cardAt('Nothing'), /Quote by no speaker named/);
  });

  it('Markdown in names is escaped', () => {
    const analysis = fixture();
    analysis.entities[0].name = 'A*B_[x]';
    const hit = new SpanIndex(analysis).at(at('Amara').start);
    const card = hoverCard(hit!, { analysis, text: TEXT, uri: URI, revealCommand: 'newsLens.revealSpan' });
    assert.match(card, /\*\*A\\\*B\\_\\\[x\\\]\*\*/);
  });
});
