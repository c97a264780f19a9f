import type { ArticleAnalysis } from '../core/model';

/** Something that analyses successive versions of one document (core's Analyzer is one). */
export interface Analyzer {
  analyze(text: string): ArticleAnalysis;
}

/**
 * A fresh analyzer for one document (kept per URI by the cache and by the
 * worker, so incremental work is reused between versions of that document).
 * The core is loaded on first use, not at activation: evaluating compromise
 * and the lexicons takes about 0.4 s, which opening a plain .txt file (our
 * header sniffing activates on it) must not pay. Core's incremental analyzer
 * re-tags only the sentences an edit touched.
 */
export async function newAnalyzer(): Promise<Analyzer> {
  const { createAnalyzer } = await import('../core/analyzer');
  return createAnalyzer();
}
