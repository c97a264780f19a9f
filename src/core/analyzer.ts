import { analyze } from './analyze';
import type { Part } from './merge';
import type { ArticleAnalysis } from './model';
import type { TermTags } from './nlp';

/** Analyses successive versions of one document, redoing only what an edit touched. */
export interface Analyzer {
  analyze(text: string): ArticleAnalysis;
  /** How many sentences' tags and segments' analyses are kept for the next call. */
  readonly cached: { sentences: number; segments: number };
}

/**
 * Creates an incremental analyzer. A long document is read in segments
 * (segments.ts): a segment whose text did not change is not analysed again,
 * only shifted into place and merged. Inside a changed segment, compromise's
 * tags (most of the cost) are kept per sentence, so only edited sentences
 * are tagged again. Only what the latest text used is kept, so memory
 * follows the document's size.
 */
export function createAnalyzer(): Analyzer {
  const tags = new GenerationCache<TermTags>();
  const segments = new GenerationCache<Part>();
  return {
    analyze(text: string): ArticleAnalysis {
      const result = analyze(text, { tagCache: tags, segmentCache: segments });
      tags.nextGeneration();
      segments.nextGeneration();
      return result;
    },
    get cached() {
      return { sentences: tags.size, segments: segments.size };
    },
  };
}

/** Two generations: what the previous call used, and what this call uses. */
class GenerationCache<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string): V | undefined {
    const value = this.current.get(key) ?? this.previous.get(key);
    if (value !== undefined) this.current.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.previous.size;
  }
}
