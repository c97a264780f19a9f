import { tagSentence, type TermTags } from './nlp';
import { tokenize, type Token } from './tokens';

/** A sentence: its span in the text and its token range `[t0, t1)`. */
export interface Sentence {
  start: number;
  end: number;
  t0: number;
  t1: number;
}

/** The tokenised, tagged body of an article. */
export interface Doc {
  text: string;
  bodyStart: number;
  /** The text opens an article (its first segment), so it may open with a dateline. */
  articleStart: boolean;
  tokens: Token[];
  sentences: Sentence[];
}

/** Remembers compromise's tags per sentence text, so unchanged sentences are not tagged again. */
export interface TagCache {
  get(sentence: string): TermTags | undefined;
  set(sentence: string, tags: TermTags): void;
}

const SENTENCE_END = new Set(['.', '!', '?']);
/** Longest stretch tagged in one call; a longer "sentence" (no full stops) is tagged in pieces. */
const MAX_TAG_CHUNK = 2000;

/**
 * Tokenises `text[bodyStart…]`, splits it into sentences and tags every token
 * with compromise's tags (as bits). `cache` carries tags between calls.
 */
export function buildDoc(text: string, bodyStart: number, cache?: TagCache, articleStart = true): Doc {
  const tokens = tokenize(text, bodyStart);
  const sentences = splitSentences(tokens);
  for (const s of sentences) tagTokens(text, tokens, s, cache);
  return { text, bodyStart, articleStart, tokens, sentences };
}

/**
 * Sentence boundaries: after ".", "!" or "?" (and any closing quotation marks
 * written right after it) when the next token starts a new sentence: an
 * upper-case word, a number, or an opening mark. Abbreviations keep their
 * period inside the word token, so "Lt. Gen. Nowicki" never splits.
 */
function splitSentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let t0 = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!(t.kind === 'punct' && SENTENCE_END.has(t.text))) continue;
    let j = i + 1;
    // closing marks glued to the period belong to this sentence
    while (j < tokens.length && tokens[j].kind === 'quote' && tokens[j].start === tokens[j - 1].end) j++;
    const next = tokens[j];
    if (next && !(next.cap || next.kind === 'num' || next.kind === 'quote' || next.text === '[' || next.text === '(')) continue;
    if (next && next.start === tokens[j - 1].end && next.kind !== 'quote') continue; // "3.5", "e.g.x"
    out.push({ start: tokens[t0].start, end: tokens[j - 1].end, t0, t1: j });
    t0 = j;
    i = j - 1;
  }
  if (t0 < tokens.length) out.push({ start: tokens[t0].start, end: tokens[tokens.length - 1].end, t0, t1: tokens.length });
  return out;
}

function tagTokens(text: string, tokens: Token[], s: Sentence, cache?: TagCache): void {
  for (let c = s.t0; c < s.t1; ) {
    // split very long sentences at token boundaries so compromise never sees a huge string
    let e = c;
    while (e < s.t1 && tokens[e].end - tokens[c].start <= MAX_TAG_CHUNK) e++;
    if (e === c) e = c + 1;
    const start = tokens[c].start;
    const chunk = text.slice(start, tokens[e - 1].end);
    let terms = cache?.get(chunk);
    if (!terms) {
      terms = tagSentence(chunk);
      cache?.set(chunk, terms);
    }
    // terms are triples [start, end, tags]
    let k = 0;
    for (let i = c; i < e; i++) {
      const tok = tokens[i];
      const rs = tok.start - start;
      const re = tok.end - start;
      while (k < terms.length && terms[k + 1] <= rs) k += 3;
      for (let q = k; q < terms.length && terms[q] < re; q += 3) tok.tags |= terms[q + 2];
    }
    c = e;
  }
}
