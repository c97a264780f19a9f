import type { ArticleAnalysis, Entity } from './model';

/** The corpus's annotation format (see shared/corpus/README.md), with the spans added. */
export interface GoldFormat {
  date: string | null;
  people: { name: string; mentions: string[]; rank: string | null; role: string | null; affiliation: string | null; spans: [number, number][] }[];
  organizations: { name: string; mentions: string[]; spans: [number, number][] }[];
  titles: string[];
  meetings: { a: string; b: string; verb: string; span: [number, number] }[];
  quotes: { speaker: string | null; text: string; span: [number, number] }[];
  notes: string[];
}

/**
 * Converts an analysis to the corpus's annotation format: names as written,
 * distinct title phrases, meetings and quote speakers by name. Spans are
 * `[start, end)` UTF-16 offsets into the file text.
 */
export function toGoldFormat(a: ArticleAnalysis): GoldFormat {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const name = (id: string | null) => (id ? byId.get(id)?.name ?? null : null);
  const spans = (e: Entity) => e.mentions.map((m) => [m.start, m.end] as [number, number]);
  return {
    date: a.header.date,
    people: a.entities.filter((e) => e.kind === 'person').map((e) => ({
      name: e.name,
      mentions: e.aliases,
      rank: e.rank?.value ?? null,
      role: e.role?.value ?? null,
      affiliation: e.affiliation?.value ?? null,
      spans: spans(e),
    })),
    organizations: a.entities.filter((e) => e.kind === 'organization').map((e) => ({ name: e.name, mentions: e.aliases, spans: spans(e) })),
    titles: [...new Set(a.titles.map((t) => t.text))],
    meetings: a.meetings.map((m) => ({ a: name(m.a) ?? m.a, b: name(m.b) ?? m.b, verb: m.verb, span: [m.sentence.start, m.sentence.end] })),
    quotes: a.quotes.map((q) => ({ speaker: name(q.speakerId), text: q.text, span: [q.start, q.end] })),
    notes: a.notes,
  };
}
