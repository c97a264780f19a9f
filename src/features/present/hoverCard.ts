import type { ArticleAnalysis, Entity, Evidence, Span } from '../../core/model';
import type { Hit } from '../../core/lookup';
import { escapeMarkdown as md, firstWords, revealLink } from './text';

/** What the card needs besides the analysis: the document and how to link into it. */
export interface CardContext {
  analysis: ArticleAnalysis;
  /** The document's text, to show evidence as written. */
  text: string;
  /** The document URI as a string, for command links. */
  uri: string;
  /** The id of the reveal command the links run. */
  revealCommand: string;
}

/**
 * The hover card for what sits under the cursor, as Markdown with command
 * links (the caller must trust exactly `revealCommand`). A mention or a tied
 * title shows its entity's card; a quote shows its words and its speaker's card.
 */
export function hoverCard(hit: Hit, ctx: CardContext): string {
  if (hit.kind === 'mention') return entityCard(hit.entity, ctx);
  if (hit.kind === 'title') {
    if (hit.entity) return entityCard(hit.entity, ctx);
    return `**${md(hit.title.text)}** — ${hit.title.kind}, not tied to anyone named here`;
  }
  const q = hit.quote;
  const who = hit.speaker ? `**${md(hit.speaker.name)}**` : 'no speaker named';
  const cue = q.cue ? ` (${quoted(ctx.text, q.cue)})` : '';
  const head = `Quote by ${who}${cue}: *“${md(firstWords(q.text, 12))}”*`;
  return hit.speaker ? `${head}\n\n---\n\n${entityCard(hit.speaker, ctx)}` : head;
}

/** Name, what the text says about the entity, its other names, meetings and quotes. */
export function entityCard(e: Entity, ctx: CardContext): string {
  const link = (span: Span) => revealLink(ctx.revealCommand, ctx.uri, span);
  const lines: string[] = [];
  lines.push(`**${md(e.name)}** — ${e.kind === 'person' ? 'person' : 'organisation'}`);
  lines.push('');
  const facts: string[] = [];
  const fact = (label: string, ev: Evidence | null) => {
    if (!ev) return;
    const written = ctx.text.slice(ev.span.start, ev.span.end);
    const as = written && written !== ev.value ? ` (written “${md(written)}”)` : '';
    facts.push(`- **${label}:** [${md(ev.value)}](${link(ev.span)})${as}`);
  };
  fact('Rank', e.rank);
  fact('Role', e.role);
  fact('Affiliation', e.affiliation);
  const others = e.aliases.filter((a) => a !== e.name);
  if (others.length) facts.push(`- **Also called:** ${others.map(md).join(', ')}`);

  const met = ctx.analysis.meetings
    .filter((m) => m.a === e.id || m.b === e.id)
    .map((m) => ({ other: entityName(ctx.analysis, m.a === e.id ? m.b : m.a), m }));
  if (met.length) facts.push(`- **Met:** ${met.map(({ other, m }) => `[${md(other)}](${link(m.verbSpan)}) (${md(m.verb)})`).join(', ')}`);

  const said = ctx.analysis.quotes.filter((q) => q.speakerId === e.id);
  if (said.length) {
    const count = said.length === 1 ? '1 quote' : `${said.length} quotes`;
    facts.push(`- **Said:** ${count}`);
    for (const q of said) facts.push(`  - [“${md(firstWords(q.text, 10))}”](${link(q.outer)})`);
  }
  lines.push(...facts);

  const first = e.mentions.find((m) => m.form === 'full') ?? e.mentions[0];
  if (first) {
    lines.push('');
    const n = e.mentions.length;
    lines.push(`[First mention](${link(first)}) · ${n} mention${n === 1 ? '' : 's'}`);
  }
  return lines.join('\n');
}

function entityName(analysis: ArticleAnalysis, id: string): string {
  return analysis.entities.find((x) => x.id === id)?.name ?? id;
}

function quoted(text: string, span: Span): string {
  return `“${md(text.slice(span.start, span.end))}”`;
}
