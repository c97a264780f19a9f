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
  /** How many children the outline shows: at most OUTLINE_GROUP_LIMIT, and one more that says how many are left out. */
  size: number;
  /** How many items the group has in the analysis. */
  total: number;
  child(i: number): OutlineNode;
}

/**
 * Entries shown per outline group. VS Code sends the whole outline to the
 * window in one message, made on the extension host's thread in one go: for
 * the 48,000 entries of a 10 MB wire feed that took 250–290 ms, with the
 * editor frozen. Past the limit a last entry tells how many are left out and
 * leads to the first of them; the side bar lists every meeting and quote.
 */
export const OUTLINE_GROUP_LIMIT = 1000;

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
    capped('People', 'people', people.length, (i) => people[i]()),
    capped('Organisations', 'organisations', orgs.length, (i) => orgs[i]()),
    capped('Meetings', 'meetings', meetings.length, (i) => {
      const m = meetings[i];
      return { name: `${name(m.a)} ↔ ${name(m.b)}`, detail: m.verb, kind: 'meeting', range: cover([m.sentence, m.verbSpan]), selection: m.verbSpan, children: [] };
    }),
    capped('Quotes', 'quotes', quotes.length, (i) => {
      const q = quotes[i];
      return { name: `${name(q.speakerId)}: ${firstWords(q.text, 6)}`, detail: '', kind: 'quote', range: q.outer, selection: q.outer, children: [] };
    }),
  ];
  return groups.filter((g) => g.size > 0);
}

/** A group of `total` items showing at most OUTLINE_GROUP_LIMIT, then one entry for the rest. */
function capped(name: string, noun: string, total: number, item: (i: number) => OutlineNode): OutlineGroup {
  if (total <= OUTLINE_GROUP_LIMIT) return { name, size: total, total, child: item };
  const rest = total - OUTLINE_GROUP_LIMIT;
  const more = (): OutlineNode => {
    const next = item(OUTLINE_GROUP_LIMIT);
    const detail = noun === 'meetings' || noun === 'quotes' ? 'all are in the News Lens side bar' : `the first ${OUTLINE_GROUP_LIMIT.toLocaleString('en')} are listed`;
    return { name: `… ${rest.toLocaleString('en')} more ${noun}`, detail, kind: 'group', range: next.range, selection: next.selection, children: [] };
  };
  return { name, size: OUTLINE_GROUP_LIMIT + 1, total, child: (i) => (i < OUTLINE_GROUP_LIMIT ? item(i) : more()) };
}

/** A group's own node over its (non-empty) children; its detail is the group's whole count. */
export function groupNode(group: OutlineGroup, children: OutlineNode[]): OutlineNode {
  const range = cover(children.map((c) => c.range));
  return { name: group.name, detail: `${group.total}`, kind: 'group', range, selection: children[0].selection, children };
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
