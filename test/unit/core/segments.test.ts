import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { createAnalyzer } from '../../../src/core/analyzer';
import { MIN_SEGMENT, splitSegments } from '../../../src/core/segments';
import { assertSpansExact } from './helpers';

/** A feed of many short articles, each naming its own people. */
function feed(n: number, joiner: string): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(`Foreign Minister Lina Haddad met Defence Minister Omar Said number ${i} in Accra. "We agree on item ${i}," Haddad said.`);
  }
  return ' date 2024-05-01 ' + parts.join(joiner);
}

describe('segments of a long body', () => {
  it('keeps an ordinary article in one segment', () => {
    assert.deepEqual(splitSegments(' date 2024-05-01 Short text.', 17), [{ start: 17, end: 28 }]);
  });

  for (const [label, joiner] of [['one line', ' '], ['one article a line', '\n']] as const) {
    it(`covers a long body without gaps: ${label}`, () => {
      const text = feed(1500, joiner);
      const segs = splitSegments(text, 17);
      assert.ok(segs.length > 2);
      assert.equal(segs[0].start, 17);
      assert.equal(segs[segs.length - 1].end, text.length);
      for (let i = 1; i < segs.length; i++) assert.equal(segs[i].start, segs[i - 1].end);
      for (const s of segs.slice(0, -1)) assert.ok(s.end - s.start >= MIN_SEGMENT);
    });
  }

  it('moves no other boundary after a local edit', () => {
    const text = feed(1500, ' ');
    const before = splitSegments(text, 17);
    const at = before[1].start + 100;
    const edited = text.slice(0, at) + 'xyz' + text.slice(at);
    const after = splitSegments(edited, 17);
    assert.deepEqual(after.slice(2).map((s) => s.start - 3), before.slice(2).map((s) => s.start));
  });

  it('merges the people of all segments into one entity each', () => {
    const text = feed(1500, ' ');
    const a = analyze(text);
    assertSpansExact(text, a);
    assert.deepEqual(a.entities.filter((e) => e.kind === 'person').map((e) => e.name), ['Lina Haddad', 'Omar Said']);
    assert.equal(a.meetings.length, 1);
    assert.equal(a.quotes.length, 1500);
    assert.ok(a.quotes.every((q) => q.speakerId === 'p1'));
  });

  it('re-analyses only the edited segment and agrees with a fresh analysis', () => {
    const analyzer = createAnalyzer();
    const text = feed(1500, ' ');
    analyzer.analyze(text);
    const edited = text.replace('number 700 ', 'number seven hundred ');
    assert.deepEqual(analyzer.analyze(edited), analyze(edited));
    assert.ok(analyzer.cached.segments > 2);
  });

  it('re-tags only the edited sentence, even after a call that changed nothing', () => {
    const analyzer = createAnalyzer();
    const text = feed(1500, ' ');
    analyzer.analyze(text);
    const kept = analyzer.cached;
    assert.ok(kept.sentences >= 3000 && kept.segments > 2, JSON.stringify(kept));
    analyzer.analyze(text);
    assert.deepEqual(analyzer.redone, { sentences: 0, segments: 0 });
    assert.deepEqual(analyzer.cached, kept, 'segments taken whole from the cache keep their sentences');
    const edited = text.replace('number 700 ', 'number seven hundred ');
    assert.deepEqual(analyzer.analyze(edited), analyze(edited));
    assert.equal(analyzer.redone.sentences, 1);
    assert.ok(analyzer.redone.segments >= 1 && analyzer.redone.segments <= 2, JSON.stringify(analyzer.redone));
  });
});
