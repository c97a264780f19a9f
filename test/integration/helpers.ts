// Shared by the News Lens integration tests: opening samples from the test
// workspace (a scratch copy of samples/) and reaching the extension's API.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import pkg from '../../package.json';
import type { NewsLensApi } from '../../src/features/api';
import { waitFor } from './waitFor';

export const SEED = '000_5717185636cb3aeb.txt';

export function sampleUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a sample in an editor and waits until it is a news-seed document. */
export async function openSeed(name = SEED): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sampleUri(name)), { preview: false });
  await waitFor(`${name} to be news-seed`, () => editor.document.languageId === 'news-seed');
  return editor;
}

/** The activated extension's API. */
export async function api(): Promise<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>(`${pkg.publisher}.${pkg.name}`);
  assert.ok(ext, 'the extension is loaded');
  return ext.activate();
}

/** The position of the `nth` (0-based) occurrence of `needle` in the document, plus `into` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0, into = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (${nth}) is in ${doc.uri.path}`);
  }
  return doc.positionAt(at + into);
}

/** Waits until the analysis of the document names what the tests expect (the core may still be warming up). */
export async function analysed(doc: vscode.TextDocument): Promise<void> {
  const lens = await api();
  await waitFor('the seed to be analysed', async () => ((await lens.analysisOf(doc))?.entities.length ?? 0) > 0);
}
