import type { Sentence } from './document';
import { nameAt } from './names';
import type { PersonHit } from './people';
import { companyIn, orgModifierAt } from './titleOwners';
import type { Token } from './tokens';
import { officeAt } from './titles';
import { COUNTRIES, isCourtesy, isOrgHead } from './vocab';

// Offices written after a name, set off by commas.

/** "Paula Grigoryan, spokeswoman for the Armenian Foreign Ministry,": a bare name with an office after it. */
export function namedWithApposition(tokens: Token[], i: number, s: Sentence): PersonHit | null {
  if (i > s.t0 && (tokens[i - 1].cap || isCourtesy(tokens[i - 1]))) return null;
  const name = nameAt(tokens, i, s.t1);
  if (!name || isOrgHead(tokens[name.t1 - 1]) || COUNTRIES.match(tokens, name.t0, name.t1)) return null;
  const hit: PersonHit = { name, titles: [], countries: [], orgs: [], role: null };
  appositionAfter(tokens, hit, s);
  return hit.titles.length ? hit : null;
}

/** ", the defence minister," or ", chairwoman of Nordlys Energy," after a name adds that office. */
export function appositionAfter(tokens: Token[], hit: PersonHit, s: Sentence): void {
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
  const company = companyIn(tokens, o);
  if (company) hit.orgs.push(company);
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
