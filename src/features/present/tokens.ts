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
  const inCue = cueIndex(analysis);

  const names: TokenSpan[] = [];
  for (const m of analysis.mentions) {
    const kind = kindOf.get(m.entityId);
    if (!kind || !(kind === 'person' ? options.people : options.organizations)) continue;
    const modifiers: TokenModifier[] = [];
    if (firstOf.has(m)) modifiers.push('firstMention');
    if (inCue(m.entityId, m)) modifiers.push('speaker');
    names.push({ start: m.start, end: m.end, type: kind, modifiers });
  }
  // layers, innermost first: a name keeps its colour inside a title ("Chief of
  // the Turkish General Staff"), and both inside a quote
  // (no push(...list): a 10 MB file has more tokens than a call may take arguments)
  let out = disjoint(names);
  if (options.ranks) {
    const ranks = analysis.titles.flatMap((t) => cutAround(t, out).map((s) => ({ ...s, type: 'rank' as const, modifiers: [] })));
    out = out.concat(disjoint(ranks));
  }
  if (options.quotes) {
    const covered = disjoint(out);
    out = out.concat(analysis.quotes.flatMap((q) => cutAround(q.outer, covered).map((s) => ({ ...s, type: 'quote' as const, modifiers: [] }))));
  }
  return out.filter((t) => t.end > t.start).sort((a, b) => a.start - b.start);
}

/**
 * Whether a mention of `entityId` lies inside a cue ("…, Okafor said") of a
 * quote that entity spoke. Cues are indexed per speaker, sorted by start with
 * the running maximum of their ends, so each question is a binary search:
 * scanning every cue for every mention took minutes on a 10 MB wire feed.
 */
function cueIndex(analysis: ArticleAnalysis): (entityId: string, m: Span) => boolean {
  const bySpeaker = new Map<string, { starts: number[]; maxEnds: number[] }>();
  const cues = analysis.quotes.filter((q) => q.cue && q.speakerId).map((q) => ({ ...q.cue!, speakerId: q.speakerId! }));
  for (const c of cues.sort((a, b) => a.start - b.start)) {
    let list = bySpeaker.get(c.speakerId);
    if (!list) bySpeaker.set(c.speakerId, (list = { starts: [], maxEnds: [] }));
    list.maxEnds.push(Math.max(c.end, list.maxEnds[list.maxEnds.length - 1] ?? -Infinity));
    list.starts.push(c.start);
  }
  return (entityId, m) => {
    const list = bySpeaker.get(entityId);
    if (!list) return false;
    // the last cue starting at or before the mention; any cue before it that reaches past the mention's end contains it
    const i = lastAtOrBefore(list.starts, m.start);
    return i >= 0 && list.maxEnds[i] >= m.end;
  };
}

/** The index of the last value <= `x` in the ascending `values`, -1 when none. */
function lastAtOrBefore(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
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

/** The parts of `outer` not covered by any of the sorted, disjoint `holes` (so their ends are sorted too). */
function cutAround(outer: Span, holes: Span[]): Span[] {
  const parts: Span[] = [];
  let from = outer.start;
  // start at the first hole ending after `outer` starts: the holes before it cannot touch it
  let lo = 0;
  let hi = holes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holes[mid].end <= outer.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < holes.length && holes[i].start < outer.end; i++) {
    const h = holes[i];
    if (h.end <= from) continue;
    if (h.start > from) parts.push({ start: from, end: h.start });
    from = Math.max(from, h.end);
  }
  if (from < outer.end) parts.push({ start: from, end: outer.end });
  return parts;
}
