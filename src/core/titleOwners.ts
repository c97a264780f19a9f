import type { Range } from './people';
import { Tag, has } from './tags';
import { CORPORATE_HEADS } from './lexicon/offices';
import type { Token } from './tokens';
import { officeAt, type OfficeParse } from './titles';
import { isAcronym, isNotNameWord, isOfficeHead, isOfficeModifier, isOrgHead } from './vocab';

// Organisations written into a person's title, before the office.

/** "World Health Organization's" before an office: an organisation's name (ending in a cue word, or an acronym) with 's. */
export function possessiveOrgAt(tokens: Token[], k: number, end: number): Range | null {
  if (isNotNameWord(tokens[k])) return null;
  let j = k;
  while (j < end && tokens[j].kind === 'word' && (tokens[j].cap || (j > k && ['of', 'for'].includes(tokens[j].text)))) j++;
  if (j === k || tokens[j]?.kind !== 'poss' || !officeAt(tokens, j + 1, end)) return null;
  const last = tokens[j - 1];
  return isOrgHead(last) || isAcronym(last) ? { t0: k, t1: j } : null;
}

/** An organisation name or acronym written before an office head ("Ghana Army chief", "Airbus Chief Executive", "Nordic Rail Chairman"). */
export function orgModifierAt(tokens: Token[], k: number, end: number): Range | null {
  if (isAcronym(tokens[k]) && isOfficeHead(tokens[k + 1])) return { t0: k, t1: k + 1 };
  // a single name compromise knows as an organisation
  if (tokens[k]?.cap && has(tokens[k].tags, Tag.Organization) && !has(tokens[k].tags, Tag.Person | Tag.Place) && isOfficeHead(tokens[k + 1])) return { t0: k, t1: k + 1 };
  let j = k;
  while (j < end && tokens[j].cap && tokens[j].kind === 'word' && !isOfficeHead(tokens[j])) j++;
  if (j - k < 2 || !isOfficeHead(tokens[j]) || isNotNameWord(tokens[k])) return null;
  // a cue word ends the name ("Ghana Army chief"); before a company's office any name will do ("Nordic Rail Chief Executive")
  if (!isOrgHead(tokens[j - 1]) && !CORPORATE_HEADS.has(officeAt(tokens, j, end)?.head ?? '')) return null;
  // "Foreign Relations Secretary" is one title: generic words name no organisation
  for (let i = k; i < j; i++) if (!isOfficeModifier(tokens[i]) && !isOrgHead(tokens[i])) return { t0: k, t1: j };
  return null;
}

/** "chief executive of Kestrel Freight": the capitalised name that ends a company office's complement is the company. */
export function companyIn(tokens: Token[], o: OfficeParse): Range | null {
  if (!CORPORATE_HEADS.has(o.head)) return null;
  let k = o.t0;
  while (k < o.t1 && tokens[k].text !== 'of') k++;
  k += tokens[k + 1]?.text === 'the' ? 2 : 1;
  let j = k;
  while (j < o.t1 && tokens[j].cap && tokens[j].kind === 'word') j++;
  return j > k && j === o.t1 ? { t0: k, t1: j } : null;
}
