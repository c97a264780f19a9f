import type { Doc } from './document';
import { nameAt } from './names';
import type { PersonHit, Range } from './people';
import { REPORTING_VERBS } from './lexicon/verbs';
import { PERSON_NOUNS } from './lexicon/words';
import { Tag, has } from './tags';
import type { Token } from './tokens';
import { CITIES, COUNTRIES, REGION_TABLE, isOfficeModifier, isOrgHead } from './vocab';

/**
 * People named without a title: a name of two words or more that speaks
 * ("Park Min-jun said", "said Ana Ribeiro"), that compromise knows as a
 * person, that carries a hyphenated given name ("Kim Ji-woo"), that is
 * followed by ", who", or that follows a noun for a person ("his counterpart
 * Luis Paredes"). Names inside titled hits are skipped.
 */
export function findUntitledPeople(doc: Doc, titled: PersonHit[]): PersonHit[] {
  const { tokens } = doc;
  const taken = new Uint8Array(tokens.length);
  for (const h of titled) for (const t of [h.name, ...h.titles]) for (let i = t.t0; i < t.t1; i++) taken[i] = 1;
  const out: PersonHit[] = [];
  for (const s of doc.sentences) {
    let i = s.t0;
    while (i < s.t1) {
      if (taken[i]) { i++; continue; }
      const r = nameAt(tokens, i, s.t1);
      if (!r) { i++; continue; }
      let overlap = false;
      for (let k = r.t0; k < r.t1; k++) if (taken[k]) overlap = true;
      if (!overlap && !isPlace(tokens, r) && isPerson(tokens, r, s.t0)) out.push({ name: r, titles: [], countries: [], orgs: [], role: null });
      i = r.t1;
    }
  }
  return out;
}

function isPerson(tokens: Token[], r: Range, sentenceStart: number): boolean {
  const len = r.t1 - r.t0;
  const before = tokens[r.t0 - 1];
  const after = tokens[r.t1];
  if (before && PERSON_NOUNS.has(before.text)) return true;
  if (len < 2) return false;
  if (isOrgHead(tokens[r.t1 - 1])) return false;
  // "the Ministry of Foreign Affairs said": the words after "of" belong to the organisation
  if (before && ['of', 'for'].includes(before.text) && tokens[r.t0 - 2]?.cap) return false;
  let generic = true;
  for (let k = r.t0; k < r.t1; k++) if (!isOfficeModifier(tokens[k]) && !isOrgHead(tokens[k])) generic = false;
  if (generic) return false;
  let v = r.t1;
  while (tokens[v] && has(tokens[v].tags, Tag.Adverb) && !tokens[v].cap) v++;
  if (tokens[v] && REPORTING_VERBS.has(tokens[v].text)) return true;
  if (before && REPORTING_VERBS.has(before.text) && r.t0 > sentenceStart) return true;
  if (after?.text === ',' && tokens[r.t1 + 1]?.text === 'who') return true;
  // East Asian given names written with a hyphen: "Min-jun", "Ji-woo"
  for (let k = r.t0; k < r.t1; k++) if (/^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u.test(tokens[k].text) && !/-(backed|led|based|born|owned|run|made|style|era|wide|like|type)$/.test(tokens[k].text)) return true;
  let person = 0;
  for (let k = r.t0; k < r.t1; k++) if (has(tokens[k].tags, Tag.Person | Tag.FirstName | Tag.LastName)) person++;
  return person >= 1 && has(tokens[r.t0].tags, Tag.Person | Tag.FirstName);
}

function isPlace(tokens: Token[], r: Range): boolean {
  for (let k = r.t0; k < r.t1; k++) {
    if (COUNTRIES.match(tokens, k, r.t1) || CITIES.match(tokens, k, r.t1) || REGION_TABLE.match(tokens, k, r.t1)) return true;
    if (has(tokens[k].tags, Tag.Place) && !has(tokens[k].tags, Tag.Person)) return true;
  }
  return false;
}
