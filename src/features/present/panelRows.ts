import type { ArticleAnalysis, Span } from '../../core/model';
import { firstWords } from './text';

/** One row of a News Lens panel: what it shows and the span a click selects. */
export interface PanelRow {
  /** Stable within one analysis, so the tree keeps its expansion state across refreshes. */
  id: string;
  label: string;
  description: string;
  tooltip: string;
  /** What the row stands for, so the tree can pick an icon. */
  kind: 'meeting' | 'person' | 'organization' | 'unattributed' | 'quote';
  /** What a click selects; undefined for a group row. */
  span?: Span;
  children: PanelRow[];
}

/**
 * "Who met whom": one row per meeting, "A ↔ B" with the verb as written;
 * a click selects the meeting's sentence. Empty when the article has none.
 */
export function meetingRows(analysis: ArticleAnalysis, text: string): PanelRow[] {
  const name = nameOf(analysis);
  return analysis.meetings.map((m, i) => ({
    id: `meeting:${i}:${m.a}:${m.b}`,
    label: `${name(m.a)} ↔ ${name(m.b)}`,
    description: m.verb,
    tooltip: text.slice(m.sentence.start, m.sentence.end),
    kind: 'meeting' as const,
    span: m.sentence,
    children: [],
  }));
}

/**
 * "Who said what": one group per speaker in order of their first quote
 * (quotes with no named speaker last, under "Unattributed"), each quote a
 * child row showing its first words; a click selects the quote with its marks.
 */
export function quoteRows(analysis: ArticleAnalysis): PanelRow[] {
  const name = nameOf(analysis);
  const kinds = new Map(analysis.entities.map((e) => [e.id, e.kind]));
  const groups = new Map<string, PanelRow>();
  const sorted = [...analysis.quotes].sort((a, b) => Number(a.speakerId === null) - Number(b.speakerId === null));
  for (const q of sorted) {
    const key = q.speakerId ?? '';
    let group = groups.get(key);
    if (!group) {
      const kind = (q.speakerId && kinds.get(q.speakerId)) || 'unattributed';
      group = { id: `speaker:${key}`, label: q.speakerId ? name(q.speakerId) : 'Unattributed', description: '', tooltip: '', kind, children: [] };
      groups.set(key, group);
    }
    group.children.push({
      id: `quote:${q.outer.start}`,
      label: `“${firstWords(q.text, 8)}”`,
      description: '',
      tooltip: q.text,
      kind: 'quote',
      span: q.outer,
      children: [],
    });
  }
  for (const g of groups.values()) {
    const n = g.children.length;
    g.description = n === 1 ? '1 quote' : `${n} quotes`;
  }
  return [...groups.values()];
}

function nameOf(analysis: ArticleAnalysis): (id: string) => string {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return (id) => names.get(id) ?? id;
}
