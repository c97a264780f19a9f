import type { Analyzer } from '../core/analyzer';

export type { Analyzer };

/**
 * A fresh analyzer for one document (kept per URI by the cache and by the
 * worker, so incremental work is reused between versions of that document).
 * The core is loaded on first use, not at activation: loading compromise and
 * the lexicons takes 57–72 ms (`npm run bench`, cold start), which opening a
 * plain .txt file (our header sniffing activates on it) need not pay. Core's
 * incremental analyzer re-tags only the sentences an edit touched.
 */
export async function newAnalyzer(): Promise<Analyzer> {
  const { createAnalyzer } = await import('../core/analyzer');
  return createAnalyzer();
}
