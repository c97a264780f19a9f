import type { Doc } from './document';
import type { Quote } from './model';
import type { Token } from './tokens';

const DOUBLE = new Set(["''", '’’', '‘‘', '``', '"', '“', '”', '„', '‟', '«', '»']);
const SINGLE = new Set(['‘', '’', "'", '`', '‚', '‛', '‹', '›']);

/** A quotation mark and which way it can face, read from the characters around it. */
interface Mark {
  token: Token;
  double: boolean;
  opens: boolean;
  closes: boolean;
}

/**
 * Finds direct quotations in every style of the genre: `''…''`, `"…"`,
 * `“…”`, `‘…’` and mixed `“…’’`. A mark opens when it follows a space (or
 * the start) and touches a word, and closes when it touches a word on its
 * left. A new opening mark while a quotation is still open ends the open one
 * before it: news copy continues a quotation into the next paragraph without
 * closing it, and seed files have lost the paragraph breaks. Apostrophes
 * inside words never count; quotes of a single word (scare quotes) and short
 * title-case names ("‘Make in India’") are left out. Speakers are filled in
 * later. Sorted by offset, never overlapping.
 */
export function findQuotes(doc: Doc): Quote[] {
  const marks = doc.tokens.filter((t) => t.kind === 'quote').map((t) => mark(doc.text, t));
  const out: Quote[] = [];
  let open: Mark | null = null;
  for (const m of marks) {
    if (!open) {
      if (m.opens) open = m;
      continue;
    }
    if (m.double !== open.double) continue; // a quotation inside the quotation, or a stray apostrophe
    if (m.closes) {
      push(doc, out, open, m.token.start, m.token.end);
      open = null;
    } else if (m.opens) {
      push(doc, out, open, m.token.start, m.token.start);
      open = m;
    }
  }
  if (open) {
    const lineEnd = doc.text.indexOf('\n', open.token.end);
    const end = lineEnd < 0 ? doc.text.length : lineEnd;
    push(doc, out, open, end, end);
  }
  return out;
}

function mark(text: string, token: Token): Mark {
  const before = text[token.start - 1] ?? ' ';
  const after = text[token.end] ?? ' ';
  const spaceBefore = /[\s([{\-—–:]/u.test(before) || token.start === 0;
  const spaceAfter = /[\s)\]}.,;:!?\-—–]/u.test(after) || token.end === text.length;
  const double = DOUBLE.has(token.text);
  // curly marks say which way they face
  if (token.text === '“' || token.text === '‘' || token.text === '‘‘' || token.text === '«') return { token, double, opens: !spaceAfter || spaceBefore, closes: !spaceBefore && spaceAfter };
  if (token.text === '”' || token.text === '»') return { token, double, opens: false, closes: true };
  return { token, double: double || !SINGLE.has(token.text), opens: spaceBefore && !/\s/u.test(after), closes: !spaceBefore && spaceAfter };
}

function push(doc: Doc, out: Quote[], open: Mark, innerEnd: number, outerEnd: number): void {
  const raw = doc.text.slice(open.token.end, innerEnd);
  const lead = raw.length - raw.trimStart().length;
  const inner = raw.trim();
  if (!inner) return;
  const start = open.token.end + lead;
  const end = start + inner.length;
  if (isScareQuote(inner)) return;
  out.push({ start, end, text: inner, outer: { start: open.token.start, end: Math.max(outerEnd, end) }, speakerId: null, cue: null });
}

/** One word, or a short name in title case: not a quotation of someone's words. */
function isScareQuote(inner: string): boolean {
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];
  if (words.length < 2) return true;
  const small = new Set(['of', 'in', 'the', 'and', 'for', 'a', 'on', 'to']);
  return words.length <= 5 && !/[.,;:!?]$/.test(inner) && words.every((w) => /^\p{Lu}/u.test(w) || small.has(w));
}
