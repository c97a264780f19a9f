import type { Doc } from './document';
import type { Range } from './people';
import { textOf, type Token } from './tokens';
import { COUNTRIES, isAcronym, isDateWord } from './vocab';
import { initialsMatch } from './initials';
import { readDateline } from './dateline';
import { capRun, orgsInRun } from './orgRuns';

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
