// The one file that imports compromise. Everything else sees tag bits.
import nlp from 'compromise/two';
import { TAG_BITS } from './tags';

/** Tags for one term of a sentence, offsets relative to the sentence. */
export interface TermTags {
  start: number;
  end: number;
  tags: number;
}

interface CompromiseTerm {
  text: string;
  tags: Set<string>;
}

/**
 * Runs compromise's tagger on one sentence and returns each term's span
 * (relative to `sentence`) with its tags as bits. compromise keeps the text
 * of each term verbatim, so a term is found by searching forward from the
 * previous one; a term that cannot be found is skipped rather than guessed.
 */
export function tagSentence(sentence: string): TermTags[] {
  const out: TermTags[] = [];
  if (!/\p{L}/u.test(sentence)) return out;
  const doc = nlp(sentence) as unknown as { document: CompromiseTerm[][] };
  let cursor = 0;
  for (const terms of doc.document) {
    for (const term of terms) {
      if (!term.text) continue;
      const at = sentence.indexOf(term.text, cursor);
      if (at < 0) continue;
      let bits = 0;
      for (const t of term.tags) bits |= TAG_BITS.get(t) ?? 0;
      out.push({ start: at, end: at + term.text.length, tags: bits });
      cursor = at + term.text.length;
    }
  }
  return out;
}
