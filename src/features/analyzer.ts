import { analyze } from '../core/analyze';
import type { ArticleAnalysis } from '../core/model';

/** Something that analyses successive versions of one document. */
export interface Analyzer {
  analyze(text: string): ArticleAnalysis;
}

/**
 * A fresh analyzer for one document (kept per URI by the cache and by the
 * worker, so incremental work is reused between versions of that document).
 * TODO(#4): switch to core's createAnalyzer() once it lands, for per-sentence reuse.
 */
export function newAnalyzer(): Analyzer {
  return { analyze };
}
