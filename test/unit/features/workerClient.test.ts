// The real worker bundle (dist/worker.js, built before the unit tests run) in
// plain node: it analyses, it can be cancelled, and it recovers afterwards.
import * as assert from 'node:assert';
import { getEventListeners } from 'node:events';
import { join } from 'node:path';
import { CancelledError, WorkerClient } from '../../../src/features/workerClient';
import { repoRoot } from './root';

const script = join(repoRoot(), 'dist', 'worker.js');
const TEXT = ' date 2026-02-03 The minister met the envoy in Oslo.';

describe('worker client', () => {
  let client: WorkerClient;
  beforeEach(() => (client = new WorkerClient(script)));
  afterEach(() => client.dispose());

  it('analyses in the worker thread', async () => {
    const a = await client.analyze('doc1', TEXT, new AbortController().signal);
    assert.strictEqual(a.header.date, '2026-02-03');
  });

  it('an aborted job rejects with CancelledError and the next job still runs', async () => {
    const abort = new AbortController();
    const first = client.analyze('doc1', TEXT.repeat(200), abort.signal);
    const queued = new AbortController();
    const second = client.analyze('doc2', TEXT, queued.signal);
    queued.abort();
    abort.abort();
    await assert.rejects(first, CancelledError);
    await assert.rejects(second, CancelledError);
    const third = await client.analyze('doc1', TEXT, new AbortController().signal);
    assert.strictEqual(third.header.date, '2026-02-03');
  });

  it('a signal shared by many jobs keeps no listener once they have their answers', async () => {
    const signal = new AbortController().signal;
    for (let i = 0; i < 3; i++) await client.analyze('doc1', TEXT + ` Take ${i}.`, signal);
    assert.strictEqual(getEventListeners(signal, 'abort').length, 0);
  });

  it('an already aborted signal never reaches the worker', async () => {
    const abort = new AbortController();
    abort.abort();
    await assert.rejects(client.analyze('doc1', TEXT, abort.signal), CancelledError);
  });
});
