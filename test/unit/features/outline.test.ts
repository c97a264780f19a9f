import * as assert from 'node:assert';
import type { OutlineNode } from '../../../src/features/present/outline';
import { OUTLINE_GROUP_LIMIT, outlineOf } from '../../../src/features/present/outline';
import { fixture, TEXT } from './fixture';

describe('outline', () => {
  it('groups People, Organisations, Meetings and Quotes', () => {
    const groups = outlineOf(fixture());
    assert.deepStrictEqual(groups.map((g) => g.name), ['People', 'Organisations', 'Meetings', 'Quotes']);
    const [people, orgs, meetings, quotes] = groups;
    assert.deepStrictEqual(people.children.map((c) => c.name), ['Amara Okafor', 'Tomas Lindqvist']);
    assert.strictEqual(people.children[0].detail, 'Defence Minister');
    assert.deepStrictEqual(orgs.children.map((c) => c.name), ['Baltic Maritime Agency']);
    assert.deepStrictEqual(meetings.children.map((c) => c.name), ['Amara Okafor ↔ Tomas Lindqvist', 'Tomas Lindqvist ↔ Baltic Maritime Agency']);
    assert.deepStrictEqual(quotes.children.map((c) => c.name), [
      'Amara Okafor: We agreed to deepen training ties',
      'Baltic Maritime Agency: The region needs calm',
      'Unattributed: Nothing was signed',
    ]);
  });

  it('an entity node selects its first full mention', () => {
    const [people] = outlineOf(fixture());
    const s = people.children[1].selection;
    assert.strictEqual(TEXT.slice(s.start, s.end), 'Tomas Lindqvist');
  });

  it('every range holds its selection and its children', () => {
    const check = (n: OutlineNode) => {
      assert.ok(n.range.start <= n.selection.start && n.selection.end <= n.range.end, `${n.name}: selection outside range`);
      for (const c of n.children) {
        assert.ok(n.range.start <= c.range.start && c.range.end <= n.range.end, `${c.name} outside ${n.name}`);
        check(c);
      }
    };
    outlineOf(fixture()).forEach(check);
  });

  it('a group over the limit lists the first entries, then one that leads to the rest', () => {
    const a = fixture();
    const q = a.quotes[0];
    const many = Array.from({ length: OUTLINE_GROUP_LIMIT + 5 }, (_, i) => ({ ...q, outer: { start: q.outer.start + i, end: q.outer.end + i } }));
    const quotes = outlineOf({ ...a, quotes: many }).find((g) => g.name === 'Quotes')!;
    assert.strictEqual(quotes.detail, String(OUTLINE_GROUP_LIMIT + 5));
    assert.strictEqual(quotes.children.length, OUTLINE_GROUP_LIMIT + 1);
    assert.deepStrictEqual(quotes.children[OUTLINE_GROUP_LIMIT - 1].selection, many[OUTLINE_GROUP_LIMIT - 1].outer);
    const last = quotes.children[OUTLINE_GROUP_LIMIT];
    assert.strictEqual(last.name, '… 5 more quotes');
    assert.deepStrictEqual(last.selection, many[OUTLINE_GROUP_LIMIT].outer);
    const exact = outlineOf({ ...a, quotes: many.slice(0, OUTLINE_GROUP_LIMIT) }).find((g) => g.name === 'Quotes')!;
    assert.strictEqual(exact.children.length, OUTLINE_GROUP_LIMIT, 'at the limit nothing is left out');
  });

  it('empty groups are left out', () => {
    const a = fixture();
    assert.deepStrictEqual(outlineOf({ ...a, meetings: [], quotes: [] }).map((g) => g.name), ['People', 'Organisations']);
    assert.deepStrictEqual(outlineOf({ ...a, entities: [], meetings: [], quotes: [] }), []);
  });
});
