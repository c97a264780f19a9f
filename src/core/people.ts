import type { Doc, Sentence } from './document';
import type { Token } from './tokens';
import { WEEKDAYS } from './lexicon/words';
import { Tag, has } from './tags';
import { officeAt, rankAt, type TitlePart } from './titles';
import { CITIES, COUNTRIES, isOfficeModifier, isAcronym, isCourtesy, isDateWord, isNameWord, isNotNameWord, isOfficeHead, isOrgHead, isParticle, isSkipAdjective } from './vocab';

/** A token range `[t0, t1)`. */
export interface Range {
  t0: number;
  t1: number;
}

/** A person named in one place, with what stands around the name. */
export interface PersonHit {
  name: Range;
  /** Ranks, honorifics and offices attached to this mention, in text order. */
  titles: TitlePart[];
  /** Country names or demonyms written in or before the titles ("Russian President"). */
  countries: Range[];
  /** Organisations written as part of a title ("Ghana Army chief"). */
  orgs: Range[];
  /** Offices joined by "and" into one role ("Deputy Prime Minister and Minister of Foreign Affairs"). */
  role: Range | null;
  /** The token "counterpart" before the name: the person holds the same office as the one met. */
  counterpart?: number;
}

/**
 * Finds people introduced by a title chain: ranks, honorifics, courtesy
 * forms and offices before a name ("Chief of Defence Forces Asim Munir",
 * "Mr. R. Venkataraman", "Kenyan President, Amara Wanjiku"), and offices in
 * apposition after a name ("Khawaja Asif, the defence minister,").
 */
export function findTitledPeople(doc: Doc): PersonHit[] {
  const out: PersonHit[] = [];
  for (const s of doc.sentences) {
    let i = s.t0;
    while (i < s.t1) {
      const hit = titledNameAt(doc.tokens, i, s) ?? namedWithApposition(doc.tokens, i, s);
      if (hit) {
        out.push(hit);
        if (hit.titles.length === 0 || hit.titles[hit.titles.length - 1].t1 <= hit.name.t0) appositionAfter(doc.tokens, hit, s);
        i = hit.name.t1;
      } else i++;
    }
  }
  return out;
}

function titledNameAt(tokens: Token[], i: number, s: Sentence): PersonHit | null {
  const end = s.t1;
  const hit: PersonHit = { name: { t0: 0, t1: 0 }, titles: [], countries: [], orgs: [], role: null };
  let k = i;
  while (isSkipAdjective(tokens[k])) k++;
  // a country or demonym before the title: "Russian President", "Saudi Arabia's Defence Minister"
  const c = COUNTRIES.match(tokens, k, end);
  if (c) {
    const after = k + c.len + (tokens[k + c.len]?.kind === 'poss' ? 1 : 0);
    if (startsChain(tokens, after, end)) {
      hit.countries.push({ t0: k, t1: k + c.len });
      k = after;
    }
  }
  // an organisation's office: "the World Health Organization's Director-General Tedros …"
  const owner = c ? null : possessiveOrgAt(tokens, k, end);
  if (owner) {
    hit.orgs.push(owner);
    k = owner.t1 + 1;
  }
  // an organisation before an office: "Ghana Army chief", "MFA Spokesperson"
  let org = orgModifierAt(tokens, k, end);
  let courtesy = false;
  let joinedFrom = -1;
  for (;;) {
    const r = rankAt(tokens, k, end);
    if (r && !(isOfficeHead(tokens[k]) && !isNameWord(tokens[r.t1]) && !rankAt(tokens, r.t1, end))) {
      hit.titles.push(r);
      k = r.t1;
      continue;
    }
    if (isCourtesy(tokens[k])) {
      courtesy = true;
      k++;
      continue;
    }
    // "his Peruvian counterpart Luis Paredes", "his Kenyan counterpart, Lieutenant General …"
    if (tokens[k]?.text === 'counterpart' && hit.titles.length === 0) {
      hit.counterpart = k;
      courtesy = true;
      k += tokens[k + 1]?.text === ',' ? 2 : 1;
      continue;
    }
    const officeStart = org ? org.t0 : k;
    const o = officeAt(tokens, org ? org.t1 : k, end);
    if (o) {
      hit.titles.push({ t0: officeStart, t1: o.t1, kind: 'office', value: '' });
      if (org) hit.orgs.push(org);
      org = null; // it belongs to the first office only
      if (joinedFrom < 0) joinedFrom = officeStart;
      k = o.t1;
      if (o.nameAt !== null) break;
      // "(CDS)" after a title abbreviates it
      if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && isAcronym(tokens[k + 1])) {
        hit.titles.push({ t0: k + 1, t1: k + 2, kind: 'office', value: '' });
        k += 3;
      }
      if (tokens[k]?.text === 'and' && tokens[officeStart].cap && tokens[k + 1]?.cap && officeAt(tokens, k + 1, end)) {
        hit.role = { t0: joinedFrom, t1: k }; // widened below
        k++;
        continue;
      }
      // "Title, Name": the title in apposition before the name
      if (tokens[k]?.text === ',' && (isNameWord(tokens[k + 1]) || rankAt(tokens, k + 1, end) || isCourtesy(tokens[k + 1]))) {
        k++;
      }
      continue;
    }
    break;
  }
  if (hit.titles.length === 0 && !courtesy) return null;
  const name = nameAt(tokens, k, end);
  if (!name) return null;
  hit.name = name;
  const offices = hit.titles.filter((t) => t.kind === 'office');
  if (hit.role && offices.length > 1) hit.role = { t0: offices[0].t0, t1: offices[offices.length - 1].t1 };
  else hit.role = null;
  return hit;
}

