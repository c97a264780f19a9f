import { complementAt } from './complements';
import type { TitleKind } from './model';
import { COMPLEMENT_PREPOSITIONS } from './lexicon/offices';
import { OFFICE_HEAD_TABLE, RANKS, isOfficeHead, isOfficeModifier, isOrgHead } from './vocab';
import type { Token } from './tokens';

/** One rank, honorific or office inside a title chain, as a token range. */
export interface TitlePart {
  t0: number;
  t1: number;
  kind: TitleKind;
  /** Normal form of a rank or honorific ("Lt. Gen." → "Lieutenant General"); empty for an office, whose text is its span. */
  value: string;
}

/** An office phrase: head, modifiers, complement. */
export interface OfficeParse {
  t0: number;
  t1: number;
  /** Where a personal name starts that was written straight after the complement, if any. */
  nameAt: number | null;
  /** Head word ("Ambassador"), lower-cased. */
  head: string;
}

/** A rank or honorific at `i` ("Lt. Gen.", "Sheikh", "His Highness"). */
export function rankAt(tokens: Token[], i: number, end: number): TitlePart | null {
  const m = RANKS.match(tokens, i, end);
  if (!m) return null;
  return { t0: i, t1: i + m.len, kind: m.value.kind, value: m.value.value };
}

/**
 * Parses an office title starting at token `i`: modifiers, a head, and a
 * complement introduced by of/for/to/on ("Minister of State for Energy").
 * Capitalised titles take capitalised complements; lower-case titles
 * ("chief of staff", "presidential envoy for strategic economic cooperation")
 * take lower-case nouns too. A name written right after the complement
 * ("Chief of Defence Forces Asim Munir") is split off and reported in `nameAt`.
 */
export function officeAt(tokens: Token[], i: number, end: number): OfficeParse | null {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  const cap = first.cap;
  const found = headOf(tokens, i, end, cap);
  if (!found) return null;
  const { headEnd, head } = found;
  let k = headEnd;
  let nameAt: number | null = null;
  const prep = tokens[k];
  const inCharge = prep && prep.text === 'in' && tokens[k + 1]?.text === 'charge' && tokens[k + 2]?.text === 'of';
  if (prep && (COMPLEMENT_PREPOSITIONS.has(prep.text) || inCharge)) {
    const c = complementAt(tokens, inCharge ? k + 3 : k + 1, end, cap);
    if (c) {
      k = c.end;
      nameAt = c.nameAt;
    }
  } else if (cap) {
    // an organisation straight after the head: "Commander Ruritanian Armed Forces (RAF) Navy";
    // after other heads only capitalised words and then a name: "Chairman Senate Yusuf Qadir"
    const c = complementAt(tokens, k, end, cap);
    const orgOnly = head === 'commander' || head === 'chief' || (c?.nameAt != null && capitalisedWords(tokens, k, c.nameAt));
    if (c && c.end > k && orgOnly && isOrgHead(lastWord(tokens, k, c.nameAt ?? c.end))) {
      k = c.end;
      nameAt = c.nameAt;
    }
  }
  // "Chief" alone is no office ("Chief Ahmed Bello" is a traditional title); "Chief of …" and "army chief" are
  if (head === 'chief' && cap && k === headEnd && headEnd === i + 1) return null;
  return { t0: i, t1: nameAt ?? k, nameAt, head };
}

/** The last office head of the modifiers and heads from `i` on, all in the case of the first ("Deputy Prime Minister"). */
function headOf(tokens: Token[], i: number, end: number, cap: boolean): { headEnd: number; head: string } | null {
  let j = i;
  let found: { headEnd: number; head: string } | null = null;
  while (j < end) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.cap !== cap) break;
    if (j > i && t.start - tokens[j - 1].end > 1) break;
    const multi = cap ? OFFICE_HEAD_TABLE.match(tokens, j, end) : null;
    if (multi && multi.len > 1) {
      j += multi.len;
      found = { headEnd: j, head: multi.value.toLowerCase() };
    } else if (isOfficeHead(t)) {
      j++;
      found = { headEnd: j, head: t.text.toLowerCase() };
    } else if (isOfficeModifier(t)) j++;
    else break;
  }
  return found;
}

function capitalisedWords(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!tokens[i].cap || tokens[i].kind !== 'word') return false;
  return true;
}

function lastWord(tokens: Token[], from: number, to: number): Token | undefined {
  for (let i = to - 1; i >= from; i--) if (tokens[i].kind === 'word') return tokens[i];
  return undefined;
}
