import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../core/model';
import type { WorkerRequest } from '../worker';
import { ChunkAssembler, type Chunk } from './analysisChunks';

/** Thrown (as a rejection) when a job is aborted before its answer came. */
export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

interface Job extends WorkerRequest {
  /** Set once the caller has its answer (or its CancelledError). */
  settled?: boolean;
  /** The answer so far, chunk by chunk. */
  assembler?: ChunkAssembler;
  resolve(a: ArticleAnalysis): void;
  reject(e: unknown): void;
}

/**
 * The worker's young generation, in MB (V8's default grows to 48). The
 * worker shares the extension host's process, so its memory is the host's:
 * this keeps 30-40 MB off the peak of a 10 MB file for about 9% more
 * analysis time (measured on this project's 2-core machine).
 */
const WORKER_YOUNG_MB = 12;

/**
 * Runs analyses in one worker thread (dist/worker.js), one job at a time.
 * Aborting a job releases its caller at once with a CancelledError. A queued
 * job is dropped; the running one is left to finish in the background and its
 * answer ignored: the worker's incremental analyzer keeps the sentences it
 * tagged, so the next version (usually the same text plus one keystroke) is
 * then cheap, whereas terminating would throw that cache and the loaded
 * core away. No vscode import: usable from plain node.
 */
export class WorkerClient {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(private readonly script: string) {}

  analyze(key: string, text: string, signal: AbortSignal): Promise<ArticleAnalysis> {
    if (signal.aborted) return Promise.reject(new CancelledError());
    return new Promise((resolve, reject) => {
      const onAbort = () => this.abort(job);
      // the listener goes once the job has its answer: a signal may outlive many jobs
      const done = () => signal.removeEventListener('abort', onAbort);
      const job: Job = {
        id: this.nextId++, key, text,
        resolve: (a) => (done(), resolve(a)),
        reject: (e) => (done(), reject(e)),
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Tells the worker a document closed, so it drops that document's analyzer. */
  forget(key: string): void {
    this.worker?.postMessage({ close: key });
  }

  dispose(): void {
    for (const job of [...this.queue.splice(0), ...(this.running ? [this.running] : [])]) {
      if (!job.settled) job.reject(new CancelledError());
      job.settled = true;
    }
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.running = job;
    const request: WorkerRequest = { id: job.id, key: job.key, text: job.text };
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    worker.on('message', (msg: { id: number; chunk?: Chunk; error?: string }) => {
      const job = this.running;
      if (this.worker !== worker || !job || job.id !== msg.id) return;
      if (msg.chunk && !msg.chunk.done) {
        if (job.settled) {
          // cancelled while the answer came in: the rest is not wanted
          worker.postMessage({ drop: job.id });
        } else {
          (job.assembler ??= new ChunkAssembler()).add(msg.chunk);
          // ask for the next piece on a later turn, so other work runs in between
          setImmediate(() => this.worker === worker && this.running === job && worker.postMessage({ next: job.id }));
          return;
        }
      }
      this.running = undefined;
      if (!job.settled) {
        job.settled = true;
        if (msg.chunk) {
          (job.assembler ??= new ChunkAssembler()).add(msg.chunk);
          job.resolve(job.assembler.analysis);
        } else job.reject(new Error(msg.error ?? 'worker gave no analysis'));
      }
      this.pump();
    });
    const fail = (e: unknown) => {
      // a worker we terminated on purpose has been replaced already: its exit is no news
      if (this.worker !== worker) return;
      this.worker = undefined;
      const job = this.running;
      this.running = undefined;
      if (job && !job.settled) {
        job.settled = true;
        job.reject(e instanceof Error ? e : new Error(String(e)));
      }
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private abort(job: Job): void {
    if (job.settled) return;
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    else if (this.running !== job) return;
    // a running job keeps going (see the class comment); its answer will be ignored
    job.settled = true;
    job.reject(new CancelledError());
  }
}
