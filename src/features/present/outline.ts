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

/**
 * The outline of an article: groups People, Organisations, Meetings ("A ↔ B")
 * and Quotes ("Speaker: first words…"), each present only when not empty.
 * An entity's node spans its first full mention, a meeting its sentence (the
 * verb selected), a quote its marks.
 */
export function outlineOf(analysis: ArticleAnalysis): OutlineNode[] {
  // a map, not a find per quote: a wire feed has tens of thousands of quotes
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id ? names.get(id) ?? id : 'Unattributed');
  const entity = (kind: 'person' | 'organization'): OutlineNode[] =>
    analysis.entities
      .filter((e) => e.kind === kind && e.mentions.length > 0)
      .map((e) => {
        const first = e.mentions.find((m) => m.form === 'full') ?? e.mentions[0];
        const span = { start: first.start, end: first.end };
        const detail = [e.role?.value, e.affiliation?.value].filter(Boolean).join(', ');
        return { name: e.name, detail, kind, range: span, selection: span, children: [] };
      });

  const groups: [string, OutlineNode[]][] = [
    ['People', entity('person')],
    ['Organisations', entity('organization')],
    [
      'Meetings',
      analysis.meetings.map((m) => ({
        name: `${name(m.a)} ↔ ${name(m.b)}`,
        detail: m.verb,
        kind: 'meeting' as const,
        range: cover([m.sentence, m.verbSpan]),
        selection: m.verbSpan,
        children: [],
      })),
    ],
    [
      'Quotes',
      analysis.quotes.map((q) => ({
        name: `${name(q.speakerId)}: ${firstWords(q.text, 6)}`,
        detail: '',
        kind: 'quote' as const,
        range: q.outer,
        selection: q.outer,
        children: [],
      })),
    ],
  ];
  return groups
    .filter(([, children]) => children.length > 0)
    .map(([label, children]) => {
      const range = cover(children.map((c) => c.range));
      return { name: label, detail: `${children.length}`, kind: 'group' as const, range, selection: children[0].selection, children };
    });
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
