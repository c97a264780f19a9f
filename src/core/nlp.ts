// The one file that imports compromise. Everything else sees tag bits.
import nlp from 'compromise/two';
import { TAG_BITS } from './tags';

/**
 * The terms of a sentence as triples `[start, end, tags]` (offsets relative
 * to the sentence, tags as bits): twelve bytes a term, since an incremental
 * analyzer keeps them for every sentence of a file that may be 10 MB long.
 */
export type TermTags = Int32Array;

interface CompromiseTerm {
  text: string;
  tags: Set<string>;
}

/**
 * Runs compromise's tagger on one sentence and returns each term's span
 * (relative to `sentence`) with its tags as bits, three numbers a term. compromise keeps the text
 * of each term verbatim, so a term is found by searching forward from the
 * previous one; a term that cannot be found is skipped rather than guessed.
 */
export function tagSentence(sentence: string): TermTags {
  const out: number[] = [];
  if (!/\p{L}/u.test(sentence)) return new Int32Array(0);
  const doc = nlp(sentence) as unknown as { document: CompromiseTerm[][] };
  let cursor = 0;
  for (const terms of doc.document) {
    for (const term of terms) {
      if (!term.text) continue;
      const at = sentence.indexOf(term.text, cursor);
      if (at < 0) continue;
      let bits = 0;
      for (const t of term.tags) bits |= TAG_BITS.get(t) ?? 0;
      out.push(at, at + term.text.length, bits);
      cursor = at + term.text.length;
    }
  }
  return Int32Array.from(out);
}
