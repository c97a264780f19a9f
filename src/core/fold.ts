/** Letters that NFKD does not take apart: "Yılmaz" ~ "Yilmaz", "Radosław" ~ "Radoslaw". */
const BASE_LETTERS: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ħ: 'h', þ: 'th' };

/** Folds a name for comparison: no diacritics, lower case, straight apostrophes. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłŁøØđĐßæÆœŒħþ]/g, (c) => BASE_LETTERS[c])
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}
