import type * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/model';
import type { PanelTree } from './panel';

/**
 * What `activate` returns, for other extensions and for the integration tests:
 * the shared analysis of a document and the two panel trees as VS Code sees them.
 */
export interface NewsLensApi {
  /** The analysis of the document's current version; undefined when refused (too large). */
  analysisOf(document: vscode.TextDocument): Promise<ArticleAnalysis | undefined>;
  /** The "Who met whom" tree's data (rows for the active seed editor). */
  whoMetWhom: PanelTree;
  /** The "Who said what" tree's data. */
  whoSaidWhat: PanelTree;
  /** Re-reads the active editor into the panel now, skipping the debounce. */
  refreshPanel(): Promise<void>;
  /** The status-bar message while large documents are analysed in the background; undefined when none is. */
  statusText(): string | undefined;
  /** This extension's log folder (`ExtensionContext.logUri`): the News Lens log is in it, the extension host's own log beside it. */
  readonly logUri: vscode.Uri;
}