/** "Paula Grigoryan, spokeswoman for the Armenian Foreign Ministry,": a bare name with an office after it. */
function namedWithApposition(tokens: Token[], i: number, s: Sentence): PersonHit | null {
  if (i > s.t0 && (tokens[i - 1].cap || isCourtesy(tokens[i - 1]))) return null;
  const name = nameAt(tokens, i, s.t1);
  if (!name || isOrgHead(tokens[name.t1 - 1]) || COUNTRIES.match(tokens, name.t0, name.t1)) return null;
  const hit: PersonHit = { name, titles: [], countries: [], orgs: [], role: null };
  appositionAfter(tokens, hit, s);
  return hit.titles.length ? hit : null;
}

function startsChain(tokens: Token[], k: number, end: number): boolean {
  return !!(rankAt(tokens, k, end) || officeAt(tokens, k, end) || orgModifierAt(tokens, k, end) || isCourtesy(tokens[k]) || isSkipAdjective(tokens[k]) || tokens[k]?.text === 'counterpart');
}

/** "World Health Organization's" before an office: an organisation's name (ending in a cue word, or an acronym) with 's. */
function possessiveOrgAt(tokens: Token[], k: number, end: number): Range | null {
  if (isNotNameWord(tokens[k])) return null;
  let j = k;
  while (j < end && tokens[j].kind === 'word' && (tokens[j].cap || (j > k && ['of', 'for'].includes(tokens[j].text)))) j++;
  if (j === k || tokens[j]?.kind !== 'poss' || !officeAt(tokens, j + 1, end)) return null;
  const last = tokens[j - 1];
  return isOrgHead(last) || isAcronym(last) ? { t0: k, t1: j } : null;
}

/** An organisation name or acronym written before an office head ("Ghana Army chief", "Airbus Chief Executive"). */
function orgModifierAt(tokens: Token[], k: number, end: number): Range | null {
  if (isAcronym(tokens[k]) && isOfficeHead(tokens[k + 1])) return { t0: k, t1: k + 1 };
  // a single name compromise knows as an organisation
  if (tokens[k]?.cap && has(tokens[k].tags, Tag.Organization) && !has(tokens[k].tags, Tag.Person | Tag.Place) && isOfficeHead(tokens[k + 1])) return { t0: k, t1: k + 1 };
  let j = k;
  while (j < end && tokens[j].cap && tokens[j].kind === 'word' && !isOfficeHead(tokens[j])) j++;
  if (j - k < 2 || !isOrgHead(tokens[j - 1]) || !isOfficeHead(tokens[j]) || isNotNameWord(tokens[k])) return null;
  // "Foreign Relations Secretary" is one title: generic words name no organisation
  for (let i = k; i < j; i++) if (!isOfficeModifier(tokens[i]) && !isOrgHead(tokens[i])) return { t0: k, t1: j };
  return null;
}

