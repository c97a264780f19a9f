import type { ArticleAnalysis } from '../core/model';

/**
 * An analysis cut into small messages, so that receiving it from the worker
 * never blocks the extension host for long: structured-cloning the analysis
 * of a 10 MB file in one message costs the receiving thread hundreds of
 * milliseconds. No vscode import: used by the worker and by its client.
 */
export interface Chunk {
  /** Only in the first chunk. */
  meta?: Pick<ArticleAnalysis, 'header' | 'notes'>;
  field: ListField;
  items: unknown[];
  done: boolean;
}

type ListField = 'entities' | 'mentions' | 'titles' | 'meetings' | 'quotes' | 'sentences';
const FIELDS: ListField[] = ['entities', 'mentions', 'titles', 'meetings', 'quotes', 'sentences'];
/** Items per message: a few milliseconds of cloning at most. */
export const CHUNK_ITEMS = 2000;

/**
 * The chunks of `a`, in order; entities travel without their mentions, which
 * follow in `mentions`. With `release`, each item is let go of (its slot
 * emptied) once it is in a chunk, so the sender's copy of a large analysis
 * shrinks while the receiver's grows: then `a` is spent, read it no more.
 */
export function chunksOf(a: ArticleAnalysis, size = CHUNK_ITEMS, release = false): Generator<Chunk> {
  const lists: [ListField, unknown[]][] = FIELDS.map((f) => [f, f === 'entities' ? a.entities.map((e) => ({ ...e, mentions: [] })) : a[f]]);
  // the generator gets the lists, not `a`: the entities with their mention lists are not held while sending
  return chunks(lists, { header: a.header, notes: a.notes }, size, release);
}

function* chunks(lists: [ListField, unknown[]][], meta: Chunk['meta'], size: number, release: boolean): Generator<Chunk> {
  let first = true;
  for (let k = 0; k < lists.length; k++) {
    const [field, items] = lists[k];
    for (let i = 0; i === 0 || i < items.length; i += size) {
      const last = k === lists.length - 1 && i + size >= items.length;
      const part = items.slice(i, i + size);
      if (release) items.fill(undefined, i, i + size);
      yield { ...(first ? { meta } : {}), field, items: part, done: last };
      first = false;
    }
  }
}

/** Puts the chunks back together, giving each entity its mentions again. */
export class ChunkAssembler {
  private readonly result: ArticleAnalysis = { header: { date: null, dateSpan: null, bodyStart: 0 }, entities: [], mentions: [], titles: [], meetings: [], quotes: [], sentences: [], notes: [] };
  private readonly byId = new Map<string, ArticleAnalysis['entities'][number]>();

  add(chunk: Chunk): void {
    if (chunk.meta) Object.assign(this.result, chunk.meta);
    const list = this.result[chunk.field] as unknown[];
    for (const item of chunk.items) list.push(item);
    if (chunk.field === 'entities') for (const e of chunk.items as ArticleAnalysis['entities']) this.byId.set(e.id, e);
    if (chunk.field === 'mentions') for (const m of chunk.items as ArticleAnalysis['mentions']) this.byId.get(m.entityId)?.mentions.push(m);
  }

  get analysis(): ArticleAnalysis {
    return this.result;
  }
}
