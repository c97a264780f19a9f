import * as vscode from 'vscode';
import { LANGUAGE_ID } from './constants';
import { AnalysisCache } from './features/analysisCache';
import { AnalysisStatus } from './features/analysisStatus';
import type { NewsLensApi } from './features/api';
import { DocumentSymbolProvider } from './features/documentSymbols';
import { HoverProvider } from './features/hoverProvider';
import { NavigationProvider } from './features/navigationProviders';
import { Panel } from './features/panel';
import { registerQuoteNavigation } from './features/quoteNavigation';
import { registerRevealSpan } from './features/revealSpan';
import { SeedLanguage } from './features/seedLanguage';
import { legend, SemanticTokensProvider } from './features/semanticTokens';

/** Builds the features over one shared analysis cache and registers them; nothing is analysed until asked. */
export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const log = vscode.window.createOutputChannel('News Lens', { log: true });
  const cache = new AnalysisCache(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath, log);
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const tokens = new SemanticTokensProvider(cache);
  const navigation = new NavigationProvider(cache);
  // the status item listens before the panel's first refresh can start an analysis
  const status = new AnalysisStatus(cache);
  const panel = new Panel(cache);

  context.subscriptions.push(
    log,
    cache,
    status,
    new SeedLanguage(),
    registerRevealSpan(),
    registerQuoteNavigation(cache),
    tokens,
    vscode.languages.registerDocumentSemanticTokensProvider(selector, tokens, legend),
    vscode.languages.registerHoverProvider(selector, new HoverProvider(cache)),
    vscode.languages.registerDocumentSymbolProvider(selector, new DocumentSymbolProvider(cache), { label: 'News Lens' }),
    vscode.languages.registerDefinitionProvider(selector, navigation),
    vscode.languages.registerReferenceProvider(selector, navigation),
    vscode.languages.registerDocumentHighlightProvider(selector, navigation),
    panel,
  );

  return {
    analysisOf: async (doc) => (await cache.get(doc))?.analysis,
    whoMetWhom: panel.whoMetWhom,
    whoSaidWhat: panel.whoSaidWhat,
    refreshPanel: () => panel.refresh(),
    statusText: () => status.text,
    logUri: context.logUri,
  };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
