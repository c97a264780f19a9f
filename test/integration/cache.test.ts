// The analysis cache through the extension's API: one shared analysis per
// document version, large files in the worker thread, oversized files refused.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, openSeed } from './helpers';

async function setting(key: string, value: number | undefined): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Global);
}

async function untitled(content: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({ language: 'news-seed', content });
}

suite('analysis cache', () => {
  teardown(async () => {
    await setting('newsLens.analysis.workerThresholdKB', undefined);
    await setting('newsLens.analysis.maxFileMB', undefined);
  });

  test('callers of one version share one analysis', async () => {
    const lens = await api();
    const doc = (await openSeed()).document;
    const [a, b] = await Promise.all([lens.analysisOf(doc), lens.analysisOf(doc)]);
    assert.ok(a);
    assert.strictEqual(a, b);
  });

  test('a file over the worker threshold is analysed in the worker, with the same result', async () => {
    const lens = await api();
    const seed = (await openSeed()).document;
    const inline = await lens.analysisOf(await untitled(seed.getText()));
    await setting('newsLens.analysis.workerThresholdKB', 0);
    const inWorker = await lens.analysisOf(await untitled(seed.getText()));
    assert.ok(inWorker);
    assert.deepStrictEqual(inWorker, inline);
    assert.strictEqual(inWorker.header.date, '2026-01-30');
  });

  test('an edit cancels the analysis of the version before it', async () => {
    const lens = await api();
    await setting('newsLens.analysis.workerThresholdKB', 0);
    // long enough that the worker is still busy when the edit lands
    const doc = await untitled(` date 2026-02-03 ${'Defence Minister Amara Okafor met General Tomas Lindqvist in Oslo. '.repeat(1500)}`);
    const stale = lens.analysisOf(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), ' Okafor left.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const fresh = lens.analysisOf(doc);
    assert.strictEqual(await stale, undefined, 'the superseded analysis resolves to nothing');
    assert.ok((await fresh)?.entities.some((e) => e.name === 'Amara Okafor'));
  });

  test('a file over the size cap is not analysed', async () => {
    const lens = await api();
    await setting('newsLens.analysis.maxFileMB', 0.001);
    const doc = await untitled(` date 2026-02-03 ${'The minister met the envoy. '.repeat(100)}`);
    assert.strictEqual(await lens.analysisOf(doc), undefined);
  });
});
