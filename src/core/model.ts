/**
 * The data model of an analysed article. Every offset is a UTF-16 code-unit
 * offset into the whole file text, end-exclusive: `text.slice(start, end)`
 * gives back the span's text exactly.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the file text. */
export interface Span {
  start: number;
  end: number;
}

/** A value read from the text, with the span it was read from (the evidence). */
export interface Evidence {
  /** The value in normal form, e.g. "General" for "Gen", "Turkiye" for "Turkish". */
  value: string;
  /** Where the text says it. */
  span: Span;
}

export type EntityKind = 'person' | 'organization';

/** How a mention names its entity. */
export type MentionForm = 'full' | 'partial' | 'acronym';

/** One place in the text that names an entity. */
export interface Mention extends Span {
  entityId: string;
  /** The mention exactly as written (`text.slice(start, end)`), possessive "'s" excluded. */
  text: string;
  form: MentionForm;
}

/** A person or an organisation named in the article. */
export interface Entity {
  /** Stable within one analysis: "p1", "p2", … for people, "o1", … for organisations. */
  id: string;
  kind: EntityKind;
  /** The fullest name in the text, as first written, without courtesy titles or ranks. */
  name: string;
  /** Every mention, in text order. */
  mentions: Mention[];
  /** Distinct surface forms of the mentions, in order of first appearance. */
  aliases: string[];
  /** People only: military or conferred rank (General, Admiral, Sheikh, Dr.). */
  rank: Evidence | null;
  /** People only: office or job (Defence Minister, Chief of Army Staff, spokesperson). */
  role: Evidence | null;
  /** People only: country, organisation or party the text ties the person to. */
  affiliation: Evidence | null;
}

export type TitleKind = 'rank' | 'honorific' | 'office';

/** A rank, honorific or office phrase attached to a named person. */
export interface Title extends Span {
  text: string;
  kind: TitleKind;
  /** The person it qualifies, or null when none could be tied to it. */
  entityId: string | null;
}

/** Two parties the text says met, talked or called on one another. */
export interface Meeting {
  /** Entity ids (person or organisation), in text order. */
  a: string;
  b: string;
  /** The meeting verb phrase as written ("met", "held talks", "called on"). */
  verb: string;
  verbSpan: Span;
  /** The sentence that says so. */
  sentence: Span;
}

/** A direct quotation. */
export interface Quote extends Span {
  /** The words inside the marks, trimmed (`text.slice(start, end)`). */
  text: string;
  /** The quotation including its marks (the closing mark may be missing). */
  outer: Span;
  /** The speaking entity's id, or null when the text names no speaker. */
  speakerId: string | null;
  /** The words that tie the quote to its speaker ("the ISPR said", "he added"). */
  cue: Span | null;
}

/** The parsed seed header ` date YYYY-MM-DD `. */
export interface Header {
  /** ISO date `YYYY-MM-DD`, or null when the file has no (valid) header. */
  date: string | null;
  /** The span of the date, or null. */
  dateSpan: Span | null;
  /** Where the article body starts (0 without a header). */
  bodyStart: number;
}

/** Everything News Lens knows about one article. */
export interface ArticleAnalysis {
  header: Header;
  /** People first, then organisations, each in order of first mention. */
  entities: Entity[];
  /** All mentions of all entities, sorted by start offset, non-overlapping. */
  mentions: Mention[];
  /** Titles sorted by start offset. */
  titles: Title[];
  meetings: Meeting[];
  /** Quotes sorted by start offset, non-overlapping. */
  quotes: Quote[];
  /** Sentence spans over the body, in order. */
  sentences: Span[];
  /** Why the analysis is partial or empty (e.g. "no date header"), for the user. */
  notes: string[];
}
