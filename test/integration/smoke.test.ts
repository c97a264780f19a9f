// Proves the test bed itself: the extension under development is loaded into a
// real VS Code, and opening the bundled sample activates it as a seed file.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import pkg from '../../package.json';
import { waitFor } from './waitFor';

const extensionId = `${pkg.publisher}.${pkg.name}`;
const sampleName = '000_5717185636cb3aeb.txt';

suite('smoke', () => {
  test('the extension under development is present', () => {
    assert.ok(vscode.extensions.getExtension(extensionId), `${extensionId} is not loaded`);
  });

  test('opening a seed file gives it the news-seed language and activates the extension', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace folder is open');
    const uri = vscode.Uri.joinPath(folder.uri, sampleName);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));

    const languageId = await waitFor('the sample to be a news-seed document', () => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return doc?.languageId === 'news-seed' && doc.languageId;
    });
    assert.strictEqual(languageId, 'news-seed');
    await waitFor(`${extensionId} to activate`, () => vscode.extensions.getExtension(extensionId)?.isActive);
  });
});
