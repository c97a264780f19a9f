import * as vscode from 'vscode';
import { Commands, LANGUAGE_ID } from '../constants';
import type { AnalysisCache } from './analysisCache';
import { quoteFrom } from './present/quoteNav';
import { revealSpan } from './revealSpan';

/**
 * Next Quote / Previous Quote: select the following or preceding quotation
 * (marks included) in the active seed file, wrapping round at either end.
 * Keybindings in package.json apply only when a news-seed editor has focus.
 */
export function registerQuoteNavigation(cache: AnalysisCache): vscode.Disposable {
  const go = (direction: 'next' | 'previous') => async (): Promise<vscode.TextEditor | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) return undefined;
    const doc = editor.document;
    const result = await cache.get(doc);
    // the user may have typed or switched editors during the await
    if (!result || result.version !== doc.version) return undefined;
    const quote = quoteFrom(result.analysis.quotes, doc.offsetAt(editor.selection.start), direction);
    if (!quote) {
      vscode.window.setStatusBarMessage('News Lens: no quotes in this article', 3000);
      return undefined;
    }
    return revealSpan(doc.uri, quote.outer.start, quote.outer.end);
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.nextQuote, go('next')),
    vscode.commands.registerCommand(Commands.previousQuote, go('previous')),
  );
}