/**
 * A personal name at `k`: capitalised words, initials and particles
 * ("Hamad bin Khalifa Al Thani", "R. Venkataraman", "Park Min-jun").
 */
export function nameAt(tokens: Token[], k: number, end: number): Range | null {
  const first = tokens[k];
  if (!isNameWord(first) || isDateWord(first) || isNotNameWord(first) || isParticle(first) && !first.cap) return null;
  let j = k;
  while (j < end) {
    const t = tokens[j];
    if (j > k && t.start - tokens[j - 1].end > 1) break;
    // a date word inside a name is a name ("Dong Jun"), not before a number ("Jun 5")
    if (isNameWord(t) && (!isDateWord(t) || (j > k && tokens[j + 1]?.kind !== 'num' && !WEEKDAYS.test(t.text)))) j++;
    else if (isParticle(t) && isNameWord(tokens[j + 1])) j++;
    // "Hassan Sheikh Mohamud": an honorific between name words is part of the name
    else if (j > k && rankAt(tokens, j, end)?.kind === 'honorific' && rankAt(tokens, j, end)!.t1 === j + 1 && isNameWord(tokens[j + 1]) && !isOrgHead(tokens[j + 2])) j++;
    else break;
  }
  while (j > k && isParticle(tokens[j - 1])) j--;
  if (j === k) return null;
  // "Kestrel Properties": the capitalised run goes on into an organisation
  if (isOrgHead(tokens[j]) && tokens[j].start - tokens[j - 1].end <= 1) return null;
  if (COUNTRIES.match(tokens, k, j)?.len === j - k || CITIES.match(tokens, k, j)?.len === j - k) return null;
  return { t0: k, t1: j };
}

/** ", the defence minister," or ", chairwoman of Nordlys Energy," after a name adds that office. */
function appositionAfter(tokens: Token[], hit: PersonHit, s: Sentence): void {
  let k = hit.name.t1;
  if (tokens[k]?.text !== ',') return;
  k++;
  if (['the', 'his', 'her'].includes(tokens[k]?.text ?? '')) k++;
  // "the President's Special Adviser …"
  if (tokens[k]?.cap && tokens[k + 1]?.kind === 'poss') k += 2;
  const c = COUNTRIES.match(tokens, k, s.t1);
  const countryAt = k;
  if (c) k += c.len + (tokens[k + c.len]?.kind === 'poss' ? 1 : 0);
  // "R. Venkataraman, Janata Party President,"
  const org = c ? null : orgModifierAt(tokens, k, s.t1);
  const o = officeAt(tokens, org ? org.t1 : k, s.t1);
  if (!o || o.nameAt !== null) return;
  const close = tokens[o.t1];
  if (close && !([',', '.', ';', ')'].includes(close.text) || close.text === 'and')) return;
  if (c) hit.countries.push({ t0: countryAt, t1: countryAt + c.len });
  if (org) hit.orgs.push(org);
  hit.titles.push({ t0: k, t1: o.t1, kind: 'office', value: '' });
  // "Kofi Mensah, chairman of the Finance Committee …, Ghana's top legislator"
  const owner = close?.text === ',' ? COUNTRIES.match(tokens, o.t1 + 1, s.t1) : null;
  if (owner && tokens[o.t1 + 1 + owner.len]?.kind === 'poss') hit.countries.push({ t0: o.t1 + 1, t1: o.t1 + 1 + owner.len });
  // "Ingrid Solberg, Chairwoman, Nordlys Energy and Kestrel Group."
  if (close?.text === ',') {
    let j = o.t1 + 1;
    while (j < s.t1) {
      let e = j;
      while (e < s.t1 && tokens[e].cap && tokens[e].kind === 'word') e++;
      if (e - j < 1 || !isOrgHead(tokens[e - 1])) break;
      hit.orgs.push({ t0: j, t1: e });
      if (tokens[e]?.text !== 'and') break;
      j = e + 1;
    }
  }
  // "Crown Prince of Ruritania and Deputy Supreme Commander of the Ruritanian Armed Forces"
  let last = o.t1;
  while (tokens[last]?.text === 'and') {
    const more = officeAt(tokens, last + 1, s.t1);
    if (!more || more.nameAt !== null) break;
    hit.titles.push({ t0: last + 1, t1: more.t1, kind: 'office', value: '' });
    hit.role = { t0: k, t1: more.t1 };
    last = more.t1;
  }
}
