import type { ArticleAnalysis } from '../core/model';

/** Something that analyses successive versions of one document. */
export interface Analyzer {
  analyze(text: string): ArticleAnalysis;
}

/**
 * A fresh analyzer for one document (kept per URI by the cache and by the
 * worker, so incremental work is reused between versions of that document).
 * The core is loaded on first use, not at activation: evaluating compromise
 * and the lexicons takes about 0.4 s, which opening a plain .txt file (our
 * header sniffing activates on it) must not pay.
 * TODO(#4): switch to core's createAnalyzer() once it lands, for per-sentence reuse.
 */
export async function newAnalyzer(): Promise<Analyzer> {
  const { analyze } = await import('../core/analyze');
  return { analyze };
}
