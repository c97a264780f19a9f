import type { Doc } from './document';
import type { CountryEntry } from './lexicon/countries';
import type { Range } from './people';
import type { Token } from './tokens';
import { CITIES, COUNTRIES, isDateWord, titleCased } from './vocab';

/** The dateline an article opens with: "NAIROBI, March 14 (Reuters) -", "Accra:", "LIMA (AP)". */
export interface Dateline {
  /** The place named first, and its country when the place is known. */
  place: Range;
  country: CountryEntry | null;
  /** The bracket after it, which names news agencies: "(Reuters)", "(Agency One / Wire Two - 12th Oct, 2020)". */
  bracket: Range | null;
}

/** Marks that may follow the place of a dateline. */
const AFTER_PLACE = new Set([',', '(', ':', '—', '–', '-', '--']);

/**
 * Reads the dateline at the start of an article, or null when the article
 * does not open with one: a place (a known city, a country, or words in
 * capitals) followed by a comma, bracket, colon or dash, or a date. Only
 * the start of an article is read; elsewhere a city is just a city.
 */
export function readDateline(doc: Doc): Dateline | null {
  if (!doc.articleStart) return null;
  const { tokens } = doc;
  const place = placeAt(tokens);
  if (!place) return null;
  // a known city opening the article is its dateline ("Accra Chief of the Defence Staff …");
  // a country or unknown capitals need the punctuation of one
  const after = tokens[place.range.t1];
  const marked = !!after && (AFTER_PLACE.has(after.text) || isDateWord(after) || after.kind === 'num');
  if (!marked && !(place.city && after?.cap)) return null;
  let bracket: Range | null = null;
  for (let i = place.range.t1; i < Math.min(tokens.length, place.range.t1 + 10); i++) {
    if (tokens[i].text !== '(') continue;
    let j = i + 1;
    while (j < tokens.length && j < i + 30 && tokens[j].text !== ')') j++;
    if (tokens[j]?.text === ')') bracket = { t0: i + 1, t1: j };
    break;
  }
  // "BALI, Indonesia (AP)": an unknown place followed by its country
  let country = place.country;
  if (!country && after?.text === ',') {
    const c = COUNTRIES.match(tokens, place.range.t1 + 1);
    if (c && !c.value.demonym) country = c.value.entry;
  }
  return { place: place.range, country, bracket };
}

function placeAt(tokens: Token[]): { range: Range; country: CountryEntry | null; city: boolean } | null {
  const city = CITIES.match(tokens, 0) ?? CITIES.match(titleCased(tokens.slice(0, 3)), 0);
  if (city) return { range: { t0: 0, t1: city.len }, country: city.value, city: true };
  const country = COUNTRIES.match(tokens, 0) ?? COUNTRIES.match(titleCased(tokens.slice(0, 3)), 0);
  if (country && !country.value.demonym) return { range: { t0: 0, t1: country.len }, country: country.value.entry, city: false };
  // an unknown place in capitals: "ABUJA", "KUALA LUMPUR"
  let j = 0;
  while (j < tokens.length && j < 4 && /^\p{Lu}{2,}$/u.test(tokens[j].text)) j++;
  return j > 0 ? { range: { t0: 0, t1: j }, country: null, city: false } : null;
}
