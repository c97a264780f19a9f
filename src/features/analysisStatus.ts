import * as vscode from 'vscode';
import { STATUS_ITEM_ID, Settings } from '../constants';
import type { AnalysisCache } from './analysisCache';
import { formatSize } from './present/sizePolicy';

/**
 * What the user sees of the analysis itself: a status-bar item while a large
 * document is analysed in the worker, and one clear message per document
 * when a file is over the size cap (instead of silently showing nothing).
 */
export class AnalysisStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Left, 10);
  private readonly told = new Set<string>();
  private shown = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(cache: AnalysisCache) {
    this.item.name = 'News Lens analysis';
    this.subscriptions.push(
      this.item,
      cache.onDidChangeBusy((uris) => this.show(uris)),
      cache.onDidRefuse(({ document, bytes, maxFileMB }) => this.refuse(document, bytes, maxFileMB)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.told.delete(doc.uri.toString())),
    );
    // an analysis may have started before this listener existed (e.g. the panel's first refresh)
    this.show(cache.busyUris);
  }

  /** The message the status bar shows now; undefined while the item is hidden. */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private show(uris: vscode.Uri[]): void {
    this.shown = uris.length > 0;
    if (uris.length === 0) {
      this.item.hide();
      return;
    }
    const names = uris.map((u) => u.path.split('/').pop() ?? u.toString());
    this.item.text = `$(sync~spin) News Lens: analysing ${names.length === 1 ? names[0] : `${names.length} files`}…`;
    const thresholdKB = vscode.workspace.getConfiguration().get<number>(Settings.workerThresholdKB, 8);
    this.item.tooltip = `Files larger than ${thresholdKB} KB (${Settings.workerThresholdKB}) are analysed in a background thread so typing stays smooth.`;
    this.item.show();
  }

  private refuse(document: vscode.TextDocument, bytes: number, maxFileMB: number): void {
    const key = document.uri.toString();
    if (this.told.has(key)) return;
    this.told.add(key);
    const name = document.uri.path.split('/').pop();
    const open = 'Open Setting';
    void vscode.window
      .showWarningMessage(
        `News Lens: ${name} is ${formatSize(bytes)}, over the ${maxFileMB} MB limit, so it is not analysed (no highlights, hovers or panel). Raise ${Settings.maxFileMB} to analyse it.`,
        open,
      )
      .then((choice) => {
        if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', Settings.maxFileMB);
      });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
