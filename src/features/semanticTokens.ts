import * as vscode from 'vscode';
import { Settings, TOKEN_MODIFIERS, TOKEN_TYPES } from '../constants';
import type { AnalysisCache, DocumentAnalysis } from './analysisCache';
import { LineMap } from './present/lineMap';
import { TokenData } from './present/tokenData';
import type { HighlightOptions } from './present/tokens';
import { tokenSpans } from './present/tokens';
import { windows } from './present/tokenWindows';
import { nextSlice, sliceSpent } from './timeSlice';

export const legend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/**
 * Colours people, ranks, organisations and quotes through semantic tokens,
 * so themes style them via the types' superType and scope fallbacks
 * (package.json). The `newsLens.highlight.*` settings switch categories off.
 * A large file is coloured a window of mentions at a time, in time slices
 * (timeSlice.ts); the tokens of an analysis are made once per settings and
 * shared by every request for that version.
 */
export class SemanticTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Per analysis (one document version) and settings: its tokens, made or being made. */
  private readonly made = new WeakMap<DocumentAnalysis, Map<string, Promise<vscode.SemanticTokens | undefined>>>();
  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        // the size limits too: a file refused before may be analysed now
        const highlights = [Settings.highlightPeople, Settings.highlightRanks, Settings.highlightOrganizations, Settings.highlightQuotes, Settings.maxFileMB, Settings.workerThresholdKB];
        if (highlights.some((key) => e.affectsConfiguration(key))) this.changed.fire();
      }),
    );
  }

  async provideDocumentSemanticTokens(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    const result = await this.cache.get(doc);
    // the document may have changed during the await: stale offsets would colour the wrong words
    if (!result || token.isCancellationRequested || result.version !== doc.version) return undefined;
    const options = highlightOptions(doc.uri);
    const key = JSON.stringify(options);
    let byOptions = this.made.get(result);
    if (!byOptions) this.made.set(result, (byOptions = new Map()));
    let tokens = byOptions.get(key);
    if (!tokens) {
      tokens = make(result, options, () => result.version !== doc.version);
      byOptions.set(key, tokens);
    }
    const made = await tokens;
    return made && !token.isCancellationRequested && result.version === doc.version ? made : undefined;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}

/** The tokens of one analysis, or undefined once `stale()` says the document moved on. */
async function make(result: DocumentAnalysis, options: HighlightOptions, stale: () => boolean): Promise<vscode.SemanticTokens | undefined> {
  const data = new TokenData();
  const lines = new LineMap(result.text);
  for (const window of windows(result.analysis)) {
    if (sliceSpent()) {
      await nextSlice();
      if (stale()) return undefined;
    }
    for (const t of tokenSpans(window, options)) {
      const mods = t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
      const type = TOKEN_TYPES.indexOf(t.type);
      // a token may not cross a line break: split it line by line
      const first = lines.line(t.start);
      const last = lines.line(t.end);
      for (let line = first; line <= last; line++) {
        const from = line === first ? lines.character(line, t.start) : 0;
        const to = line === last ? lines.character(line, t.end) : lines.lineLength(line);
        if (to > from) data.push(line, from, to - from, type, mods);
      }
    }
  }
  return new vscode.SemanticTokens(data.build());
}

function highlightOptions(uri: vscode.Uri): HighlightOptions {
  const c = vscode.workspace.getConfiguration(undefined, uri);
  return {
    people: c.get<boolean>(Settings.highlightPeople, true),
    ranks: c.get<boolean>(Settings.highlightRanks, true),
    organizations: c.get<boolean>(Settings.highlightOrganizations, true),
    quotes: c.get<boolean>(Settings.highlightQuotes, true),
  };
}
