import * as vscode from 'vscode';
import { isSeedHeader } from '../core/header';
import { Commands, LANGUAGE_ID } from '../constants';

/** A header is ` date YYYY-MM-DD ` plus some slack for leading blanks: no need to read a long first line whole. */
const HEADER_PROBE = 64;

/**
 * Makes seed files news-seed documents. File names like `000_x.txt` are matched
 * by package.json; VS Code's `firstLine` does not beat the `.txt` extension,
 * so plain-text documents whose first line is a seed header are switched here
 * on open. The command "Annotate This File" switches any text document.
 */
export class SeedLanguage implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  /**
   * The language each document had when last closed. A language change closes
   * and reopens the *same* document object, while a real reopen makes a new
   * one: so a document that reopens as plain text after closing as news-seed
   * was switched back by the user, and must be left alone.
   */
  private readonly closedAs = new WeakMap<vscode.TextDocument, string>();

  constructor() {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((doc) => this.closedAs.set(doc, doc.languageId)),
      vscode.workspace.onDidOpenTextDocument((doc) => void this.sniff(doc)),
      vscode.commands.registerCommand(Commands.annotateFile, (uri?: vscode.Uri) => this.annotate(uri)),
    );
    // documents opened before activation (the one that activated us among them)
    for (const doc of vscode.workspace.textDocuments) void this.sniff(doc);
  }

  /** Switches a plain-text document that starts with a seed header; true when it did. */
  async sniff(doc: vscode.TextDocument): Promise<boolean> {
    if (doc.languageId !== 'plaintext' || doc.lineCount === 0 || this.closedAs.get(doc) === LANGUAGE_ID) return false;
    if (!isSeedHeader(doc.getText(new vscode.Range(0, 0, 0, HEADER_PROBE)))) return false;
    await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    return true;
  }

  /** The command: the given file (explorer menu) or the active editor's document. */
  private async annotate(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showInformationMessage('News Lens: open a text file first, then run "Annotate This File".');
      return undefined;
    }
    if (doc.languageId === LANGUAGE_ID) return doc;
    const switched = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    if (uri instanceof vscode.Uri) await vscode.window.showTextDocument(switched);
    return switched;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
