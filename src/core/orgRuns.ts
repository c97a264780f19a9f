import { initialsMatch } from './initials';
import { COMPLEMENT_PREPOSITIONS } from './lexicon/offices';
import type { Range } from './people';
import { Tag, has } from './tags';
import { textOf, type Token } from './tokens';
import { COUNTRIES, RANKS, isAcronym, isDateWord, isEventHead, isFunctionWord, isNotNameWord, isOfficeHead, isOfficeModifier, isOrgHead, isOrgLead, isSkipAdjective } from './vocab';

// Organisation names inside runs of capitalised words.

/** Small words inside organisation names. */
const RUN_JOINERS = new Set(['of', 'for', '&', 'de', 'du', 'des']);

/** A maximal run of capitalised words and the small words that join them inside names. */
export function capRun(tokens: Token[], i: number, end: number, taken: Uint8Array): Range | null {
  if (!tokens[i].cap || taken[i]) return null;
  let j = i;
  while (j < end && !taken[j]) {
    const t = tokens[j];
    if (j > i && t.start - tokens[j - 1].end > 1) break;
    if (t.cap && t.kind === 'word') { j++; continue; }
    const next = tokens[j + 1];
    if ((RUN_JOINERS.has(t.text) || t.kind === 'poss') && next?.cap && !taken[j + 1]) { j++; continue; }
    // "of the National People's Congress"
    if ((t.text === 'of' || t.text === 'for') && next?.text === 'the' && tokens[j + 2]?.cap) { j += 2; continue; }
    if (t.text === 'and' && !taken[j + 1] && andInsideName(tokens, i, j, end)) { j++; continue; }
    // "Ruritanian Armed Forces (RAF) Navy"
    if (t.text === '(' && tokens[j + 2]?.text === ')' && /^\p{Lu}[\p{Lu}.]+$/u.test(next?.text ?? '') && tokens[j + 3]?.cap && tokens[j + 3].start === tokens[j + 2].end + 1) { j += 3; continue; }
    break;
  }
  return j > i ? { t0: i, t1: j } : null;
}

/**
 * "Ministry of Road Transport and Highways": "and" at `j` goes on with a
 * "Lead of …" name begun at `i` when one capitalised word follows that is no
 * country and starts no other organisation ("… and the Ministry of Defence",
 * "… and Kestrel Group", "… and Ghana's army" stay apart).
 */
function andInsideName(tokens: Token[], i: number, j: number, end: number): boolean {
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  if (!next?.cap || next.kind !== 'word' || j + 1 >= end || isOrgLead(next) || COUNTRIES.match(tokens, j + 1, end)) return false;
  if (after && ((after.cap && after.kind === 'word') || after.kind === 'poss')) return false;
  for (let k = i; k < j; k++) if (isOrgLead(tokens[k]) && ['of', 'for'].includes(tokens[k + 1]?.text ?? '')) return true;
  return false;
}

/** Organisation names inside one capitalised run (at most one: the run's last organisation head ends it). */
export function orgsInRun(tokens: Token[], whole: Range, sentenceStart: number): Range[] {
  const a = nameStart(tokens, whole, sentenceStart);
  // single acronyms stand alone
  if (whole.t1 - a === 1 && isAcronym(tokens[a])) return [{ t0: a, t1: a + 1 }];
  let end = nameEnd(tokens, a, whole.t1);
  if (end < 0) return [];
  let start = afterOffice(tokens, a, end);
  const inTitle = start > a;
  // "South Korea's Defense Ministry": the country's possessive is not part of the name
  const c = COUNTRIES.match(tokens, start, end);
  const owned = !!c && tokens[start + c.len]?.kind === 'poss';
  if (c && owned) start += c.len + 1;
  if (start >= end) return [];
  // trailing small words
  while (end > start && (isFunctionWord(tokens[end - 1]) || tokens[end - 1].kind === 'poss')) end--;
  return namesNothing(tokens, { t0: start, t1: end }, inTitle, owned) ? [] : [{ t0: start, t1: end }];
}

