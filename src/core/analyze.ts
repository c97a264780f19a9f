import { assignAttributes } from './attributes';
import { buildDoc, type TagCache } from './document';
import { collectMentions, collectTitles, groupOrganizations, groupPeople } from './entities';
import { parseHeader } from './header';
import { findMeetings } from './meetings';
import type { ArticleAnalysis, Entity } from './model';
import { mergeParts, type Part } from './merge';
import { splitSegments } from './segments';
import { findOrganizations } from './organizations';
import { orgsByNoun } from './orgNouns';
import { findUntitledPeople } from './untitled';
import { findTitledPeople } from './people';
import { isAcronym } from './vocab';
import { findQuotes } from './quotes';
import { attributeQuotes } from './speakers';
import { References } from './references';

/** Options for one analysis. */
export interface AnalyzeOptions {
  /** compromise's tags per sentence text, kept between calls by an incremental analyzer. */
  tagCache?: TagCache;
  /** Finished analyses per segment (keyed by its text), kept between calls by an incremental analyzer. */
  segmentCache?: SegmentCache;
}

/** Remembers the analysis of each segment text (offsets relative to the segment). */
export interface SegmentCache {
  get(segment: string): Part | undefined;
  set(segment: string, part: Part): void;
}

/**
 * Analyses one seed file: its header, people, organisations, titles,
 * meetings and quotes. Takes the whole file text; every span in the result is
 * a UTF-16 offset range into that same text (`text.slice(start, end)` is the
 * mention). A very long body (a feed of many articles) is read in segments
 * (see segments.ts) whose entities are then merged by name. Never throws: an
 * empty or odd text gives an analysis with empty lists and a note saying why.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const header = parseHeader(text);
  const notes: string[] = [];
  if (header.date === null) notes.push('No seed header (" date YYYY-MM-DD ") found: the whole file is read as the article.');
  if (text.includes('\u0000')) notes.push('The file contains NUL bytes: it may not be text; what reads as words is analysed.');
  if (!/\p{L}/u.test(text.slice(header.bodyStart))) {
    notes.push('The article has no words to analyse.');
    return { header, entities: [], mentions: [], titles: [], meetings: [], quotes: [], sentences: [], notes };
  }
  const parts = splitSegments(text, header.bodyStart).map((seg, k) => {
    const segment = text.slice(seg.start, seg.end);
    // only the first segment opens the article (and may have a dateline): it is cached apart
    const key = (k === 0 ? '^' : '~') + segment;
    let part = options.segmentCache?.get(key);
    if (!part) {
      part = analyzeSegment(segment, k === 0, options.tagCache);
      options.segmentCache?.set(key, part);
    }
    return { offset: seg.start, part };
  });
  return { header, ...mergeParts(parts), notes };
}

/** Analyses one segment as a text of its own: offsets are relative to `segment`. */
function analyzeSegment(segment: string, articleStart: boolean, tagCache?: TagCache): Part {
  const doc = buildDoc(segment, 0, tagCache, articleStart);
  const quotes = findQuotes(doc);
  const titled = findTitledPeople(doc);
  const people = groupPeople(doc, [...titled, ...findUntitledPeople(doc, titled)]);
  const taken = new Uint8Array(doc.tokens.length);
  for (const d of people) for (const h of d.hits) {
    for (let i = h.name.t0; i < h.name.t1; i++) taken[i] = 1;
    // a title's own acronym, "(CDS)", is no organisation
    for (const t of h.titles) if (t.t1 - t.t0 === 1 && isAcronym(doc.tokens[t.t0])) taken[t.t0] = 1;
  }
  // organisations written as part of a title ("Airbus Chief Executive") are organisations too
  const inTitles = people.flatMap((d) => d.hits.flatMap((h) => h.orgs.map((name) => ({ name, acronym: null }))));
  const orgs = groupOrganizations(doc, [...findOrganizations(doc, taken), ...orgsByNoun(doc, taken), ...inTitles]);
  const mentions = collectMentions(doc, people, orgs);
  const kept = [...people, ...orgs].filter((d) => d.entity.mentions.length > 0);
  assignAttributes(doc, kept.filter((d) => d.entity.kind === 'person'), kept.filter((d) => d.entity.kind === 'organization'));
  const titles = collectTitles(doc, kept.filter((d) => d.entity.kind === 'person'));
  const entities: Entity[] = kept.map((d) => d.entity);
  // one reading of who is named where, shared by speakers and meetings
  const refs = new References(doc, entities, mentions, quotes.map((q) => q.outer), titles);
  attributeQuotes(doc, quotes, refs);
  const meetings = findMeetings(doc, refs);
  return { entities, mentions, titles, meetings, quotes, sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })) };
}
