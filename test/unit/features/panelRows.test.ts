import * as assert from 'node:assert';
import { meetingRows, quoteRows } from '../../../src/features/present/panelRows';
import { at, fixture, TEXT } from './fixture';

describe('panel rows', () => {
  it('who met whom: one row per meeting, selecting its sentence', () => {
    const rows = meetingRows(fixture(), TEXT);
    assert.deepStrictEqual(rows.map((r) => [r.label, r.description]), [
      ['Amara Okafor ↔ Tomas Lindqvist', 'met'],
      ['Tomas Lindqvist ↔ Baltic Maritime Agency', 'held talks'],
    ]);
    assert.deepStrictEqual(rows[1].span, at('Lindqvist also held talks with the Baltic Maritime Agency (BMA).'));
    assert.strictEqual(rows[1].tooltip, 'Lindqvist also held talks with the Baltic Maritime Agency (BMA).');
  });

  it('who said what: quotes grouped by speaker, unattributed last', () => {
    const groups = quoteRows(fixture());
    assert.deepStrictEqual(groups.map((g) => [g.label, g.description]), [
      ['Amara Okafor', '1 quote'],
      ['Baltic Maritime Agency', '1 quote'],
      ['Unattributed', '1 quote'],
    ]);
    assert.strictEqual(groups[0].span, undefined);
    assert.deepStrictEqual(groups.map((g) => g.kind), ['person', 'organization', 'unattributed']);
    assert.strictEqual(groups[0].children[0].label, '“We agreed to deepen training ties”');
    assert.deepStrictEqual(groups[0].children[0].span, at('"We agreed to deepen training ties,"'));
  });

  it('row ids are unique', () => {
    const ids = [...meetingRows(fixture(), TEXT), ...quoteRows(fixture()).flatMap((g) => [g, ...g.children])].map((r) => r.id);
    assert.strictEqual(new Set(ids).size, ids.length);
  });

  it('two quotes by one speaker share a group', () => {
    const a = fixture();
    a.quotes[2].speakerId = 'p1';
    const groups = quoteRows(a);
    assert.deepStrictEqual(groups.map((g) => [g.label, g.description]), [
      ['Amara Okafor', '2 quotes'],
      ['Baltic Maritime Agency', '1 quote'],
    ]);
  });
});
