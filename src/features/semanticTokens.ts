import * as vscode from 'vscode';
import { Settings, TOKEN_MODIFIERS, TOKEN_TYPES } from '../constants';
import type { AnalysisCache } from './analysisCache';
import type { HighlightOptions } from './present/tokens';
import { tokenSpans } from './present/tokens';
import { windowsOf } from './present/tokenWindows';

export const legend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/**
 * Colours people, ranks, organisations and quotes through semantic tokens,
 * so themes style them via the types' superType and scope fallbacks
 * (package.json). The `newsLens.highlight.*` settings switch categories off.
 */
export class SemanticTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
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
    const builder = new vscode.SemanticTokensBuilder(legend);
    const options = highlightOptions(doc.uri);
    const windows = windowsOf(result.analysis);
    for (const [k, window] of windows.entries()) {
      // a large file is coloured a window at a time, letting the extension host breathe in between
      if (k > 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested || result.version !== doc.version) return undefined;
      }
      for (const t of tokenSpans(window, options)) {
        const mods = t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
        const type = TOKEN_TYPES.indexOf(t.type);
        // a token may not cross a line break: split it line by line
        const start = doc.positionAt(t.start);
        const end = doc.positionAt(t.end);
        for (let line = start.line; line <= end.line; line++) {
          const from = line === start.line ? start.character : 0;
          const to = line === end.line ? end.character : doc.lineAt(line).range.end.character;
          if (to > from) builder.push(line, from, to - from, type, mods);
        }
      }
    }
    return builder.build();
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
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
