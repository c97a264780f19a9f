// The editor features on the project's seed article, through the real VS Code
// API: what the user sees as colours, hover cards, outline and navigation.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { analysed, openSeed, positionOf } from './helpers';
import { waitFor } from './waitFor';

/** The text of every semantic token, by token type name. */
async function tokensByType(doc: vscode.TextDocument): Promise<Map<string, string[]>> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
  const out = new Map<string, string[]>();
  if (!tokens) return out;
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type] = tokens.data.slice(i, i + 4);
    line += dLine;
    char = dLine === 0 ? char + dChar : dChar;
    const text = doc.getText(new vscode.Range(line, char, line, char + length));
    const name = legend.tokenTypes[type];
    out.set(name, [...(out.get(name) ?? []), text]);
  }
  return out;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

suite('editor features on the seed article', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    doc = (await openSeed()).document;
    await analysed(doc);
  });

  test('semantic tokens cover the people, ranks and organisations', async () => {
    const byType = await waitFor('person tokens', async () => {
      const t = await tokensByType(doc);
      return t.get('person')?.length ? t : undefined;
    });
    const has = (type: string, text: string) => assert.ok(byType.get(type)?.includes(text), `${type} token "${text}" in ${JSON.stringify(byType.get(type))}`);
    for (const p of ['Selcuk Bayraktaroglu', 'Asim Munir', 'Khawaja Asif', 'Munir', 'Bayraktaroğlu', 'Asif']) has('person', p);
    for (const o of ['Inter-Services Public Relations', 'ISPR', 'Turkish Armed Forces']) has('organization', o);
    const ranks = (byType.get('rank') ?? []).join(' | ');
    assert.match(ranks, /Chief of Defence Forces/);
    assert.match(ranks, /Defence Minister/);
    assert.ok((byType.get('quote') ?? []).some((q) => q.includes('The visit reflects')), 'the second quote is coloured');
  });

  test('the hover on "Munir" names Asim Munir, Chief of Defence Forces, Pakistan', async () => {
    const at = positionOf(doc, 'Munir appreciated');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hoverText(hovers);
    for (const expected of ['Asim Munir', 'Chief of Defence Forces', 'Pakistan', 'Selcuk Bayraktaroglu']) assert.ok(text.includes(expected), `hover mentions ${expected}:\n${text}`);
    assert.match(text, /command:newsLens\.revealSpan\?/, 'the card links into the text');
  });

  test('the hover on "ISPR" counts its two quotes', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'ISPR said'));
    const text = hoverText(hovers);
    assert.match(text, /Inter-Services Public Relations/);
    assert.match(text, /2 quotes/);
  });

  test('the outline lists people, organisations, both meetings and both quotes', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const group = (name: string) => symbols.find((s) => s.name === name)?.children.map((c) => c.name) ?? [];
    assert.deepStrictEqual(group('People').sort(), ['Asim Munir', 'Khawaja Asif', 'Selcuk Bayraktaroglu']);
    assert.ok(group('Organisations').includes('Inter-Services Public Relations'));
    const meetings = group('Meetings');
    assert.strictEqual(meetings.length, 2, JSON.stringify(meetings));
    assert.ok(meetings.some((m) => m.includes('Selcuk Bayraktaroglu') && m.includes('Asim Munir') && m.includes('↔')));
    assert.ok(meetings.some((m) => m.includes('Selcuk Bayraktaroglu') && m.includes('Khawaja Asif')));
    const quotes = group('Quotes');
    assert.strictEqual(quotes.length, 2, JSON.stringify(quotes));
    assert.ok(quotes.every((q) => q.startsWith('Inter-Services Public Relations: ')));
  });

  test('Go to Definition on a surname lands on the full name', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Munir appreciated'));
    assert.strictEqual(defs.length, 1);
    const range = 'targetRange' in defs[0] ? defs[0].targetRange : defs[0].range;
    assert.strictEqual(doc.getText(range), 'Asim Munir');
  });

  test('Find All References and highlights give every mention of the person', async () => {
    const at = positionOf(doc, 'Asif expressed');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    assert.deepStrictEqual(refs.map((r) => doc.getText(r.range)), ['Khawaja Asif', 'Asif']);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, at);
    assert.strictEqual(highlights.length, 2);
  });

  test('the reveal command selects a span and Next Quote moves through the quotes', async () => {
    const text = doc.getText();
    const start = text.indexOf("''The visit");
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('newsLens.revealSpan', doc.uri.toString(), start, start + 11);
    assert.ok(editor);
    assert.strictEqual(doc.getText(vscode.window.activeTextEditor!.selection), "''The visit");

    vscode.window.activeTextEditor!.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsLens.nextQuote');
    const first = doc.getText(vscode.window.activeTextEditor!.selection);
    assert.match(first, /^''expressed satisfaction[\s\S]*''$/);
    await vscode.commands.executeCommand('newsLens.nextQuote');
    assert.match(doc.getText(vscode.window.activeTextEditor!.selection), /^''The visit reflects/);
    await vscode.commands.executeCommand('newsLens.previousQuote');
    assert.strictEqual(doc.getText(vscode.window.activeTextEditor!.selection), first);
  });

  test('turning a category off in the settings removes its colours', async () => {
    const config = vscode.workspace.getConfiguration();
    await config.update('newsLens.highlight.people', false, vscode.ConfigurationTarget.Global);
    try {
      const byType = await waitFor('tokens without people', async () => {
        const t = await tokensByType(doc);
        return !t.has('person') && t.has('organization') && t;
      });
      assert.ok(byType.get('rank')?.length, 'ranks stay coloured');
    } finally {
      await config.update('newsLens.highlight.people', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('nothing above wrote to the seed file', () => {
    assert.strictEqual(doc.isDirty, false);
  });
});
