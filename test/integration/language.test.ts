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

  test('a header file the user switches back to plain text stays plain text', async () => {
    const first = sampleUri('header-copy-1.txt');
    const second = sampleUri('header-copy-2.txt');
    const header = Buffer.from(' date 2026-02-10 Foreign Minister Lena Varga met Ambassador Kofi Mensah.\n');
    await vscode.workspace.fs.writeFile(first, header);
    await vscode.workspace.fs.writeFile(second, header);
    const isSeed = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.languageId === 'news-seed');

    await vscode.workspace.openTextDocument(first);
    await waitFor('the first copy to switch to news-seed', () => isSeed(first));
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === first.toString())!;
    await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    // a re-switch would be decided on the same event as the next file's switch: wait for that one
    await vscode.workspace.openTextDocument(second);
    await waitFor('the second copy to switch to news-seed', () => isSeed(second));
    assert.strictEqual(isSeed(first), false, 'the user\'s choice of plain text is kept');
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
