import * as vscode from 'vscode';
import { SpanIndex } from '../core/lookup';
import type { ArticleAnalysis } from '../core/model';
import { Settings } from '../constants';
import type { Analyzer } from './analyzer';
import { newAnalyzer } from './analyzer';
import { chooseMode } from './present/sizePolicy';
import { nextSlice } from './timeSlice';
import { CancelledError, WorkerClient } from './workerClient';

/** One analysed document version, shared by every provider. */
export interface DocumentAnalysis {
  uri: vscode.Uri;
  version: number;
  text: string;
  analysis: ArticleAnalysis;
  /** Made on first use (hover, navigation): colours and outline do without it. */
  readonly index: SpanIndex;
}

/** A document too large to analyse (over `newsLens.analysis.maxFileMB`). */
export interface Refusal {
  document: vscode.TextDocument;
  bytes: number;
  maxFileMB: number;
}

interface Entry {
  version: number;
  abort: AbortController;
  promise: Promise<DocumentAnalysis | undefined>;
}

/**
 * Analysis per document URI and version. Concurrent callers for the same
 * version share one promise; a request for a newer version aborts the older
 * work; closing the document drops its entry. Large documents go to a worker
 * thread, documents over the hard cap are refused (reported once per version
 * through `onDidRefuse`). Resolves undefined when refused or superseded —
 * never rejects. Only reads documents.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly analyzers = new Map<string, Promise<Analyzer>>();
  private readonly worker: WorkerClient;
  private readonly busyEmitter = new vscode.EventEmitter<vscode.Uri[]>();
  private readonly refuseEmitter = new vscode.EventEmitter<Refusal>();
  /** Worker jobs running or queued, keyed by their own signal: a superseded job may finish after its successor started. */
  private readonly busy = new Map<AbortSignal, vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Fires with the documents being analysed in the worker whenever that set changes. */
  readonly onDidChangeBusy = this.busyEmitter.event;

  /** The documents being analysed in the worker now (for a listener that subscribes late). */
  get busyUris(): vscode.Uri[] {
    return [...this.busy.values()];
  }
  readonly onDidRefuse = this.refuseEmitter.event;

  constructor(workerScript: string, private readonly log: vscode.LogOutputChannel) {
    this.worker = new WorkerClient(workerScript);
    this.subscriptions.push(
      this.busyEmitter,
      this.refuseEmitter,
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      // the size limits decide inline, worker or refused: a new limit means a new analysis
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(Settings.maxFileMB) && !e.affectsConfiguration(Settings.workerThresholdKB)) return;
        for (const entry of this.entries.values()) entry.abort.abort();
        this.entries.clear();
      }),
    );
  }

  /** The analysis of the document's current version (see the class comment). */
  get(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return entry.promise;
    entry?.abort.abort();
    const abort = new AbortController();
    const promise = this.compute(document, abort.signal);
    this.entries.set(key, { version: document.version, abort, promise });
    return promise;
  }

  dispose(): void {
    for (const e of this.entries.values()) e.abort.abort();
    this.entries.clear();
    this.worker.dispose();
    for (const d of this.subscriptions) d.dispose();
  }

  private async compute(document: vscode.TextDocument, signal: AbortSignal): Promise<DocumentAnalysis | undefined> {
    const { uri, version } = document;
    const key = uri.toString();
    const text = document.getText();
    // reading a large document's text holds the thread for a while (~15 ms for 10 MB): sending it waits a turn
    if (text.length > 1024 * 1024) {
      await nextSlice();
      if (signal.aborted) return undefined;
    }
    const config = vscode.workspace.getConfiguration(undefined, uri);
    const thresholdKB = config.get<number>(Settings.workerThresholdKB, 8);
    const maxFileMB = config.get<number>(Settings.maxFileMB, 16);
    const bytes = Buffer.byteLength(text, 'utf8');
    const mode = chooseMode(bytes, thresholdKB, maxFileMB);
    if (mode === 'tooLarge') {
      this.refuseEmitter.fire({ document, bytes, maxFileMB });
      return undefined;
    }
    let analysis: ArticleAnalysis | undefined;
    if (mode === 'worker') analysis = await this.inWorker(key, uri, text, signal);
    if (!analysis) {
      // yield once so a burst of edits only analyses the version that survives it
      await new Promise((r) => setImmediate(r));
      if (signal.aborted) return undefined;
      const analyzer = await this.analyzerFor(key);
      if (signal.aborted) return undefined;
      analysis = analyzer.analyze(text);
    }
    if (signal.aborted) return undefined;
    let index: SpanIndex | undefined;
    const found = analysis;
    return {
      uri,
      version,
      text,
      analysis,
      get index() {
        return (index ??= new SpanIndex(found));
      },
    };
  }

  /** The worker's analysis; undefined when aborted or when the worker failed (then the caller analyses inline). */
  private async inWorker(key: string, uri: vscode.Uri, text: string, signal: AbortSignal): Promise<ArticleAnalysis | undefined> {
    this.busy.set(signal, uri);
    this.busyEmitter.fire(this.busyUris);
    try {
      return await this.worker.analyze(key, text, signal);
    } catch (e) {
      if (!(e instanceof CancelledError)) this.log.error(`Worker analysis failed for ${uri.toString()}; analysing inline.`, e);
      return undefined;
    } finally {
      this.busy.delete(signal);
      this.busyEmitter.fire(this.busyUris);
    }
  }

  private analyzerFor(key: string): Promise<Analyzer> {
    let a = this.analyzers.get(key);
    if (!a) this.analyzers.set(key, (a = newAnalyzer()));
    return a;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.get(key)?.abort.abort();
    this.entries.delete(key);
    this.analyzers.delete(key);
    this.worker.forget(key);
  }
}
