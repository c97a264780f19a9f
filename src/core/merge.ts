import { fold } from './fold';
import type { ArticleAnalysis, Entity, Evidence, Span } from './model';

/** The analysis of one segment, offsets relative to the segment's start. */
export type Part = Omit<ArticleAnalysis, 'header' | 'notes'>;

/**
 * Joins the analyses of consecutive segments into one: shifts every offset
 * by the segment's start, merges entities of the same kind and folded name
 * (the first segment's rank, role and affiliation win), and numbers them
 * again, people first, in order of first mention. The parts are not changed:
 * they may be cached.
 */
export function mergeParts(parts: { offset: number; part: Part }[]): Part {
  const merged = new Map<string, Entity>();
  const out: Part = { entities: [], mentions: [], titles: [], meetings: [], quotes: [], sentences: [] };
  const maps: Map<string, Entity>[] = [];
  for (const { offset, part } of parts) {
    const map = new Map<string, Entity>();
    for (const e of part.entities) {
      const key = `${e.kind}:${fold(e.name)}`;
      let m = merged.get(key);
      if (!m) {
        m = { id: '', kind: e.kind, name: e.name, mentions: [], aliases: [], rank: moved(e.rank, offset), role: moved(e.role, offset), affiliation: moved(e.affiliation, offset) };
        merged.set(key, m);
      } else {
        m.rank ??= moved(e.rank, offset);
        m.role ??= moved(e.role, offset);
        m.affiliation ??= moved(e.affiliation, offset);
      }
      for (const a of e.aliases) if (!m.aliases.includes(a)) m.aliases.push(a);
      map.set(e.id, m);
    }
    maps.push(map);
    for (const x of part.mentions) {
      const m = { ...x, start: x.start + offset, end: x.end + offset, entityId: '' };
      out.mentions.push(m);
      map.get(x.entityId)?.mentions.push(m);
    }
  }
  // numbering: people first, then organisations, each in order of first mention
  const entities = [...merged.values()].filter((e) => e.mentions.length > 0);
  entities.sort((a, b) => (a.kind === b.kind ? a.mentions[0].start - b.mentions[0].start : a.kind === 'person' ? -1 : 1));
  let p = 0;
  let o = 0;
  for (const e of entities) {
    e.id = e.kind === 'person' ? `p${++p}` : `o${++o}`;
    for (const m of e.mentions) m.entityId = e.id;
  }
  out.entities = entities;
  parts.forEach(({ offset, part }, k) => {
    const id = (old: string | null) => (old === null ? null : maps[k].get(old)?.id ?? null);
    for (const t of part.titles) out.titles.push({ ...t, ...shift(t, offset), entityId: id(t.entityId) });
    for (const m of part.meetings) {
      const a = id(m.a);
      const b = id(m.b);
      if (a && b && a !== b) out.meetings.push({ ...m, a, b, verbSpan: shift(m.verbSpan, offset), sentence: shift(m.sentence, offset) });
    }
    for (const q of part.quotes) out.quotes.push({ ...q, ...shift(q, offset), outer: shift(q.outer, offset), cue: q.cue && shift(q.cue, offset), speakerId: id(q.speakerId) });
    for (const s of part.sentences) out.sentences.push(shift(s, offset));
  });
  out.meetings = uniquePairs(out.meetings);
  return out;
}

function shift(s: Span, offset: number): Span {
  return { start: s.start + offset, end: s.end + offset };
}

function moved(e: Evidence | null, offset: number): Evidence | null {
  return e && { value: e.value, span: shift(e.span, offset) };
}

/** A pair of entities met once, however many segments say so. */
function uniquePairs(meetings: Part['meetings']): Part['meetings'] {
  const seen = new Set<string>();
  return meetings.filter((m) => {
    const key = [m.a, m.b].sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
