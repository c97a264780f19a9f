import { appositionAfter, namedWithApposition } from './appositions';
import type { Doc, Sentence } from './document';
import { initialsMatch } from './initials';
import { nameAt } from './names';
import { orgModifierAt, possessiveOrgAt } from './titleOwners';
import { textOf, type Token } from './tokens';
import { officeAt, rankAt, type TitlePart } from './titles';
import { COUNTRIES, isAcronym, isCourtesy, isNameWord, isOfficeHead, isSkipAdjective } from './vocab';

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
  const chain = titleChain(tokens, ownersBefore(tokens, i, end, hit), end, hit);
  if (hit.titles.length === 0 && !chain.courtesy) return null;
  const name = nameAt(tokens, chain.k, end);
  if (!name) return null;
  hit.name = name;
  const offices = hit.titles.filter((t) => t.kind === 'office');
  if (hit.role && offices.length > 1) hit.role = { t0: offices[0].t0, t1: offices[offices.length - 1].t1 };
  else hit.role = null;
  return hit;
}

/**
 * What may stand before a title chain, added to `hit`: describing words, a
 * country or demonym ("Russian President", "Saudi Arabia's Defence
 * Minister"), or an organisation's name with 's ("the World Health
 * Organization's Director-General"). Returns where the chain starts.
 */
function ownersBefore(tokens: Token[], i: number, end: number, hit: PersonHit): number {
  let k = i;
  while (isSkipAdjective(tokens[k])) k++;
  const c = COUNTRIES.match(tokens, k, end);
  if (c) {
    const after = k + c.len + (tokens[k + c.len]?.kind === 'poss' ? 1 : 0);
    if (startsChain(tokens, after, end)) {
      hit.countries.push({ t0: k, t1: k + c.len });
      k = after;
    }
    return k;
  }
  const owner = possessiveOrgAt(tokens, k, end);
  if (!owner) return k;
  hit.orgs.push(owner);
  return owner.t1 + 1;
}

/**
 * Ranks, honorifics, courtesy forms and offices from `k` on, added to
 * `hit`: "Chief of Defence Forces", "Mr.", "his Kenyan counterpart,",
 * "Deputy Prime Minister and Minister of Foreign Affairs", "Ghana Army
 * chief". Returns where the name should start, and whether a courtesy form
 * (which titles nobody) was read.
 */
function titleChain(tokens: Token[], k: number, end: number, hit: PersonHit): { k: number; courtesy: boolean } {
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
    if (!o) break;
    hit.titles.push({ t0: officeStart, t1: o.t1, kind: 'office', value: '' });
    if (org) hit.orgs.push(org);
    org = null; // it belongs to the first office only
    if (joinedFrom < 0) joinedFrom = officeStart;
    k = o.t1;
    if (o.nameAt !== null) break;
    // "(CDS)" after a title abbreviates it; in "head of the Red Cross Committee (RCC)" it is the organisation's
    if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && isAcronym(tokens[k + 1])) {
      if (abbreviates(tokens[k + 1].text, tokens, officeStart, k)) hit.titles.push({ t0: k + 1, t1: k + 2, kind: 'office', value: '' });
      k += 3;
    }
    if (tokens[k]?.text === 'and' && tokens[officeStart].cap && tokens[k + 1]?.cap && officeAt(tokens, k + 1, end)) {
      hit.role = { t0: joinedFrom, t1: k }; // widened by titledNameAt
      k++;
      continue;
    }
    // "Title, Name": the title in apposition before the name
    if (tokens[k]?.text === ',' && (isNameWord(tokens[k + 1]) || rankAt(tokens, k + 1, end) || isCourtesy(tokens[k + 1]))) k++;
  }
  return { k, courtesy };
}

function startsChain(tokens: Token[], k: number, end: number): boolean {
  return !!(rankAt(tokens, k, end) || officeAt(tokens, k, end) || orgModifierAt(tokens, k, end) || isCourtesy(tokens[k]) || isSkipAdjective(tokens[k]) || tokens[k]?.text === 'counterpart');
}

/** Whether `acronym` abbreviates the whole title `[t0, t1)`: its initials, starting with the title's first word. */
function abbreviates(acronym: string, tokens: Token[], t0: number, t1: number): boolean {
  const words = textOf(tokens, { t0, t1 });
  return acronym[0] === words[0].toUpperCase() && initialsMatch(acronym, words);
}
