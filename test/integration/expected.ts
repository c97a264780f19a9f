// What the editor shows for a document, read back through the real VS Code
// API as plain offsets, next to what a fresh, non-incremental analysis of the
// same text gives. Equal means no stale highlight and no stale outline entry.
import * as vscode from 'vscode';
import type { ArticleAnalysis, Span } from '../../src/core/model';
import { outlineOf, type OutlineNode } from '../../src/features/present/outline';
import { tokenSpans } from '../../src/features/present/tokens';

/** One coloured range as the user sees it: UTF-16 offsets, never across a line break. */
export interface Colour {
  start: number;
  end: number;
  type: string;
  modifiers: string[];
}

/** One outline entry, flattened: its depth, name, detail and offsets. */
export interface Entry {
  depth: number;
  name: string;
  detail: string;
  range: Span;
  selection: Span;
}

/** The semantic tokens VS Code gets from News Lens now; undefined when the provider gave none (e.g. stale). */
export async function shownColours(doc: vscode.TextDocument): Promise<Colour[] | undefined> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
  if (!tokens) return undefined;
  const out: Colour[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type, bits] = tokens.data.slice(i, i + 5);
    line += dLine;
    char = dLine === 0 ? char + dChar : dChar;
    const start = doc.offsetAt(new vscode.Position(line, char));
    out.push({ start, end: start + length, type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, b) => bits & (1 << b)) });
  }
  return out;
}

/** The outline VS Code gets from News Lens now (flattened, depth first). */
export async function shownOutline(doc: vscode.TextDocument): Promise<Entry[] | undefined> {
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri);
  if (!symbols) return undefined;
  const span = (r: vscode.Range) => ({ start: doc.offsetAt(r.start), end: doc.offsetAt(r.end) });
  const out: Entry[] = [];
  const walk = (s: vscode.DocumentSymbol, depth: number) => {
    out.push({ depth, name: s.name, detail: s.detail, range: span(s.range), selection: span(s.selectionRange) });
    inTextOrder(s.children, (c) => span(c.range)).forEach((c) => walk(c, depth + 1));
  };
  inTextOrder(symbols, (s) => span(s.range)).forEach((s) => walk(s, 0));
  return out;
}

/** The colours a fresh analysis gives, every span cut at line breaks (VS Code's tokens are one line each). */
export function expectedColours(text: string, analysis: ArticleAnalysis): Colour[] {
  return tokenSpans(analysis).flatMap((t) => splitAtLineBreaks(text, t).map((s) => ({ ...s, type: t.type, modifiers: [...t.modifiers] })));
}

/** The outline a fresh analysis gives, flattened like `shownOutline`. */
export function expectedOutline(analysis: ArticleAnalysis): Entry[] {
  const out: Entry[] = [];
  const walk = (n: OutlineNode, depth: number) => {
    out.push({ depth, name: n.name, detail: n.detail, range: n.range, selection: n.selection });
    inTextOrder(n.children, (c) => c.range).forEach((c) => walk(c, depth + 1));
  };
  inTextOrder(outlineOf(analysis), (n) => n.range).forEach((n) => walk(n, 0));
  return out;
}

/** Siblings by start, then end, then name: VS Code's symbol command puts them in text order, not in the provider's. */
function inTextOrder<T extends { name: string }>(list: T[], range: (t: T) => Span): T[] {
  return [...list].sort((a, b) => range(a).start - range(b).start || range(a).end - range(b).end || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Undefined when equal, else where the two lists first differ (short enough for an assertion message). */
export function firstDifference<T>(shown: T[], expected: T[]): string | undefined {
  const n = Math.max(shown.length, expected.length);
  for (let i = 0; i < n; i++) {
    const [a, b] = [JSON.stringify(shown[i]), JSON.stringify(expected[i])];
    if (a !== b) return `item ${i} of ${shown.length} shown / ${expected.length} expected: shown ${a}, expected ${b}`;
  }
  return undefined;
}

function splitAtLineBreaks(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  const eol = /\r\n|\r|\n/g;
  eol.lastIndex = span.start;
  let from = span.start;
  for (let m = eol.exec(text); m && m.index < span.end; m = eol.exec(text)) {
    if (m.index > from) parts.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  if (span.end > from) parts.push({ start: from, end: span.end });
  return parts;
}
