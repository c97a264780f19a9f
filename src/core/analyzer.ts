import { analyze } from './analyze';
import type { TagCache } from './document';
import type { ArticleAnalysis } from './model';
import type { TermTags } from './nlp';

/** Analyses successive versions of one document, re-tagging only the sentences that changed. */
export interface Analyzer {
  analyze(text: string): ArticleAnalysis;
  /** How many sentences' tags are kept for the next call. */
  readonly cachedSentences: number;
}

/**
 * Creates an incremental analyzer. compromise's tagging is most of the cost
 * of an analysis; the analyzer keeps it per sentence text, so after a local
 * edit only the edited sentence is tagged again and the cheap document-wide
 * passes (names, quotes, meetings) run over cached tags. Only the sentences
 * of the latest text are kept, so memory follows the document's size.
 */
export function createAnalyzer(): Analyzer {
  const cache = new GenerationCache();
  return {
    analyze(text: string): ArticleAnalysis {
      const result = analyze(text, { tagCache: cache });
      cache.nextGeneration();
      return result;
    },
    get cachedSentences() {
      return cache.size;
    },
  };
}

/** Two generations: what the previous call used, and what this call uses. */
class GenerationCache implements TagCache {
  private previous = new Map<string, TermTags[]>();
  private current = new Map<string, TermTags[]>();

  get(sentence: string): TermTags[] | undefined {
    const tags = this.current.get(sentence) ?? this.previous.get(sentence);
    if (tags) this.current.set(sentence, tags);
    return tags;
  }

  set(sentence: string, tags: TermTags[]): void {
    this.current.set(sentence, tags);
  }

  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.previous.size;
  }
}
