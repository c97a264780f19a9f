import type { ArticleAnalysis, Entity, Mention, Quote, Title } from './model';

/** What sits at an offset: the innermost annotated thing there. */
export type Hit =
  | { kind: 'mention'; mention: Mention; entity: Entity }
  | { kind: 'title'; title: Title; entity: Entity | null }
  | { kind: 'quote'; quote: Quote; speaker: Entity | null };

interface Slot {
  start: number;
  end: number;
  hit: Hit;
}

/**
 * An index over an analysis for "what is at this offset" (hover, definition,
 * references). Built once per analysis in O(n log n); each lookup is a binary
 * search, O(log n). Mentions and titles win over the quote around them.
 */
export class SpanIndex {
  private readonly points: Slot[];
  private readonly quotes: Slot[];
  private readonly byId: Map<string, Entity>;

  constructor(readonly analysis: ArticleAnalysis) {
    this.byId = new Map(analysis.entities.map((e) => [e.id, e]));
    const points: Slot[] = [];
    for (const m of analysis.mentions) {
      const entity = this.byId.get(m.entityId);
      if (entity) points.push({ start: m.start, end: m.end, hit: { kind: 'mention', mention: m, entity } });
    }
    for (const t of analysis.titles) {
      points.push({ start: t.start, end: t.end, hit: { kind: 'title', title: t, entity: t.entityId ? this.byId.get(t.entityId) ?? null : null } });
    }
    this.points = sortDisjoint(points);
    this.quotes = analysis.quotes.map((q) => ({
      start: q.outer.start,
      end: q.outer.end,
      hit: { kind: 'quote', quote: q, speaker: q.speakerId ? this.byId.get(q.speakerId) ?? null : null },
    }));
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
    return find(this.points, offset)?.hit ?? find(this.quotes, offset)?.hit;
  }
}

/** Sorted by start; where spans overlap the earlier-starting, then longer one is kept. */
function sortDisjoint(slots: Slot[]): Slot[] {
  slots.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Slot[] = [];
  for (const s of slots) {
    const last = out[out.length - 1];
    if (!last || s.start >= last.end) out.push(s);
  }
  return out;
}

/** Binary search over disjoint slots sorted by start. */
function find(slots: Slot[], offset: number): Slot | undefined {
  let lo = 0;
  let hi = slots.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = slots[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
