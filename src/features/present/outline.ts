import type { ArticleAnalysis, Span } from '../../core/model';
import { firstWords } from './text';

export type OutlineKind = 'group' | 'person' | 'organization' | 'meeting' | 'quote';

/** One outline entry over UTF-16 offsets; `range` always contains `selection`. */
export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  range: Span;
  selection: Span;
  children: OutlineNode[];
}

/** One top-level group of the outline, its children made one at a time (a 10 MB wire feed has tens of thousands). */
export interface OutlineGroup {
  name: string;
  size: number;
  child(i: number): OutlineNode;
}

/**
 * The outline of an article: groups People, Organisations, Meetings ("A ↔ B")
 * and Quotes ("Speaker: first words…"), each present only when not empty.
 * An entity's node spans its first full mention, a meeting its sentence (the
 * verb selected), a quote its marks.
 */
export function outlineOf(analysis: ArticleAnalysis): OutlineNode[] {
  return outlineGroups(analysis).map((g) => groupNode(g, Array.from({ length: g.size }, (_, i) => g.child(i))));
}

/** The groups of `outlineOf`, with their children still to be made (so a caller can make them a slice at a time). */
export function outlineGroups(analysis: ArticleAnalysis): OutlineGroup[] {
  // a map, not a find per quote: a wire feed has tens of thousands of quotes
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id ? names.get(id) ?? id : 'Unattributed');
  const entity = (kind: 'person' | 'organization'): (() => OutlineNode)[] =>
    analysis.entities
      .filter((e) => e.kind === kind && e.mentions.length > 0)
      .map((e) => () => {
        const first = e.mentions.find((m) => m.form === 'full') ?? e.mentions[0];
        const span = { start: first.start, end: first.end };
        const detail = [e.role?.value, e.affiliation?.value].filter(Boolean).join(', ');
        return { name: e.name, detail, kind, range: span, selection: span, children: [] };
      });
  const people = entity('person');
  const orgs = entity('organization');
  const { meetings, quotes } = analysis;
  const groups: OutlineGroup[] = [
    { name: 'People', size: people.length, child: (i) => people[i]() },
    { name: 'Organisations', size: orgs.length, child: (i) => orgs[i]() },
    {
      name: 'Meetings',
      size: meetings.length,
      child: (i) => {
        const m = meetings[i];
        return { name: `${name(m.a)} ↔ ${name(m.b)}`, detail: m.verb, kind: 'meeting', range: cover([m.sentence, m.verbSpan]), selection: m.verbSpan, children: [] };
      },
    },
    {
      name: 'Quotes',
      size: quotes.length,
      child: (i) => {
        const q = quotes[i];
        return { name: `${name(q.speakerId)}: ${firstWords(q.text, 6)}`, detail: '', kind: 'quote', range: q.outer, selection: q.outer, children: [] };
      },
    },
  ];
  return groups.filter((g) => g.size > 0);
}

/** A group's own node over its (non-empty) children. */
export function groupNode(group: OutlineGroup, children: OutlineNode[]): OutlineNode {
  const range = cover(children.map((c) => c.range));
  return { name: group.name, detail: `${children.length}`, kind: 'group', range, selection: children[0].selection, children };
}

/** The smallest span holding all of `spans` (non-empty list). */
function cover(spans: Span[]): Span {
  // a loop, not Math.min(...list): a call takes only so many arguments
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}
