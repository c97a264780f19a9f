import { COURTESY, HONORIFICS, MILITARY_RANKS } from './lexicon/ranks';
import { OFFICE_HEADS, OFFICE_MODIFIERS, LOWERCASE_HEADS, LOWERCASE_MODIFIERS, TITLE_SKIP_ADJECTIVES } from './lexicon/offices';
import { COUNTRY_BY_CITY, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, REGIONS, type CountryEntry } from './lexicon/countries';
import { EVENT_HEADS, NON_ORG_ACRONYMS, ORG_HEADS, ORG_LEADS } from './lexicon/organizations';
import { FUNCTION_WORDS, NAME_PARTICLES, NOT_NAME_WORDS } from './lexicon/words';
import { PhraseTable, phraseSet } from './phraseTable';
import { Tag, has } from './tags';
import type { Token } from './tokens';

/** Word-class questions about tokens, answered from the lexicons. */

export type RankKind = 'rank' | 'honorific';
type RankEntry = [string, { value: string; kind: RankKind }];
export const RANKS = new PhraseTable<{ value: string; kind: RankKind }>([
  ...Object.entries(MILITARY_RANKS).map(([k, v]): RankEntry => [k, { value: v, kind: 'rank' }]),
  ...Object.entries(HONORIFICS).map(([k, v]): RankEntry => [k, { value: v, kind: 'honorific' }]),
]);
export const COUNTRIES = new PhraseTable<{ entry: CountryEntry; demonym: boolean }>([
  ...[...COUNTRY_BY_NAME].map(([k, entry]) => [k, { entry, demonym: false }] as [string, { entry: CountryEntry; demonym: boolean }]),
  ...[...COUNTRY_BY_DEMONYM].map(([k, entry]) => [k, { entry, demonym: true }] as [string, { entry: CountryEntry; demonym: boolean }]),
]);
export const CITIES = new PhraseTable([...COUNTRY_BY_CITY]);
export const REGION_TABLE = phraseSet(REGIONS);
export const OFFICE_HEAD_TABLE = phraseSet(OFFICE_HEADS);

/** A surname with its particle joined by a hyphen, written in lower case: "el-Sissi", "al-Assad". */
const ATTACHED_PARTICLE = /^(al|el|ad|as|ash|at|az|bin|ibn|abu|de|di|da|van|von|du|le|la)-\p{Lu}/u;
const NOT_A_NAME = Tag.Adverb | Tag.Conjunction | Tag.Determiner | Tag.Pronoun | Tag.Preposition | Tag.QuestionWord | Tag.Modal | Tag.Copula;
export function isFunctionWord(t: Token | undefined): boolean {
  return !!t && FUNCTION_WORDS.has(t.text.toLowerCase());
}
export function isParticle(t: Token | undefined): boolean {
  return !!t && NAME_PARTICLES.has(t.text);
}
/** A particle as a folded (lower-case) word. */
export function isParticleText(w: string): boolean {
  return NAME_PARTICLES.has(w);
}
export function isCourtesy(t: Token | undefined): boolean {
  return !!t && COURTESY.has(t.text);
}
export function isSkipAdjective(t: Token | undefined): boolean {
  return !!t && TITLE_SKIP_ADJECTIVES.has(t.text);
}
export function isOfficeHead(t: Token | undefined): boolean {
  return !!t && (t.cap ? OFFICE_HEADS.has(t.text) : LOWERCASE_HEADS.has(t.text));
}
export function isOfficeModifier(t: Token | undefined): boolean {
  return !!t && (t.cap ? OFFICE_MODIFIERS.has(t.text) : LOWERCASE_MODIFIERS.has(t.text));
}
export function isOrgHead(t: Token | undefined): boolean {
  return !!t && t.cap && ORG_HEADS.has(t.text);
}
export function isOrgLead(t: Token | undefined): boolean {
  return !!t && t.cap && ORG_LEADS.has(t.text);
}
export function isEventHead(t: Token | undefined): boolean {
  return !!t && t.cap && EVENT_HEADS.has(t.text);
}
export function isNotNameWord(t: Token | undefined): boolean {
  return !!t && NOT_NAME_WORDS.has(t.text);
}
const acronyms = new Map<string, boolean>();

/** An upper-case acronym such as ISPR, NATO or MoD (two upper-case letters at least, no digits). */
export function isAcronym(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.cap) return false;
  let known = acronyms.get(t.text);
  if (known === undefined) {
    known = acronymText(t);
    if (acronyms.size > 50_000) acronyms.clear();
    acronyms.set(t.text, known);
  }
  return known;
}

function acronymText(t: Token): boolean {
  const s = t.text.replace(/\./g, '');
  if (!/^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}$/u.test(s) || (s.match(/\p{Lu}/gu)?.length ?? 0) < 2 || s.length > 8 || NON_ORG_ACRONYMS.has(s)) return false;
  // an upper-case place in a dateline ("SEOUL", "WARSAW") is no acronym
  const titled = titleCased([t]);
  return !(s.length > 3 && /^\p{Lu}+$/u.test(s) && (CITIES.match(titled, 0) || COUNTRIES.match(titled, 0)));
}
/** Weekday, month or other date word. */
export function isDateWord(t: Token | undefined): boolean {
  return !!t && has(t.tags, Tag.Date) && !has(t.tags, Tag.Person);
}
/** A capitalised word that could belong to a name. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (/^\p{Lu}\.?$/u.test(t.text)) return true; // initial: "C.", "K"
  if (ATTACHED_PARTICLE.test(t.text)) return true; // "el-Sissi", "al-Assad"
  if (!t.cap) return false;
  if (/\d/.test(t.text)) return false;
  if (isOfficeHead(t) || isOrgHead(t) || isEventHead(t)) return false;
  if (RANKS.match([t], 0) || isCourtesy(t) || isAcronym(t)) return false;
  if (t.text.toUpperCase() === t.text && t.text.length > 1) return false; // SEOUL, WARSAW (datelines)
  // "Separately, …", "Meanwhile …": a word compromise reads as no noun at all
  if (has(t.tags, NOT_A_NAME) && !has(t.tags, Tag.ProperNoun | Tag.Person | Tag.FirstName | Tag.LastName)) return false;
  return true;
}

/** Words in capitals as a title-case name ("MEXICO CITY" → "Mexico City"), for the gazetteer. */
export function titleCased(tokens: Token[]): Token[] {
  return tokens.map((t) => (/^\p{Lu}{2,}$/u.test(t.text) ? { ...t, text: t.text.charAt(0) + t.text.slice(1).toLowerCase() } : t));
}
