import * as vscode from 'vscode';
import { Commands } from '../constants';

/**
 * The command behind every "go there" link (hover links, panel rows, quote
 * navigation): `newsLens.revealSpan(uri, start, end)` opens the document,
 * selects the UTF-16 offset range and scrolls it into view. The URI may be a
 * string because command links carry their arguments as JSON. Resolves to
 * the editor, or undefined when the arguments are unusable.
 */
export function registerRevealSpan(): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.revealSpan, revealSpan);
}

export async function revealSpan(uri: unknown, start: unknown, end: unknown): Promise<vscode.TextEditor | undefined> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : undefined;
  if (!target || typeof start !== 'number' || typeof end !== 'number') return undefined;
  const doc = await vscode.workspace.openTextDocument(target);
  // reuse the column where the document is already shown rather than opening it twice
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn, preview: false });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
