import type { ArticleAnalysis, Span } from '../../core/model';
import type { TokenModifier, TokenType } from '../../constants';

/** Which categories the user wants coloured (the `newsLens.highlight.*` settings). */
export interface HighlightOptions {
  people: boolean;
  ranks: boolean;
  organizations: boolean;
  quotes: boolean;
}

export const ALL_HIGHLIGHTS: HighlightOptions = { people: true, ranks: true, organizations: true, quotes: true };

/** One semantic token over a UTF-16 offset range of the whole text. */
export interface TokenSpan extends Span {
  type: TokenType;
  modifiers: TokenModifier[];
}

/**
 * The semantic tokens of an analysis, sorted by start and never overlapping
 * (VS Code drops overlapping tokens). Names win over titles, and both over
 * quotes: an outer span is cut around what lies inside it, so every part keeps
 * its own colour.
 * Empty spans are left out.
 */
export function tokenSpans(analysis: ArticleAnalysis, options: HighlightOptions = ALL_HIGHLIGHTS): TokenSpan[] {
  const kindOf = new Map(analysis.entities.map((e) => [e.id, e.kind]));
  const firstOf = new Set(analysis.entities.map((e) => e.mentions[0]).filter(Boolean));
  const cues = analysis.quotes.filter((q) => q.cue && q.speakerId).map((q) => ({ ...q.cue!, speakerId: q.speakerId! }));

  const names: TokenSpan[] = [];
  for (const m of analysis.mentions) {
    const kind = kindOf.get(m.entityId);
    if (!kind || !(kind === 'person' ? options.people : options.organizations)) continue;
    const modifiers: TokenModifier[] = [];
    if (firstOf.has(m)) modifiers.push('firstMention');
    if (cues.some((c) => c.speakerId === m.entityId && c.start <= m.start && m.end <= c.end)) modifiers.push('speaker');
    names.push({ start: m.start, end: m.end, type: kind, modifiers });
  }
  // layers, innermost first: a name keeps its colour inside a title ("Chief of
  // the Turkish General Staff"), and both inside a quote
  const out = disjoint(names);
  if (options.ranks) {
    const ranks = analysis.titles.flatMap((t) => cutAround(t, out).map((s) => ({ ...s, type: 'rank' as const, modifiers: [] })));
    out.push(...disjoint(ranks));
  }
  if (options.quotes) {
    const covered = disjoint(out);
    for (const q of analysis.quotes) out.push(...cutAround(q.outer, covered).map((s) => ({ ...s, type: 'quote' as const, modifiers: [] })));
  }
  return out.filter((t) => t.end > t.start).sort((a, b) => a.start - b.start);
}

/** Sorted by start; where two overlap, the earlier (then longer) one wins. */
function disjoint(spans: TokenSpan[]): TokenSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TokenSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (!last || s.start >= last.end) out.push(s);
  }
  return out;
}

/** The parts of `outer` not covered by any of the sorted, disjoint `holes`. */
function cutAround(outer: Span, holes: Span[]): Span[] {
  const parts: Span[] = [];
  let from = outer.start;
  for (const h of holes) {
    if (h.end <= from || h.start >= outer.end) continue;
    if (h.start > from) parts.push({ start: from, end: h.start });
    from = Math.max(from, h.end);
  }
  if (from < outer.end) parts.push({ start: from, end: outer.end });
  return parts;
}
