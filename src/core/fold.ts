/** Folds a name for comparison: no diacritics, lower case, straight apostrophes. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}
