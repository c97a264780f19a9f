/** Letters that NFKD does not take apart: "Yılmaz" ~ "Yilmaz", "Radosław" ~ "Radoslaw". */
const BASE_LETTERS: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ħ: 'h', þ: 'th' };

/** Folded forms of recent strings: names repeat, and folding is the hot path of mention matching. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** Folds a name for comparison: no diacritics, lower case, straight apostrophes. */
export function fold(s: string): string {
  let f = memo.get(s);
  if (f !== undefined) return f;
  f = /^[\x20-\x7e]*$/.test(s)
    ? s.replace(/`/g, "'").toLowerCase()
    : s
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[ıłŁøØđĐßæÆœŒħþ]/g, (c) => BASE_LETTERS[c])
        .replace(/[’‘`]/g, "'")
        .toLowerCase();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(s, f);
  return f;
}
