import type { Range } from './people';
import { WEEKDAYS } from './lexicon/words';
import type { Token } from './tokens';
import { rankAt } from './titles';
import { CITIES, COUNTRIES, isDateWord, isNameWord, isNotNameWord, isOrgHead, isParticle } from './vocab';

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

