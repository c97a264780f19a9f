import type { Doc } from './document';
import type { Range } from './people';
import { Tag, has } from './tags';
import type { Token } from './tokens';
import { COUNTRIES, RANKS, isAcronym, isDateWord, isEventHead, isFunctionWord, isNotNameWord, isOfficeHead, isOfficeModifier, isOrgHead, isOrgLead, isSkipAdjective } from './vocab';
import { ORG_APPOSITION_NOUNS, ORG_MEMBER_NOUNS } from './lexicon/organizations';
import { initialsMatch } from './initials';
import { COMPLEMENT_PREPOSITIONS } from './lexicon/offices';
import { readDateline } from './dateline';

/** An organisation named in one place, with the acronym written after it, if any. */
export interface OrgHit {
  name: Range;
  acronym: Range | null;
}

/**
 * Finds organisation names: capitalised names ending in a cue word ("Turkish
 * Armed Forces", "Kestrel Group"), "Lead of X" names ("Ministry of Foreign
 * Affairs"), an acronym in brackets after a name ("… (ISPR)"), the news
 * agencies of a dateline ("NAIROBI, March 14 (Reuters) -"), a name before a
 * noun such as "news site" or "agency", and bare acronyms. `taken[i]` marks
 * tokens already read as part of a personal name.
 */
export function findOrganizations(doc: Doc, taken: Uint8Array): OrgHit[] {
  const { tokens } = doc;
  const out: OrgHit[] = [];
  // the place of a dateline ("BALI, Indonesia (AP)") is no organisation
  const place = readDateline(doc)?.place;
  if (place) {
    taken = taken.slice();
    for (let i = place.t0; i < place.t1; i++) taken[i] = 1;
  }
  for (const s of doc.sentences) {
    let i = s.t0;
    while (i < s.t1) {
      const run = capRun(tokens, i, s.t1, taken);
      if (!run) { i++; continue; }
      const found = orgsInRun(tokens, run, s.t0);
      for (const name of found) out.push(withAcronym(tokens, name, s.t1));
      i = run.t1;
      // "World Trade Expo (WTE)": the acronym of something that is not an organisation
      if (!found.length && tokens[i]?.text === '(' && tokens[i + 2]?.text === ')' && initialsMatch(tokens[i + 1].text, textOf(tokens, run))) i += 3;
    }
  }
  out.push(...datelineAgencies(doc));
  return out;
}

/** Small words inside organisation names. */
const RUN_JOINERS = new Set(['of', 'for', '&', 'de', 'du', 'des']);

/** A maximal run of capitalised words and the small words that join them inside names. */
function capRun(tokens: Token[], i: number, end: number, taken: Uint8Array): Range | null {
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
    // "Ruritanian Armed Forces (RAF) Navy"
    if (t.text === '(' && tokens[j + 2]?.text === ')' && /^\p{Lu}[\p{Lu}.]+$/u.test(next?.text ?? '') && tokens[j + 3]?.cap && tokens[j + 3].start === tokens[j + 2].end + 1) { j += 3; continue; }
    break;
  }
  return j > i ? { t0: i, t1: j } : null;
}

/** Organisation names inside one capitalised run. */
function orgsInRun(tokens: Token[], whole: Range, sentenceStart: number): Range[] {
  let run = whole;
  const out: Range[] = [];
  let a = whole.t0;
  // "Officials of the Ministry …": a common noun capitalised only because it opens the sentence
  if (a === sentenceStart && has(tokens[a].tags, Tag.Plural | Tag.Verb | Tag.Adjective | Tag.Adverb) && !isOrgHead(tokens[a]) && tokens[a + 1] && !tokens[a + 1].cap) a++;
  // drop leading words that open sentences, dates, titles
  while (a < run.t1 && (isNotNameWord(tokens[a]) || isFunctionWord(tokens[a]) || isDateWord(tokens[a]) || isSkipAdjective(tokens[a]))) a++;
  // single acronyms stand alone
  if (run.t1 - a === 1 && isAcronym(tokens[a])) return [{ t0: a, t1: a + 1 }];
  // a rank ends the name: "… of Ghana Army General Kwame Boateng"
  let stop = run.t1;
  for (let j = a; j < run.t1; j++) {
    const r = RANKS.match(tokens, j, run.t1);
    if (r && r.len > 1) { stop = j; break; }
  }
  run = { t0: run.t0, t1: stop };
  // find the last organisation head; the name runs from `a` to it
  let last = -1;
  for (let j = a; j < run.t1; j++) if (isOrgHead(tokens[j]) && !isEventHead(tokens[j])) last = j;
  const leadOf = (() => {
    for (let j = a; j < run.t1; j++) if ((isOrgLead(tokens[j]) || isOrgHead(tokens[j])) && ['of', 'for'].includes(tokens[j + 1]?.text ?? '')) return j;
    return -1;
  })();
  let end = -1;
  if (leadOf >= 0) end = run.t1;
  else if (last >= 0) end = last + 1;
  if (end < 0) return out;
  // an office title at the start is not part of the organisation: "Chief of the Turkish General Staff"
  let start = a;
  for (let j = a; j < end; j++) {
    if (isOfficeHead(tokens[j]) && !isOrgHead(tokens[j]) && COMPLEMENT_PREPOSITIONS.has(tokens[j + 1]?.text ?? '')) {
      start = j + 2;
      if (tokens[start]?.text === 'the') start++;
    } else if (j === start && isOfficeHead(tokens[j]) && !isOrgHead(tokens[j]) && tokens[j + 1]?.cap) start = j + 1; // "Commander Royal Ruritanian Navy"
  }
  const afterOffice = start > a;
  // "South Korea's Defense Ministry": the country's possessive is not part of the name
  const c = COUNTRIES.match(tokens, start, end);
  const owned = !!c && tokens[start + c.len]?.kind === 'poss';
  if (c && owned) start += c.len + 1;
  if (start >= end) return out;
  // trailing small words
  while (end > start && (isFunctionWord(tokens[end - 1]) || tokens[end - 1].kind === 'poss')) end--;
  const content = [];
  for (let j = start; j < end; j++) if (tokens[j].kind === 'word' && !isFunctionWord(tokens[j])) content.push(tokens[j]);
  if (content.length === 0) return out;
  const hasCountry = content.some((t) => COUNTRIES.match([t], 0));
  // inside a title a bare "Defence Forces" is the office's complement, not an organisation; "Nordlys Energy" is one
  const generic = content.every((t) => isOfficeModifier(t) || isOrgHead(t) || isOrgLead(t));
  if (afterOffice && !hasCountry && content.length < 3 && generic) return out;
  if (content.length === 1 && !isAcronym(content[0]) && isOrgHead(content[0])) return out;
  // "General Headquarters (GHQ)": a generic name is an organisation when it has its own acronym
  const acr = tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && initialsMatch(tokens[end + 1].text, textOf(tokens, { t0: start, t1: end }));
  // outside titles "the State Department", "a Supreme Court judge" are organisations too
  // and before an office a generic name belongs to the title: "Foreign Relations Secretary"
  const beforeOffice = isOfficeHead(tokens[end]) && tokens[end].cap && !tokens[end].text.endsWith('s');
  if (generic && (afterOffice || beforeOffice) && !hasCountry && !owned && content.length < 3 && !acr) return out;
  out.push({ t0: start, t1: end });
  return out;
}

