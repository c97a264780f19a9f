/**
 * The analysis worker (bundled to dist/worker.js): runs core's analysis off
 * the extension host's main thread for large documents. Protocol: it gets
 * `{ id, key, text }` and answers `{ id, chunk }` (analysisChunks.ts) or
 * `{ id, error }`; the client asks for each further chunk with `{ next: id }`
 * or gives up with `{ drop: id }`, so it never receives more than one small
 * message at a time; `{ close: key }` forgets a document. No vscode import.
 */
import { parentPort } from 'node:worker_threads';
import type { Analyzer } from './features/analyzer';
import { newAnalyzer } from './features/analyzer';
import { CHUNK_ITEMS, chunksOf, type Chunk } from './features/analysisChunks';

export interface WorkerRequest {
  id: number;
  /** The document's URI: the worker keeps one analyzer per document. */
  key: string;
  text: string;
}

const analyzers = new Map<string, Promise<Analyzer>>();
/** The rest of the answer being sent, per job id. */
const sending = new Map<number, Generator<Chunk>>();

function sendNext(id: number): void {
  const chunks = sending.get(id);
  const next = chunks?.next();
  if (!next || next.done) return;
  if (next.value.done) sending.delete(id);
  parentPort?.postMessage({ id, chunk: next.value });
}

// the client sends one job at a time and waits for its answer, so jobs never interleave
parentPort?.on('message', async (msg: WorkerRequest | { close: string } | { next: number } | { drop: number }) => {
  if ('close' in msg) {
    analyzers.delete(msg.close);
    return;
  }
  if ('next' in msg) return sendNext(msg.next);
  if ('drop' in msg) {
    sending.delete(msg.drop);
    return;
  }
  try {
    let analyzer = analyzers.get(msg.key);
    if (!analyzer) analyzers.set(msg.key, (analyzer = newAnalyzer()));
    // released as sent: the client builds its own copy, this one is not needed past its chunk
    sending.set(msg.id, chunksOf((await analyzer).analyze(msg.text), CHUNK_ITEMS, true));
    sendNext(msg.id);
  } catch (e) {
    // core promises never to throw; should it still, the caller falls back rather than hangs
    parentPort?.postMessage({ id: msg.id, error: String(e instanceof Error ? e.stack ?? e.message : e) });
  }
});
