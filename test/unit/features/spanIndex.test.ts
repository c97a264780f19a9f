// SpanIndex (core/lookup.ts) answers hover and navigation; it is checked here
// against the plain reading of its contract on random, overlapping, unsorted
// spans, so its compact build (typed arrays, merged runs) changes nothing.
import * as assert from 'node:assert';
import fc from 'fast-check';
import type { Hit } from '../../../src/core/lookup';
import { SpanIndex } from '../../../src/core/lookup';
import type { ArticleAnalysis, Span } from '../../../src/core/model';

/** The contract, read plainly: sort mentions then titles by start (longer first, stable), keep those not overlapping a kept one. */
function reference(a: ArticleAnalysis, offset: number): Hit | undefined {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const slots: { span: Span; hit: Hit }[] = [
    ...a.mentions.filter((m) => byId.has(m.entityId)).map((m) => ({ span: m as Span, hit: { kind: 'mention', mention: m, entity: byId.get(m.entityId)! } as Hit })),
    ...a.titles.map((t) => ({ span: t as Span, hit: { kind: 'title', title: t, entity: (t.entityId && byId.get(t.entityId)) || null } as Hit })),
  ].sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  const kept: typeof slots = [];
  for (const s of slots) if (!kept.length || s.span.start >= kept[kept.length - 1].span.end) kept.push(s);
  const hit = search(kept.map((s) => s.span), offset);
  if (hit >= 0) return kept[hit].hit;
  const q = a.quotes[search(a.quotes.map((x) => x.outer), offset)];
  return q && { kind: 'quote', quote: q, speaker: (q.speakerId && byId.get(q.speakerId)) || null };
}

/** Binary search, end inclusive: where two kept spans touch, the search decides which one an offset between them finds. */
function search(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid].start) hi = mid - 1;
    else if (offset > spans[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const span = fc.record({ start: fc.integer({ min: 0, max: 120 }), length: fc.integer({ min: 0, max: 12 }) }).map(({ start, length }) => ({ start, end: start + length }));

describe('span index', () => {
  it('finds what the plain reading of its contract finds, sorted input or not', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 25 }), fc.array(span, { maxLength: 8 }), fc.boolean(), (mentionSpans, titleSpans, sorted) => {
        const order = (list: Span[]) => (sorted ? [...list].sort((x, y) => x.start - y.start) : list);
        // quotes: disjoint and sorted, as the analysis promises
        const quotes = [10, 50, 90].map((start, i) => ({ start: start + 1, end: start + 20, text: 'q', outer: { start, end: start + 21 }, speakerId: i ? 'p1' : null, cue: null }));
        const a: ArticleAnalysis = {
          header: { date: null, dateSpan: null, bodyStart: 0 },
          entities: [{ id: 'p1', kind: 'person', name: 'A', mentions: [], aliases: [], rank: null, role: null, affiliation: null }],
          mentions: order(mentionSpans).map((s, i) => ({ ...s, entityId: i % 4 === 3 ? 'gone' : 'p1', text: 'x', form: 'full' as const })),
          titles: order(titleSpans).map((s, i) => ({ ...s, text: 't', kind: 'rank' as const, entityId: i % 2 ? 'p1' : null })),
          meetings: [],
          quotes,
          sentences: [],
          notes: [],
        };
        const index = new SpanIndex(a);
        for (let offset = -1; offset <= 140; offset++) assert.deepStrictEqual(index.at(offset), reference(a, offset), `offset ${offset}`);
      }),
      { numRuns: 300 },
    );
  });
});