/** Where a name may start in a run: past words that open sentences, dates, describing words. */
function nameStart(tokens: Token[], run: Range, sentenceStart: number): number {
  let a = run.t0;
  // "Officials of the Ministry …": a common noun capitalised only because it opens the sentence
  if (a === sentenceStart && has(tokens[a].tags, Tag.Plural | Tag.Verb | Tag.Adjective | Tag.Adverb) && !isOrgHead(tokens[a]) && tokens[a + 1] && !tokens[a + 1].cap) a++;
  while (a < run.t1 && (isNotNameWord(tokens[a]) || isFunctionWord(tokens[a]) || isDateWord(tokens[a]) || isSkipAdjective(tokens[a]))) a++;
  return a;
}

/**
 * Where the name ends: the whole run for "Ministry of …" names, else just
 * after the last organisation head; -1 when the run has neither. A rank ends
 * the run first: "… of Ghana Army General Kwame Boateng".
 */
function nameEnd(tokens: Token[], a: number, runEnd: number): number {
  let stop = runEnd;
  for (let j = a; j < runEnd; j++) {
    const r = RANKS.match(tokens, j, runEnd);
    if (r && r.len > 1) { stop = j; break; }
  }
  let last = -1;
  for (let j = a; j < stop; j++) {
    if ((isOrgLead(tokens[j]) || isOrgHead(tokens[j])) && ['of', 'for'].includes(tokens[j + 1]?.text ?? '')) return stop;
    if (isOrgHead(tokens[j]) && !isEventHead(tokens[j])) last = j;
  }
  return last >= 0 ? last + 1 : -1;
}

/** Past an office title at the start, which is not part of the organisation: "Chief of the Turkish General Staff". */
function afterOffice(tokens: Token[], a: number, end: number): number {
  let start = a;
  for (let j = a; j < end; j++) {
    if (isOfficeHead(tokens[j]) && !isOrgHead(tokens[j]) && COMPLEMENT_PREPOSITIONS.has(tokens[j + 1]?.text ?? '')) {
      start = j + 2;
      if (tokens[start]?.text === 'the') start++;
    } else if (j === start && isOfficeHead(tokens[j]) && !isOrgHead(tokens[j]) && tokens[j + 1]?.cap) start = j + 1; // "Commander Royal Ruritanian Navy"
  }
  return start;
}

/**
 * A candidate that names no organisation: no content words, a lone cue
 * word ("Ministry"), or generic words that belong to a title — a bare
 * "Defence Forces" after an office is its complement, "Foreign Relations"
 * before "Secretary" is part of it. Outside titles "the State Department"
 * is an organisation, and so is a generic name with its own acronym
 * ("General Headquarters (GHQ)").
 */
function namesNothing(tokens: Token[], name: Range, inTitle: boolean, owned: boolean): boolean {
  const content = [];
  for (let j = name.t0; j < name.t1; j++) if (tokens[j].kind === 'word' && !isFunctionWord(tokens[j])) content.push(tokens[j]);
  if (content.length === 0) return true;
  const hasCountry = content.some((t) => COUNTRIES.match([t], 0));
  const generic = content.every((t) => isOfficeModifier(t) || isOrgHead(t) || isOrgLead(t));
  if (inTitle && !hasCountry && content.length < 3 && generic) return true;
  if (content.length === 1 && !isAcronym(content[0]) && isOrgHead(content[0])) return true;
  const end = name.t1;
  const acr = tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && initialsMatch(tokens[end + 1].text, textOf(tokens, name));
  const beforeOffice = isOfficeHead(tokens[end]) && tokens[end].cap && !tokens[end].text.endsWith('s');
  return generic && (inTitle || beforeOffice) && !hasCountry && !owned && content.length < 3 && !acr;
}
