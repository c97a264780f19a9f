/**
 * The analysis worker (bundled to dist/worker.js): runs core's analysis off
 * the extension host's main thread for large documents. Protocol: it gets
 * `{ id, key, text }` and answers `{ id, analysis }` or `{ id, error }`; a
 * message `{ close: key }` forgets a document. It holds no vscode import.
 */
import { parentPort } from 'node:worker_threads';
import type { Analyzer } from './features/analyzer';
import { newAnalyzer } from './features/analyzer';

export interface WorkerRequest {
  id: number;
  /** The document's URI: the worker keeps one analyzer per document. */
  key: string;
  text: string;
}

const analyzers = new Map<string, Promise<Analyzer>>();

// the client sends one job at a time and waits for its answer, so jobs never interleave
parentPort?.on('message', async (msg: WorkerRequest | { close: string }) => {
  if ('close' in msg) {
    analyzers.delete(msg.close);
    return;
  }
  try {
    let analyzer = analyzers.get(msg.key);
    if (!analyzer) analyzers.set(msg.key, (analyzer = newAnalyzer()));
    parentPort?.postMessage({ id: msg.id, analysis: (await analyzer).analyze(msg.text) });
  } catch (e) {
    // core promises never to throw; should it still, the caller falls back rather than hangs
    parentPort?.postMessage({ id: msg.id, error: String(e instanceof Error ? e.stack ?? e.message : e) });
  }
});
