import { Worker } from 'node:worker_threads';
import type { ArticleAnalysis } from '../core/model';
import type { WorkerRequest } from '../worker';

/** Thrown (as a rejection) when a job is aborted before its answer came. */
export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

interface Job extends WorkerRequest {
  signal: AbortSignal;
  resolve(a: ArticleAnalysis): void;
  reject(e: unknown): void;
}

/**
 * Runs analyses in one worker thread (dist/worker.js), one job at a time.
 * Aborting a queued job drops it; aborting the running job terminates the
 * worker, since a synchronous analysis cannot be interrupted otherwise — the
 * next job starts a fresh worker. No vscode import: usable from plain node.
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
      const job: Job = { id: this.nextId++, key, text, signal, resolve, reject };
      signal.addEventListener('abort', () => this.abort(job), { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Tells the worker a document closed, so it drops that document's analyzer. */
  forget(key: string): void {
    this.worker?.postMessage({ close: key });
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.reject(new CancelledError());
    this.running?.reject(new CancelledError());
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
    const worker = new Worker(this.script);
    worker.on('message', (msg: { id: number; analysis?: ArticleAnalysis; error?: string }) => {
      const job = this.running;
      if (this.worker !== worker || !job || job.id !== msg.id) return;
      this.running = undefined;
      if (msg.analysis) job.resolve(msg.analysis);
      else job.reject(new Error(msg.error ?? 'worker gave no analysis'));
      this.pump();
    });
    const fail = (e: unknown) => {
      // a worker we terminated on purpose has been replaced already: its exit is no news
      if (this.worker !== worker) return;
      this.worker = undefined;
      const job = this.running;
      this.running = undefined;
      job?.reject(e instanceof Error ? e : new Error(String(e)));
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`analysis worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private abort(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.reject(new CancelledError());
      return;
    }
    if (this.running !== job) return;
    this.running = undefined;
    job.reject(new CancelledError());
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    this.pump();
  }
}
