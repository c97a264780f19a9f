import * as vscode from 'vscode';
import { Commands, LANGUAGE_ID, PANEL_DEBOUNCE_MS, Settings, Views } from '../constants';
import type { AnalysisCache, DocumentAnalysis } from './analysisCache';
import type { PanelRow } from './present/panelRows';
import { meetingRows, quoteRows } from './present/panelRows';

/** Codicons for the rows. */
const ICONS: Record<PanelRow['kind'], string> = {
  meeting: 'arrow-swap',
  person: 'person',
  organization: 'organization',
  unattributed: 'question',
  quote: 'quote',
};

/**
 * One panel's rows for one document; a click on a row runs the reveal
 * command. The rows are made when first asked for: VS Code asks only while
 * the view is visible, and a wire feed has tens of thousands of quotes.
 */
export class PanelTree implements vscode.TreeDataProvider<PanelRow> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private rows: PanelRow[] | (() => PanelRow[]) = [];
  /** The document the rows belong to; undefined when no seed file is active. */
  uri: vscode.Uri | undefined;

  set(uri: vscode.Uri | undefined, rows: PanelRow[] | (() => PanelRow[])): void {
    this.uri = uri;
    this.rows = rows;
    this.changed.fire();
  }

  getChildren(row?: PanelRow): PanelRow[] {
    if (row) return row.children;
    if (typeof this.rows === 'function') this.rows = this.rows();
    return this.rows;
  }

  getTreeItem(row: PanelRow): vscode.TreeItem {
    const state = row.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(row.label, state);
    item.id = row.id;
    item.description = row.description;
    item.tooltip = row.tooltip || undefined;
    item.iconPath = new vscode.ThemeIcon(ICONS[row.kind]);
    if (row.span && this.uri) {
      item.command = { title: 'Reveal', command: Commands.revealSpan, arguments: [this.uri.toString(), row.span.start, row.span.end] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * The "News Lens" activity-bar panel: "Who met whom" and "Who said what" for
 * the active seed editor. Follows editor switches at once and edits after a
 * pause (one timer for the panel); a refresh that was overtaken is dropped.
 */
export class Panel implements vscode.Disposable {
  readonly whoMetWhom = new PanelTree();
  readonly whoSaidWhat = new PanelTree();
  private readonly views: vscode.TreeView<PanelRow>[];
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;

  constructor(private readonly cache: AnalysisCache) {
    this.views = [
      vscode.window.createTreeView(Views.whoMetWhom, { treeDataProvider: this.whoMetWhom }),
      vscode.window.createTreeView(Views.whoSaidWhat, { treeDataProvider: this.whoSaidWhat, showCollapseAll: true }),
    ];
    this.subscriptions.push(
      ...this.views,
      this.whoMetWhom,
      this.whoSaidWhat,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(PANEL_DEBOUNCE_MS);
      }),
      // the active document may become a seed file after opening (header sniffing, Annotate This File)
      vscode.workspace.onDidOpenTextDocument(() => this.schedule(0)),
      vscode.commands.registerCommand(Commands.refreshPanel, () => this.refresh()),
      // a new size limit may let a refused file in (the cache starts afresh, see AnalysisCache)
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(Settings.maxFileMB) || e.affectsConfiguration(Settings.workerThresholdKB)) this.schedule(0);
      }),
    );
    void this.refresh();
  }

  /** Re-reads the active editor after `delay` ms, replacing any refresh still waiting. */
  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Fills both trees from the active editor's analysis; resolves once they show it. */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== LANGUAGE_ID) {
      // keep the last article while focus is in a non-editor part; clear it for another kind of file
      if (doc) this.show(undefined);
      return;
    }
    const version = doc.version;
    const result = await this.cache.get(doc);
    // a newer refresh started during the await: its result wins
    if (generation !== this.generation) return;
    // no analysis for an unchanged seed document means the cache refused it as too large
    const refused = !result && doc.version === version && !doc.isClosed;
    const limit = vscode.workspace.getConfiguration(undefined, doc.uri).get<number>(Settings.maxFileMB, 16);
    this.show(result, refused ? `Not analysed: this file is over the ${limit} MB limit (${Settings.maxFileMB}).` : undefined);
  }

  private show(result: DocumentAnalysis | undefined, why?: string): void {
    const name = result?.uri.path.split('/').pop();
    this.whoMetWhom.set(result?.uri, result ? () => meetingRows(result.analysis, result.text) : []);
    this.whoSaidWhat.set(result?.uri, result ? () => quoteRows(result.analysis) : []);
    const [met, said] = this.views;
    met.description = said.description = name;
    // the analysis' own notes (no header, binary bytes) tell the reader why it may look thin
    const notes = result?.analysis.notes.join(' ') ?? '';
    const message = (empty: string | undefined) => [empty, notes].filter(Boolean).join(' ') || undefined;
    // one row per meeting, one group per speaker: empty lists are empty panels (the rows need not be made to know)
    met.message = !result ? why ?? 'Open a news seed file to see who met whom.' : message(result.analysis.meetings.length ? undefined : 'No meetings found in this article.');
    said.message = !result ? why ?? 'Open a news seed file to see who said what.' : message(result.analysis.quotes.length ? undefined : 'No quotes found in this article.');
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.subscriptions) d.dispose();
  }
}
