import type { Header } from './model';

/** ` date YYYY-MM-DD ` at the very start of a seed file (leading white space allowed). */
const HEADER = /^[ \t\uFEFF]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=[ \t\r\n]|$)[ \t]*/;

/**
 * Parses the seed header. Returns the ISO date and the offset where the body
 * starts; a text without a header (or with an impossible date such as
 * 2024-13-45) gets `date: null` and `bodyStart: 0`, so it is analysed whole.
 */
export function parseHeader(text: string): Header {
  const m = HEADER.exec(text);
  if (!m) return { date: null, dateSpan: null, bodyStart: 0 };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
  if (!valid) return { date: null, dateSpan: null, bodyStart: 0 };
  const dateStart = m[0].indexOf(m[1]);
  return {
    date: `${m[1]}-${m[2]}-${m[3]}`,
    dateSpan: { start: dateStart, end: dateStart + 10 },
    bodyStart: m[0].length,
  };
}

/** True when `line` (a file's first line) starts with a seed header. */
export function isSeedHeader(line: string): boolean {
  return parseHeader(line).date !== null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
