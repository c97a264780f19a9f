import type { ArticleAnalysis, Span } from '../../core/model';

/** Mentions per window: a millisecond or two of token building each. */
export const WINDOW_ITEMS = 1000;

/**
 * Cuts an analysis into consecutive windows of about `size` mentions, so the
 * semantic tokens of a very large file can be built a window at a time,
 * yielding to the extension host in between. A boundary never falls inside
 * a quote or a title, so the tokens of the windows, joined, are the tokens of
 * the whole. Entities and their first mentions are shared, not copied. A
 * small analysis is one window: itself. Each window is cut only when asked for.
 */
export function* windows(analysis: ArticleAnalysis, size = WINDOW_ITEMS): Generator<ArticleAnalysis> {
  if (analysis.mentions.length <= size) {
    yield analysis;
    return;
  }
  // a quote reaches over its cue ("…," Haddad said), whose name is coloured as the speaker
  const quotes = analysis.quotes.map((q) => ({ start: Math.min(q.outer.start, q.cue?.start ?? Infinity), end: Math.max(q.outer.end, q.cue?.end ?? -Infinity) }));
  const cursor = { mentions: 0, titles: 0, quotes: 0 };
  const take = <T extends Span>(list: T[], key: keyof typeof cursor, startOf: (x: T) => number, to: number) => {
    const part: T[] = [];
    while (cursor[key] < list.length && startOf(list[cursor[key]]) < to) part.push(list[cursor[key]++]);
    return part;
  };
  const window = (to: number): ArticleAnalysis => ({
    ...analysis,
    mentions: take(analysis.mentions, 'mentions', (m) => m.start, to),
    titles: take(analysis.titles, 'titles', (t) => t.start, to),
    quotes: take(analysis.quotes, 'quotes', (q) => q.outer.start, to),
  });
  let last = -1;
  for (let k = size; k < analysis.mentions.length; k += size) {
    let cut = analysis.mentions[k].start;
    // move the cut past any quote (with its cue) or title around it, until nothing spans it
    for (let past = Math.max(endOfCovering(quotes, cut), endOfCovering(analysis.titles, cut)); past > cut; past = Math.max(endOfCovering(quotes, cut), endOfCovering(analysis.titles, cut))) cut = past;
    if (cut > last) {
      last = cut;
      yield window(cut);
    }
  }
  yield window(Infinity);
}

/** The furthest end of the spans (sorted by start) that start before `offset` and reach past it, or -1. */
function endOfCovering(spans: Span[], offset: number): number {
  let end = -1;
  const last = lastBefore(spans, offset);
  for (let i = last; i >= 0 && i >= last - 8; i--) if (spans[i].end > offset) end = Math.max(end, spans[i].end);
  return end;
}

/** The index of the last span starting before `offset`, -1 when none. */
function lastBefore(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
