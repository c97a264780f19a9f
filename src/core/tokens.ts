import { ABBREVIATIONS } from './lexicon/words';

/** A token of the article text. Offsets are UTF-16 offsets into the whole text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Starts with an upper-case letter (or is an upper-case acronym). */
  cap: boolean;
  /** Tag bits from the NLP adapter (see tags.ts); 0 until tagged. */
  tags: number;
}

/** word: letters/digits; poss: a possessive 's (or the ' of "Farmers' Union"); quote: a quotation mark (incl. ''); punct: any other mark. */
export type TokenKind = 'word' | 'num' | 'poss' | 'quote' | 'punct';

// One alternative per kind; order matters. Letters include combining marks so
// "Bayraktaroğlu" written with a combining breve stays one word.
const TOKEN = new RegExp(
  [
    "(''|’’|‘‘|``|[\"“”„‟«»‹›])", // 1: double quotation marks, incl. two apostrophes
    "([‘’'`‚‛])", // 2: single quotation marks / apostrophes
    '(\\p{L}[\\p{M}]*(?:\\.\\p{L}[\\p{M}]*)+\\.?)', // 3: dotted abbreviations: U.S., H.E., U.S
    '([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-‐\u2011][\\p{L}\\p{M}\\p{N}]+)*(?:[\'’][\\p{L}\\p{M}]+)*)', // 4: words
    '(\\S)', // 5: anything else, one code point
  ].join('|'),
  'gu',
);

/**
 * Splits `text[from, to)` into tokens with exact offsets. Possessive "'s" is a
 * token of its own so that a name never includes it; a period after a known
 * abbreviation or a single capital initial ("C.") belongs to the word.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  // whether a single quotation mark has opened and not yet closed (the rule of quotes.ts)
  let singleOpen = false;
  while ((m = TOKEN.exec(slice)) !== null) {
    const start = from + m.index;
    const raw = m[0];
    if (m[2] !== undefined) {
      const prev = out[out.length - 1];
      const attached = prev !== undefined && prev.end === start && prev.kind === 'word';
      if (!singleOpen && attached && isPluralPossessive(text, start, raw, prev)) {
        out.push(make(start, start + 1, raw, 'poss'));
        continue;
      }
      if (!attached && /[\p{L}\p{N}]/u.test(text[start + 1] ?? '')) singleOpen = true;
      else if (attached) singleOpen = false;
    }
    if (m[1] !== undefined || m[2] !== undefined) {
      out.push(make(start, start + raw.length, raw, 'quote'));
      continue;
    }
    if (m[3] !== undefined) {
      out.push(make(start, start + raw.length, raw, 'word'));
      continue;
    }
    if (m[4] !== undefined) {
      let word = raw;
      const poss = /['’]s$/u.exec(word);
      let possToken: Token | null = null;
      if (poss && word.length > 2) {
        word = word.slice(0, -2);
        possToken = make(start + word.length, start + raw.length, raw.slice(-2), 'poss');
      }
      // A period that belongs to the word: "Dr.", "Gen.", an initial "C.".
      let end = start + word.length;
      if (!possToken && text[end] === '.' && (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.split(/[-‐\u2011]/).pop()!) || /^\p{Lu}$/u.test(word))) {
        end += 1;
        TOKEN.lastIndex += 1;
      }
      const kind = /^\p{N}/u.test(word) ? 'num' : 'word';
      out.push(make(start, end, text.slice(start, end), kind));
      if (possToken) out.push(possToken);
      continue;
    }
    if (/\s/u.test(raw)) continue;
    out.push(make(start, start + raw.length, raw, 'punct'));
  }
  return out;
}

/**
 * "the Farmers' Union", "the Philippines' envoy": an apostrophe straight
 * after a word ending in s, then one space and a word, is a possessive when
 * no single quotation is open (then it would close it).
 */
function isPluralPossessive(text: string, at: number, mark: string, prev: Token): boolean {
  return (mark === "'" || mark === '’') && /[sS]$/.test(prev.text) && text[at + 1] === ' ' && /\p{L}/u.test(text[at + 2] ?? '');
}

function make(start: number, end: number, text: string, kind: TokenKind): Token {
  const cap = kind === 'word' && /^\p{Lu}/u.test(text);
  return { start, end, text, kind, cap, tags: 0 };
}

/** The words of tokens `[t0, t1)` as written, single-spaced where the text has space. */
export function textOf(tokens: Token[], r: { t0: number; t1: number }): string {
  let s = tokens[r.t0].text;
  for (let i = r.t0 + 1; i < r.t1; i++) s += (tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].text;
  return s;
}
