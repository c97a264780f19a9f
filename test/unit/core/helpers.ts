import assert from 'node:assert/strict';
import type { ArticleAnalysis, Entity } from '../../../src/core/model';

/** The entity whose name is `name`, failing the test when there is none. */
export function entityNamed(a: ArticleAnalysis, name: string): Entity {
  const e = a.entities.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in [${a.entities.map((x) => x.name).join(', ')}]`);
  return e;
}

/** Every span of the analysis slices back to its recorded text. */
export function assertSpansExact(text: string, a: ArticleAnalysis): void {
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text, 'mention span');
  for (const t of a.titles) assert.equal(text.slice(t.start, t.end), t.text, 'title span');
  for (const q of a.quotes) {
    assert.equal(text.slice(q.start, q.end), q.text, 'quote span');
    assert.ok(q.outer.start <= q.start && q.end <= q.outer.end, 'quote inside its marks');
  }
  for (const e of a.entities) for (const ev of [e.rank, e.role, e.affiliation]) {
    if (ev) assert.ok(ev.span.start >= 0 && ev.span.end <= text.length && ev.span.start < ev.span.end, 'evidence span');
  }
}

export const BODY = ' date 2024-05-01 ';
