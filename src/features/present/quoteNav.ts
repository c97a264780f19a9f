import type { Quote } from '../../core/model';

/**
 * The quote to jump to from a cursor (or selection start) at `offset`:
 * the first quote starting after it, or the last one starting before it.
 * Wraps round at either end so the commands never dead-end; undefined only
 * when there are no quotes. `quotes` must be sorted by start (as core gives them).
 */
export function quoteFrom(quotes: readonly Quote[], offset: number, direction: 'next' | 'previous'): Quote | undefined {
  if (quotes.length === 0) return undefined;
  if (direction === 'next') return quotes.find((q) => q.outer.start > offset) ?? quotes[0];
  for (let i = quotes.length - 1; i >= 0; i--) if (quotes[i].outer.start < offset) return quotes[i];
  return quotes[quotes.length - 1];
}
