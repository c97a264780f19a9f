// A worker thread that analyses the text it is sent and posts the whole
// analysis back, as the extension's worker does.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../src/core/analyze';

parentPort?.on('message', (text: string) => {
  const t0 = performance.now();
  const analysis = analyze(text);
  parentPort?.postMessage({ ms: performance.now() - t0, analysis });
});
