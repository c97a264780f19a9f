import * as vscode from 'vscode';
import type { AnalysisCache, DocumentAnalysis } from './analysisCache';
import { definitionSpan, entityAt, mentionsAt } from './present/navigation';

/**
 * Go to Definition (a mention or title → the entity's first full mention),
 * Find All References (every mention of the entity) and document highlights
 * (all its mentions, the defining one marked as the "write").
 */
export class NavigationProvider implements vscode.DefinitionProvider, vscode.ReferenceProvider, vscode.DocumentHighlightProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideDefinition(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const r = await this.current(doc, token);
    const entity = r && entityAt(r.index, doc.offsetAt(pos));
    const span = entity && definitionSpan(entity);
    return span && new vscode.Location(doc.uri, this.range(doc, span));
  }

  async provideReferences(doc: vscode.TextDocument, pos: vscode.Position, _ctx: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const r = await this.current(doc, token);
    if (!r) return [];
    return mentionsAt(r.index, doc.offsetAt(pos)).map((m) => new vscode.Location(doc.uri, this.range(doc, m)));
  }

  async provideDocumentHighlights(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): Promise<vscode.DocumentHighlight[]> {
    const r = await this.current(doc, token);
    const entity = r && entityAt(r.index, doc.offsetAt(pos));
    if (!entity) return [];
    const def = definitionSpan(entity);
    return entity.mentions.map((m) => {
      const kind = def && m.start === def.start ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read;
      return new vscode.DocumentHighlight(this.range(doc, m), kind);
    });
  }

  /** The analysis of this very version, or undefined when cancelled or stale. */
  private async current(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    const r = await this.cache.get(doc);
    return r && !token.isCancellationRequested && r.version === doc.version ? r : undefined;
  }

  private range(doc: vscode.TextDocument, s: { start: number; end: number }): vscode.Range {
    return new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
  }
}
