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
}
