import type { Span } from '../../core/model';

/** The first `count` words of `text`, with "…" when something was cut. */
export function firstWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= count) return words.join(' ');
  return `${words.slice(0, count).join(' ')}…`;
}

/**
 * Escapes the Markdown characters that could change how a name or quote
 * renders inside running text (emphasis, links, HTML, tables). Characters that
 * only matter at the start of a line are left alone: ours never start one.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

/**
 * A command URI that runs `newsLens.revealSpan` on `uri` (a string form of a
 * document URI) and selects `span`. Command URIs carry their arguments as a
 * JSON array, so the URI travels as a string. Parentheses are escaped too:
 * a file named "notes (2).txt" must not end the Markdown link early.
 */
export function revealLink(command: string, uri: string, span: Span): string {
  const args = encodeURIComponent(JSON.stringify([uri, span.start, span.end])).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${args}`;
}
