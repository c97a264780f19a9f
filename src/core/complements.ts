import type { Token } from './tokens';
import { COUNTRIES, RANKS, REGION_TABLE, isCourtesy, isDateWord, isEventHead, isFunctionWord, isNameWord, isOfficeHead, isOfficeModifier, isOrgHead, isOrgLead, isParticle } from './vocab';

// The complement of an office title: "of Defence Forces", "for strategic economic cooperation".

/** Small words that join the parts of a complement ("of the", "and", "for", "to the"). */
const COMPLEMENT_JOINERS = new Set(['of', 'the', 'for', 'to', 'and', 'with']);

/** What a complement covers: `[start, end)`, and where a following name starts. */
export interface Complement {
  end: number;
  nameAt: number | null;
}

/**
 * The complement starting at `i`: capitalised words (or, after a lower-case
 * head, lower-case nouns) joined by of/the/for/and; a name written straight
 * after a capitalised complement is split off into `nameAt`.
 */
export function complementAt(tokens: Token[], i: number, end: number, cap: boolean): Complement | null {
  let j = i;
  let lastContent = -1;
  while (j < end) {
    const t = tokens[j];
    if (j > i && t.start - tokens[j - 1].end > 1 && t.kind !== 'punct') break;
    // "of Ghana's Armed Forces", and in a lower-case title "of Ukraine's ground forces"
    if (t.kind === 'poss' && (tokens[j + 1]?.cap || (!cap && tokens[j + 1] && isLowerComplementWord(tokens[j + 1])))) { j++; continue; }
    // a courtesy form starts the name: "Minister of Road Transport Shri Arvind Rao"
    if (isCourtesy(t)) break;
    // a bracketed acronym inside the name goes with it: "Ruritanian Armed Forces (RAF) Navy";
    // at the end it abbreviates the whole title: "Chief of Defence Staff (CDS)"
    if (t.text === '(' && tokens[j + 2]?.text === ')' && tokens[j + 1]?.cap) {
      const after = tokens[j + 3];
      if (!after || !after.cap || after.start - tokens[j + 2].end > 1 || RANKS.match(tokens, j + 3, end)) break;
      j += 3;
      lastContent = j - 1;
      continue;
    }
    if (t.kind === 'word' && t.cap && !isDateWord(t)) {
      // a rank followed by a name ends the complement: "… of Ghana Army General Kwame Boateng"
      const r = RANKS.match(tokens, j, end);
      if (r && j > i && (isNameWord(tokens[j + r.len]) || RANKS.match(tokens, j + r.len, end))) break;
      // "and" + a new office starts another title: "Crown Prince of Ruritania and Deputy Supreme Commander …"
      j++;
      lastContent = j - 1;
      continue;
    }
    if (t.text === 'in' && tokens[j + 1]?.text === 'charge' && tokens[j + 2]?.text === 'of') { j += 3; continue; }
    if (t.kind === 'word' && !t.cap && COMPLEMENT_JOINERS.has(t.text)) {
      const next = tokens[j + 1];
      if (t.text === 'and' && !joinsComplement(tokens, j, end)) break;
      if (next && (next.cap || next.text === 'the' || (!cap && next.kind === 'word'))) { j++; continue; }
      break;
    }
    if (!cap && t.kind === 'word' && !t.cap && isLowerComplementWord(t)) {
      j++;
      lastContent = j - 1;
      continue;
    }
    break;
  }
  if (lastContent < i) return null;
  const stop = lastContent + 1;
  return { end: stop, nameAt: cap ? splitName(tokens, i, stop) : null };
}

/**
 * Whether "and" at `j` joins two parts of one complement ("Ghana and
 * Togo", "Trade and Industry") rather than starting another title or
 * person ("… Omar Said and Saudi Arabia's Defence Minister").
 */
function joinsComplement(tokens: Token[], j: number, end: number): boolean {
  const next = tokens[j + 1];
  if (!next || isOfficeModifier(next) || isOfficeHead(next)) return false;
  const c = COUNTRIES.match(tokens, j + 1, end) ?? REGION_TABLE.match(tokens, j + 1, end);
  if (c) return tokens[j + 1 + c.len]?.kind !== 'poss';
  const after = tokens[j + 2];
  return !!next.cap && !(after && after.cap && after.kind === 'word') && after?.kind !== 'poss';
}

function isLowerComplementWord(t: Token): boolean {
  // nouns and adjectives of a lower-case complement; no verbs, pronouns or determiners
  return /^[\p{Ll}][\p{L}-]*$/u.test(t.text) && !['a', 'an', 'his', 'her', 'their', 'its', 'who', 'which', 'that', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'and', 'or', 'but', 'as', 'at', 'by', 'from', 'in', 'on', 'with', 'to'].includes(t.text) && !/(ed|ing)$/.test(t.text);
}

/**
 * Inside a capitalised complement, the words after the last word that
 * belongs to titles, places or organisations are a personal name: in "Chief
 * of Defence Forces Asim Munir" that is "Asim Munir". A single word right
 * after "and"/"of" stays in the complement ("Trade and Industry").
 */
function splitName(tokens: Token[], from: number, to: number): number | null {
  const vocab = new Array<boolean>(to - from).fill(false);
  for (let j = from; j < to; j++) {
    const c = COUNTRIES.match(tokens, j, to) ?? REGION_TABLE.match(tokens, j, to);
    if (c) {
      for (let q = j; q < j + c.len; q++) vocab[q - from] = true;
      j += c.len - 1;
      continue;
    }
    const t = tokens[j];
    if (t.kind !== 'word' || isFunctionWord(t) || isOfficeHead(t) || isOfficeModifier(t) || isOrgHead(t) || isOrgLead(t) || isEventHead(t) || !isNameWord(t)) vocab[j - from] = true;
    if (isParticle(t) && j > from && !vocab[j - from - 1]) vocab[j - from] = false;
  }
  let v = to - 1;
  while (v >= from && !vocab[v - from]) v--;
  const nameAt = v + 1;
  if (nameAt >= to || v < from) return null;
  const before = tokens[v];
  if (isFunctionWord(before) && to - nameAt < 2) return null;
  if (isParticle(tokens[nameAt])) return null;
  return nameAt;
}
