import type { Span } from './model';

/** A segment is at least this long before a boundary is looked for. */
export const MIN_SEGMENT = 16_384;
/** Past this length a segment ends at the next space even without a sentence end. */
const MAX_SEGMENT = 65_536;

/**
 * Splits a long body into segments that are analysed on their own: a wire
 * feed pasted into one file, thousands of articles long. A body up to twice
 * MIN_SEGMENT is one segment, so an ordinary article is always read whole.
 * Boundaries are content-defined, so an edit moves at most the boundary of
 * its own segment and every other segment keeps its text (and its cached
 * analysis): after MIN_SEGMENT characters a segment ends at the next line
 * break, or at the next sentence end outside a quotation whose preceding
 * characters hash to 0 mod 8, or, past MAX_SEGMENT, at the next space (or
 * anywhere, at twice that, never inside a surrogate pair). Entities are
 * merged across segments by name; a surname alone in a later segment is
 * tied to the full name only when that segment names the person in full too.
 */
export function splitSegments(text: string, from: number): Span[] {
  const n = text.length;
  if (n - from <= 2 * MIN_SEGMENT) return [{ start: from, end: n }];
  const out: Span[] = [];
  let start = from;
  while (start < n) {
    const b = n - start <= 2 * MIN_SEGMENT ? -1 : boundaryAfter(text, start);
    if (b < 0 || n - b < MIN_SEGMENT / 2) {
      out.push({ start, end: n });
      break;
    }
    out.push({ start, end: b });
    start = b;
  }
  return out;
}

function boundaryAfter(text: string, start: number): number {
  const n = text.length;
  // quotation marks seen so far: a sentence end inside an open quotation is no boundary
  let straight = 0;
  let curly = 0;
  for (let p = start; p < start + MIN_SEGMENT && p < n; p++) {
    const c = text.charCodeAt(p);
    if (c === 34) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
  }
  for (let p = start + MIN_SEGMENT; p < n; p++) {
    const c = text.charCodeAt(p);
    if (c === 10) return p + 1;
    if (c === 34) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    const open = straight % 2 === 1 || curly > 0;
    if (!open && (c === 46 || c === 33 || c === 63) && text.charCodeAt(p + 1) === 32 && isUpper(text.charCodeAt(p + 2)) && hashBefore(text, p) % 8 === 0) return p + 2;
    const len = p - start;
    if (len >= MAX_SEGMENT && c === 32) return p + 1;
    if (len >= 2 * MAX_SEGMENT && !isHighSurrogate(text.charCodeAt(p - 1))) return p;
  }
  return -1;
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 34 || c === 0x201c || c === 39;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** FNV-1a over the 16 characters before `p`. */
function hashBefore(text: string, p: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, p - 16); i < p; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
