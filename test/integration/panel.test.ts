// The "News Lens" activity-bar panel: its two trees follow the active seed
// editor, and clicking a row (running its command) selects the span.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { analysed, api, openSeed } from './helpers';
import { waitFor } from './waitFor';

suite('News Lens panel', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = (await openSeed()).document;
    await analysed(doc);
  });

  test('"Who met whom" lists both meetings of the seed', async () => {
    const lens = await api();
    const rows = await waitFor('two meeting rows', () => {
      const r = lens.whoMetWhom.getChildren();
      return r.length === 2 && lens.whoMetWhom.uri?.toString() === doc.uri.toString() && r;
    });
    const labels = rows.map((r) => String(lens.whoMetWhom.getTreeItem(r).label));
    assert.ok(labels.some((l) => l.includes('Selcuk Bayraktaroglu') && l.includes('Asim Munir')), labels.join(' / '));
    assert.ok(labels.some((l) => l.includes('Selcuk Bayraktaroglu') && l.includes('Khawaja Asif')), labels.join(' / '));
  });

  test('"Who said what" groups both quotes under ISPR, and a click selects the quote', async () => {
    const lens = await api();
    const groups = await waitFor('a speaker group', () => {
      const g = lens.whoSaidWhat.getChildren();
      return g.length > 0 && lens.whoSaidWhat.uri?.toString() === doc.uri.toString() && g;
    });
    assert.strictEqual(groups.length, 1);
    const group = lens.whoSaidWhat.getTreeItem(groups[0]);
    assert.strictEqual(group.label, 'Inter-Services Public Relations');
    assert.strictEqual(group.description, '2 quotes');

    const quotes = lens.whoSaidWhat.getChildren(groups[0]);
    assert.strictEqual(quotes.length, 2);
    const item = lens.whoSaidWhat.getTreeItem(quotes[1]);
    assert.ok(item.command, 'a quote row has a click command');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const selected = await waitFor('the quote to be selected', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === doc.uri.toString() && !e.selection.isEmpty && e.document.getText(e.selection);
    });
    assert.match(selected, /^''The visit reflects[\s\S]*security,''$/);
  });

  test('the panel follows the active editor to another seed file', async () => {
    const lens = await api();
    const other = (await openSeed('briefing-notes.txt')).document;
    await waitFor('the panel to show briefing-notes.txt', () => lens.whoMetWhom.uri?.toString() === other.uri.toString());
    await openSeed();
    await waitFor('the panel to come back to the seed', () => lens.whoMetWhom.uri?.toString() === doc.uri.toString());
  });
});
