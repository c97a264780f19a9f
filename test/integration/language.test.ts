import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { openSeed, sampleUri } from './helpers';
import { waitFor } from './waitFor';

suite('news-seed language', () => {
  test('a file named like a seed file is news-seed', async () => {
    const editor = await openSeed();
    assert.strictEqual(editor.document.languageId, 'news-seed');
  });

  test('a .txt file whose first line is a seed header becomes news-seed on open', async () => {
    const doc = await vscode.workspace.openTextDocument(sampleUri('briefing-notes.txt'));
    await waitFor('briefing-notes.txt to switch to news-seed', () => {
      const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString());
      return now?.languageId === 'news-seed';
    });
  });

  test('an ordinary text file stays plain text until "Annotate This File"', async () => {
    const uri = sampleUri('shopping-list.txt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('eggs\nmilk\n'));
    // opened after a header file: by the time that one has switched, this one would have too
    const plain = await vscode.workspace.openTextDocument(uri);
    const header = await vscode.workspace.openTextDocument(sampleUri('briefing-notes.txt'));
    await waitFor('the header file to be news-seed', () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === header.uri.toString() && d.languageId === 'news-seed'));
    assert.strictEqual(plain.languageId, 'plaintext');

    await vscode.window.showTextDocument(plain);
    await vscode.commands.executeCommand('newsLens.annotateFile');
    await waitFor('the plain file to be annotated', () => vscode.window.activeTextEditor?.document.languageId === 'news-seed');
    assert.strictEqual(vscode.window.activeTextEditor?.document.isDirty, false, 'annotating never edits the file');
  });
});
