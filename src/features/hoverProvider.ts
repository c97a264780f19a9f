import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { AnalysisCache } from './analysisCache';
import { hoverCard } from './present/hoverCard';

/**
 * The hover card on a mention, title or quote: who the person or organisation
 * is, with links (command URIs, only `newsLens.revealSpan` trusted) to the
 * first mention, the evidence, the meetings and the quotes.
 */
export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const result = await this.cache.get(doc);
    if (!result || token.isCancellationRequested || result.version !== doc.version) return undefined;
    const hit = result.index.at(doc.offsetAt(position));
    if (!hit) return undefined;
    const card = hoverCard(hit, { analysis: result.analysis, text: result.text, uri: doc.uri.toString(), revealCommand: Commands.revealSpan });
    const markdown = new vscode.MarkdownString(card);
    markdown.isTrusted = { enabledCommands: [Commands.revealSpan] };
    const span = hit.kind === 'mention' ? hit.mention : hit.kind === 'title' ? hit.title : hit.quote.outer;
    return new vscode.Hover(markdown, new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
  }
}