/** "Inter-Services Public Relations (ISPR)": the bracketed acronym is the same organisation. */
function withAcronym(tokens: Token[], name: Range, end: number): OrgHit {
  const o = tokens[name.t1];
  const a = tokens[name.t1 + 1];
  const c = tokens[name.t1 + 2];
  if (o?.text === '(' && c?.text === ')' && name.t1 + 2 < end && isAcronym(a)) return { name, acronym: { t0: name.t1 + 1, t1: name.t1 + 2 } };
  return { name, acronym: null };
}

/** The bracket of a dateline names news agencies: "(Reuters)", "(Agency One / Wire Two - 12th Oct, 2020)". */
function datelineAgencies(doc: Doc): OrgHit[] {
  const { tokens } = doc;
  const bracket = readDateline(doc)?.bracket;
  const out: OrgHit[] = [];
  if (!bracket) return out;
  for (let j = bracket.t0; j < bracket.t1; ) {
    if (tokens[j].kind === 'num') break; // the date part
    if (!tokens[j].cap || isDateWord(tokens[j])) { j++; continue; }
    let k = j;
    while (k < bracket.t1 && tokens[k].cap && tokens[k].kind === 'word' && !isDateWord(tokens[k])) k++;
    if (!COUNTRIES.match(tokens, j, k)) out.push({ name: { t0: j, t1: k }, acronym: null });
    j = k;
  }
  return out;
}

/** "Iberdrola, the Spanish utility,": a name in apposition with an organisation noun. */
function describedAsOrg(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',' || tokens[i + 2]?.text !== 'the' || (tokens[i - 1]?.cap && tokens[i - 1].kind === 'word')) return false;
  for (let k = i + 3; k < Math.min(tokens.length, i + 7); k++) {
    if (ORG_APPOSITION_NOUNS.has(tokens[k].text)) return true;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/** "the Solvena news site", "news agency KNA": a capitalised word beside an organisation noun. */
export function orgsByNoun(doc: Doc, taken: Uint8Array): OrgHit[] {
  const { tokens } = doc;
  const out: OrgHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || taken[i] || isNotNameWord(t) || t.kind !== 'word' || COUNTRIES.match(tokens, i)) continue;
    const n1 = tokens[i + 1];
    const n2 = tokens[i + 2];
    const before = tokens[i - 1];
    const nounAfter = (n1 && ORG_APPOSITION_NOUNS.has(n1.text)) || (n1?.text === 'news' && n2 && ORG_APPOSITION_NOUNS.has(n2.text));
    const nounBefore = before && ORG_APPOSITION_NOUNS.has(before.text) && tokens[i - 2]?.text !== 'the';
    // "Taliban fighters", "Kestrel militants"
    const members = n1 && ORG_MEMBER_NOUNS.has(n1.text) && !COUNTRIES.match(tokens, i) && !isNotNameWord(t);
    // a single name compromise knows as an organisation ("Facebook"), outside any longer name
    const known = has(t.tags, Tag.Organization) && !isAcronym(t) && !n1?.cap && n1?.kind !== 'poss' && !has(t.tags, Tag.Person | Tag.Place) && ['a', 'an', 'the', 'on', 'at', 'via', 'by', 'from', 'with', 'in'].includes(before?.text ?? '');
    if (known || describedAsOrg(tokens, i)) { out.push({ name: { t0: i, t1: i + 1 }, acronym: null }); continue; }
    if ((nounAfter && before?.text === 'the') || nounBefore || members) out.push({ name: { t0: i, t1: i + 1 }, acronym: null });
  }
  return out;
}

/** The words of a token range as written, single-spaced where the text has space. */
function textOf(tokens: Token[], r: Range): string {
  let s = tokens[r.t0].text;
  for (let i = r.t0 + 1; i < r.t1; i++) s += (tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].text;
  return s;
}
