import type { ArticleAnalysis, Entity, Mention, Quote, Span, Title } from './model';

/** What sits at an offset: the innermost annotated thing there. */
export type Hit =
  | { kind: 'mention'; mention: Mention; entity: Entity }
  | { kind: 'title'; title: Title; entity: Entity | null }
  | { kind: 'quote'; quote: Quote; speaker: Entity | null };

/**
 * An index over an analysis for "what is at this offset" (hover, definition,
 * references). Built once per analysis in O(n) (O(n log n) should the lists
 * come unsorted) into flat typed arrays, so the index of a 10 MB wire feed
 * (hundreds of thousands of mentions) costs a few megabytes and milliseconds;
 * each lookup is a binary search, O(log n). Mentions and titles win over the
 * quote around them.
 */
export class SpanIndex {
  /** Disjoint mention and title spans, sorted by start. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** What each span is: `i` for `analysis.mentions[i]`, `mentions.length + j` for `analysis.titles[j]`. */
  private readonly which: Int32Array;
  private readonly byId: Map<string, Entity>;

  constructor(readonly analysis: ArticleAnalysis) {
    this.byId = new Map(analysis.entities.map((e) => [e.id, e]));
    const { mentions, titles } = analysis;
    const m = mentions.length;
    // candidates: mentions of a known entity (by index), then titles (index m + j)
    const keys: number[] = [];
    for (let i = 0; i < m; i++) if (this.byId.has(mentions[i].entityId)) keys.push(i);
    const mentionCount = keys.length;
    for (let j = 0; j < titles.length; j++) keys.push(m + j);
    const order = sortByStart(keys, mentionCount, mentions, titles);
    // where spans overlap the earlier-starting, then longer one is kept
    const starts = new Int32Array(order.length);
    const ends = new Int32Array(order.length);
    const which = new Int32Array(order.length);
    let n = 0;
    for (const k of order) {
      const s = k < m ? mentions[k] : titles[k - m];
      if (n === 0 || s.start >= ends[n - 1]) {
        starts[n] = s.start;
        ends[n] = s.end;
        which[n++] = k;
      }
    }
    this.starts = starts.slice(0, n);
    this.ends = ends.slice(0, n);
    this.which = which.slice(0, n);
  }

  /** The entity with this id, if any. */
  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /**
   * The mention or title covering `offset` (start inclusive, end inclusive so a
   * cursor just after a word still finds it), else the quote around it, else
   * undefined.
   */
  at(offset: number): Hit | undefined {
    const { mentions, titles, quotes } = this.analysis;
    const i = find(this.starts.length, (k) => this.starts[k], (k) => this.ends[k], offset);
    if (i >= 0) {
      const k = this.which[i];
      if (k < mentions.length) {
        const mention = mentions[k];
        return { kind: 'mention', mention, entity: this.byId.get(mention.entityId)! };
      }
      const title = titles[k - mentions.length];
      return { kind: 'title', title, entity: title.entityId ? this.byId.get(title.entityId) ?? null : null };
    }
    const q = find(quotes.length, (k) => quotes[k].outer.start, (k) => quotes[k].outer.end, offset);
    if (q < 0) return undefined;
    const quote = quotes[q];
    return { kind: 'quote', quote, speaker: quote.speakerId ? this.byId.get(quote.speakerId) ?? null : null };
  }
}

/**
 * `keys` sorted by start, then longer first, ties in their given order: the
 * first `split` keys are mentions, the rest titles (`mentions.length + j`).
 * Each list comes sorted from the analysis, so merging the two runs is
 * enough; a general sort is the fallback.
 */
function sortByStart(keys: number[], split: number, mentions: Span[], titles: Span[]): number[] {
  const m = mentions.length;
  const span = (k: number): Span => (k < m ? mentions[k] : titles[k - m]);
  const before = (a: Span, b: Span) => a.start - b.start || b.end - a.end;
  for (let i = 1; i < keys.length; i++) {
    if (i !== split && before(span(keys[i - 1]), span(keys[i])) > 0) return keys.sort((a, b) => before(span(a), span(b))); // stable: ties keep their order
  }
  const out = new Array<number>(keys.length);
  let i = 0;
  let j = split;
  let o = 0;
  while (i < split && j < keys.length) out[o++] = before(titles[keys[j] - m], mentions[keys[i]]) < 0 ? keys[j++] : keys[i++];
  while (i < split) out[o++] = keys[i++];
  while (j < keys.length) out[o++] = keys[j++];
  return out;
}

/** Binary search over `n` disjoint spans sorted by start; the index of the one covering `offset` (end inclusive), or -1. */
function find(n: number, startOf: (k: number) => number, endOf: (k: number) => number, offset: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < startOf(mid)) hi = mid - 1;
    else if (offset > endOf(mid)) lo = mid + 1;
    else return mid;
  }
  return -1;
}
