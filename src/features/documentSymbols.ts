import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { OutlineKind, OutlineNode } from './present/outline';
import { outlineOf } from './present/outline';

/** Distinct icons per kind in the Outline and Go to Symbol (the names carry the meaning). */
const KIND: Record<OutlineKind, vscode.SymbolKind> = {
  group: vscode.SymbolKind.Namespace,
  person: vscode.SymbolKind.Class,
  organization: vscode.SymbolKind.Struct,
  meeting: vscode.SymbolKind.Event,
  quote: vscode.SymbolKind.String,
};

/** People, Organisations, Meetings and Quotes for the Outline, breadcrumbs and Go to Symbol. */
export class DocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const result = await this.cache.get(doc);
    if (!result || token.isCancellationRequested || result.version !== doc.version) return undefined;
    const range = (s: { start: number; end: number }) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    const toSymbol = (n: OutlineNode): vscode.DocumentSymbol => {
      const symbol = new vscode.DocumentSymbol(n.name, n.detail, KIND[n.kind], range(n.range), range(n.selection));
      symbol.children = n.children.map(toSymbol);
      return symbol;
    };
    return outlineOf(result.analysis).map(toSymbol);
  }
}
