// The promises every analysis keeps, whatever the input (issue 4): shared by
// the property-based and the adversarial tests.
import assert from 'node:assert/strict';
import type { ArticleAnalysis, Span } from '../../src/core/model';

function inside(text: string, s: Span | null, what: string): void {
  if (!s) return;
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets ${JSON.stringify(s)}`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${what}: ${JSON.stringify(s)} outside [0, ${text.length}]`);
}

function sortedDisjoint(spans: Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    assert.ok(a.start <= b.start, `${what} not sorted: ${JSON.stringify(a)} before ${JSON.stringify(b)}`);
    assert.ok(a.end <= b.start, `${what} overlap: ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  }
}

/**
 * Fails unless `a` is a valid analysis of `text`: every span inside the text
 * and slicing back to its recorded text, mentions and quotes sorted and
 * disjoint, every entity id that anything points to defined.
 */
export function assertValidAnalysis(text: string, a: ArticleAnalysis): void {
  const ids = new Set(a.entities.map((e) => e.id));
  assert.equal(ids.size, a.entities.length, 'entity ids unique');
  const known = (id: string | null, what: string) => assert.ok(id === null || ids.has(id), `${what} points to unknown entity ${id}`);

  inside(text, a.header.dateSpan, 'header date');
  assert.ok(a.header.bodyStart >= 0 && a.header.bodyStart <= text.length, 'bodyStart inside the text');

  for (const e of a.entities) {
    assert.ok(e.mentions.length > 0, `entity ${e.id} has no mention`);
    for (const m of e.mentions) assert.equal(m.entityId, e.id, `mention of ${e.id} says ${m.entityId}`);
    for (const ev of [e.rank, e.role, e.affiliation]) if (ev) inside(text, ev.span, `evidence of ${e.id}`);
  }
  for (const m of a.mentions) {
    inside(text, m, 'mention');
    assert.equal(text.slice(m.start, m.end), m.text, 'mention slices back to its text');
    known(m.entityId, 'mention');
  }
  sortedDisjoint(a.mentions, 'mentions');
  for (const t of a.titles) {
    inside(text, t, 'title');
    assert.equal(text.slice(t.start, t.end), t.text, 'title slices back to its text');
    known(t.entityId, 'title');
  }
  for (let i = 1; i < a.titles.length; i++) assert.ok(a.titles[i - 1].start <= a.titles[i].start, 'titles sorted');
  for (const q of a.quotes) {
    inside(text, q, 'quote');
    inside(text, q.outer, 'quote marks');
    inside(text, q.cue, 'quote cue');
    assert.equal(text.slice(q.start, q.end), q.text, 'quote slices back to its text');
    assert.ok(q.outer.start <= q.start && q.end <= q.outer.end, 'quote inside its marks');
    known(q.speakerId, 'quote');
  }
  sortedDisjoint(a.quotes, 'quotes');
  sortedDisjoint(a.quotes.map((q) => q.outer), 'quote marks');
  for (const m of a.meetings) {
    inside(text, m.verbSpan, 'meeting verb');
    inside(text, m.sentence, 'meeting sentence');
    known(m.a, 'meeting a');
    known(m.b, 'meeting b');
  }
  for (const s of a.sentences) inside(text, s, 'sentence');
  sortedDisjoint(a.sentences, 'sentences');
}
