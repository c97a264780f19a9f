import { analyze, type SegmentCache } from './analyze';
import type { TagCache } from './document';
import type { Part } from './merge';
import type { ArticleAnalysis } from './model';
import type { TermTags } from './nlp';

/** Analyses successive versions of one document, redoing only what an edit touched. */
export interface Analyzer {
  analyze(text: string): ArticleAnalysis;
  /** How many sentences' tags and segments' analyses are kept for the next call. */
  readonly cached: { sentences: number; segments: number };
  /** What the last call had to redo: sentences tagged by compromise, segments analysed. */
  readonly redone: { sentences: number; segments: number };
}

/**
 * Creates an incremental analyzer. A long document is read in segments
 * (segments.ts): a segment whose text did not change is not analysed again,
 * only shifted into place and merged. Inside a changed segment, compromise's
 * tags (most of the cost) are kept per sentence, so only edited sentences
 * are tagged again. Only what the latest text used is kept, so memory
 * follows the document's size; a segment taken whole from the cache keeps
 * its sentences' tags too, for the edit that will change it later.
 */
export function createAnalyzer(): Analyzer {
  const tags = new GenerationCache<TermTags>();
  const segments = new GenerationCache<{ part: Part; sentences: string[] }>();
  let redone = { sentences: 0, segments: 0 };
  /** The tag keys the segment being analysed uses. */
  let using: string[] = [];
  const tagCache: TagCache = {
    get(sentence) {
      using.push(sentence);
      return tags.get(sentence);
    },
    set(sentence, value) {
      redone.sentences++;
      tags.set(sentence, value);
    },
  };
  const segmentCache: SegmentCache = {
    get(segment) {
      const hit = segments.get(segment);
      if (hit) for (const s of hit.sentences) tags.get(s);
      else using = [];
      return hit?.part;
    },
    set(segment, part) {
      redone.segments++;
      segments.set(segment, { part, sentences: using });
      using = [];
    },
  };
  return {
    analyze(text: string): ArticleAnalysis {
      redone = { sentences: 0, segments: 0 };
      const result = analyze(text, { tagCache, segmentCache });
      tags.nextGeneration();
      segments.nextGeneration();
      return result;
    },
    get cached() {
      return { sentences: tags.size, segments: segments.size };
    },
    get redone() {
      return { ...redone };
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
