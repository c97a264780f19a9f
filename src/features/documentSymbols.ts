import * as vscode from 'vscode';
import type { AnalysisCache, DocumentAnalysis } from './analysisCache';
import type { OutlineKind, OutlineNode } from './present/outline';
import { groupNode, outlineGroups } from './present/outline';
import { nextSlice, sliceSpent } from './timeSlice';

/** Distinct icons per kind in the Outline and Go to Symbol (the names carry the meaning). */
const KIND: Record<OutlineKind, vscode.SymbolKind> = {
  group: vscode.SymbolKind.Namespace,
  person: vscode.SymbolKind.Class,
  organization: vscode.SymbolKind.Struct,
  meeting: vscode.SymbolKind.Event,
  quote: vscode.SymbolKind.String,
};

/**
 * People, Organisations, Meetings and Quotes for the Outline, breadcrumbs and
 * Go to Symbol. The entries of a large file (a wire feed quotes tens of
 * thousands of times) are made in time slices (timeSlice.ts); requests for
 * the same version while they are being made share them (VS Code asks more
 * than once when a file opens). They are not kept afterwards: a 10 MB file's
 * outline holds tens of megabytes, and VS Code keeps its own copy.
 */
export class DocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  private readonly making = new WeakMap<DocumentAnalysis, Promise<vscode.DocumentSymbol[] | undefined>>();

  constructor(private readonly cache: AnalysisCache) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const result = await this.cache.get(doc);
    if (!result || token.isCancellationRequested || result.version !== doc.version) return undefined;
    let symbols = this.making.get(result);
    if (!symbols) {
      this.making.set(result, (symbols = make(result, doc)));
      void symbols.finally(() => this.making.delete(result));
    }
    const made = await symbols;
    // the document may have changed during the await: stale offsets would point at the wrong words
    return made && !token.isCancellationRequested && result.version === doc.version ? made : undefined;
  }
}

/** The symbols of one analysis, or undefined once the document moved on to another version. */
async function make(result: DocumentAnalysis, doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
  const range = (s: { start: number; end: number }) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
  const symbol = (n: OutlineNode) => new vscode.DocumentSymbol(n.name, n.detail, KIND[n.kind], range(n.range), range(n.selection));
  const out: vscode.DocumentSymbol[] = [];
  for (const group of outlineGroups(result.analysis)) {
    const nodes: OutlineNode[] = [];
    const children: vscode.DocumentSymbol[] = [];
    for (let i = 0; i < group.size; i++) {
      if (sliceSpent()) {
        await nextSlice();
        if (result.version !== doc.version) return undefined;
      }
      const node = group.child(i);
      nodes.push(node);
      children.push(symbol(node));
    }
    const parent = symbol(groupNode(group, nodes));
    parent.children = children;
    out.push(parent);
  }
  return out;
}
