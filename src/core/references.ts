import { Descriptions } from './descriptions';
import type { Doc } from './document';
import { fold } from './fold';
import type { Entity, Mention, Span } from './model';
import { REPORTING_VERBS } from './lexicon/verbs';
import { TIME_ADVERBS } from './lexicon/words';
import { Tag, has } from './tags';
import type { Token } from './tokens';

/** How far back (in tokens) a pronoun or description looks for what it refers to: a few paragraphs. */
const LOOKBACK = 600;

/**
 * Resolves what a noun phrase or pronoun refers to, reading the article in
 * order: the entity of a mention, "he"/"she" → the person who last spoke (or
 * was last named), "it" → the organisation that last spoke, "the ministry" →
 * the only organisation named "… Ministry", "the foreign minister" → the
 * person holding that office.
 */
export class References {
  /** Entity id per token index, for tokens inside a mention. */
  readonly entityAt: (string | null)[];
  /** Token index of the mention's first and last token, per token inside a mention. */
  private readonly mentionEnd: number[];
  private readonly byId: Map<string, Entity>;
  /** Reporting events in text order: who said something where. */
  private readonly said: { at: number; id: string }[] = [];
  private readonly inQuote: Uint8Array;
  /** 1 for tokens inside a title phrase. */
  readonly inTitle: Uint8Array;
  private readonly descriptions: Descriptions;

  constructor(private readonly doc: Doc, entities: Entity[], mentions: Mention[], quoteSpans: Span[], titleSpans: Span[] = []) {
    const { tokens } = doc;
    this.byId = new Map(entities.map((e) => [e.id, e]));
    this.descriptions = new Descriptions([...this.byId.values()]);
    this.entityAt = new Array(tokens.length).fill(null);
    this.mentionEnd = new Array(tokens.length).fill(-1);
    this.inQuote = new Uint8Array(tokens.length);
    this.inTitle = new Uint8Array(tokens.length);
    for (const s of titleSpans) for (let i = tokenIndexAt(tokens, s.start); i < tokens.length && tokens[i].start < s.end; i++) this.inTitle[i] = 1;
    let q = 0;
    let m = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      while (m < mentions.length && mentions[m].end <= t.start) m++;
      if (m < mentions.length && mentions[m].start <= t.start && t.end <= mentions[m].end) this.entityAt[i] = mentions[m].entityId;
      while (q < quoteSpans.length && quoteSpans[q].end <= t.start) q++;
      if (q < quoteSpans.length && quoteSpans[q].start <= t.start && t.end <= quoteSpans[q].end) this.inQuote[i] = 1;
    }
    for (let i = tokens.length - 1; i >= 0; i--) {
      if (this.entityAt[i] === null) continue;
      this.mentionEnd[i] = this.entityAt[i + 1] === this.entityAt[i] && this.mentionEnd[i + 1] >= 0 ? this.mentionEnd[i + 1] : i;
    }
    for (let i = 0; i < tokens.length; i++) {
      if (this.inQuote[i] || !REPORTING_VERBS.has(tokens[i].text)) continue;
      const who = this.subjectBefore(i) ?? this.subjectAfter(i);
      if (who) this.said.push({ at: i, id: who });
    }
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  quoted(i: number): boolean {
    return this.inQuote[i] === 1;
  }

  /**
   * The subject of the verb at token `v`: the nearest entity before it,
   * across adverbs ("Haddad further told"), a time ("on Friday"), and an
   * apposition between commas or dashes ("the ISPR - the military's media
   * wing - said"), and a relative pronoun ("Volkova, who said"). A possessive
   * ("Haddad's office said") is not the subject.
   */
  subjectBefore(v: number): string | null {
    const { tokens } = this.doc;
    let j = v - 1;
    let steps = 0;
    while (j >= 0 && steps++ < 24) {
      const t = tokens[j];
      if ((has(t.tags, Tag.Adverb) || TIME_ADVERBS.has(t.text)) && !t.cap && t.kind === 'word' && !['not', 'never'].includes(t.text)) { j--; continue; }
      // "Sharif was quoted as saying", "X has said"
      if (['was', 'is', 'were', 'are', 'has', 'have', 'had', 'been'].includes(t.text)) { j--; continue; }
      if (has(t.tags, Tag.Date) || (t.text === 'on' && has(tokens[j + 1]?.tags ?? 0, Tag.Date))) { j--; continue; }
      if (t.text === ',' && this.entityAt[j - 1] && tokens[j - 1].kind !== 'poss') return this.entityAt[j - 1];
      // "Irina Volkova, who said": the relative pronoun stands for the name before it
      if ((t.text === 'who' || t.text === 'which') && tokens[j - 1]?.text === ',') return this.entityAt[j - 2] ?? null;
      if (t.text === ',' || t.text === '-' || t.text === '—' || t.text === '–' || t.text === ')') {
        // skip back over an apposition to the mark that opens it
        const open = t.text === ')' ? '(' : t.text;
        let k = j - 1;
        while (k >= 0 && j - k < 16 && tokens[k].text !== open && !/[.!?]/.test(tokens[k].text)) k--;
        if (k >= 0 && tokens[k].text === open) { j = k - 1; continue; }
        return null;
      }
      const id = this.entityAt[j];
      if (id) return tokens[j + 1]?.kind === 'poss' ? null : this.memberBefore(id, j) ?? id;
      return this.resolvePhrase(j);
    }
    return null;
  }

  /** "Senator Farhat Ali of the People's Party said": the person an organisation's mention ending at `j` belongs to. */
  private memberBefore(id: string, j: number): string | null {
    if (this.byId.get(id)?.kind !== 'organization') return null;
    const { tokens } = this.doc;
    let k = j;
    while (k > 0 && this.entityAt[k - 1] === id) k--;
    if (tokens[k - 1]?.text === 'the') k--;
    if (!['of', 'from'].includes(tokens[k - 1]?.text ?? '')) return null;
    const person = this.entityAt[k - 2];
    return person && this.byId.get(person)?.kind === 'person' ? person : null;
  }

  /** "said X", "according to X": the entity right after the verb. */
  subjectAfter(v: number): string | null {
    const { tokens } = this.doc;
    // "said Brazil's Vice President Ana Ribeiro": across the titles to the name
    for (let j = v + 1; j < Math.min(tokens.length, v + 12); j++) {
      const id = this.entityAt[j];
      if (id) return tokens[j + 1]?.kind === 'poss' && !tokens[j + 2]?.cap ? null : id;
      const t = tokens[j];
      if (!(t.cap || t.kind === 'poss' || ['the', 'of', 'for', 'and', ','].includes(t.text))) return null;
    }
    return null;
  }

  /**
   * A pronoun or a definite description ending at token `j`: he/she/it, "the
   * ministry", "the foreign minister". Null when nothing fits unambiguously.
   */
  resolvePhrase(j: number): string | null {
    const { tokens } = this.doc;
    const t = tokens[j];
    if (!t) return null;
    const w = t.text.toLowerCase();
    if (w === 'he' || w === 'she') return this.lastSpeaker(j, 'person') ?? this.lastNamed(j, 'person');
    if (w === 'it') return this.lastSpeaker(j, 'organization') ?? this.lastNamed(j, 'organization');
    if (t.kind !== 'word' || t.cap && this.entityAt[j]) return this.entityAt[j];
    // "the foreign minister", "the ministry": words back to "the"
    let k = j;
    while (k > 0 && j - k < 6 && tokens[k - 1].kind === 'word' && tokens[k - 1].text.toLowerCase() !== 'the') k--;
    if (tokens[k - 1]?.text.toLowerCase() !== 'the') return null;
    // "the Solvena news site": a name inside the phrase
    for (let q = k; q <= j; q++) if (this.entityAt[q]) return this.entityAt[q];
    const phrase = fold(tokens.slice(k, j + 1).map((x) => x.text).join(' '));
    return this.byDescription(phrase, j);
  }

  /** "the foreign minister" → the person whose role ends so; "the ministry" → the only "… Ministry". */
  private byDescription(phrase: string, before: number): string | null {
    const d = this.descriptions.of(phrase);
    if (d.people.length > 1) return this.lastNamedOf(d.people.map((e) => e.id), before);
    return d.id;
  }

  private lastSpeaker(before: number, kind: Entity['kind']): string | null {
    for (let k = this.said.length - 1; k >= 0; k--) {
      const s = this.said[k];
      if (s.at < before && this.byId.get(s.id)?.kind === kind) return s.id;
    }
    return null;
  }

  private lastNamed(before: number, kind: Entity['kind']): string | null {
    for (let k = before - 1; k >= Math.max(0, before - LOOKBACK); k--) {
      const id = this.entityAt[k];
      if (id && !this.inQuote[k] && this.byId.get(id)?.kind === kind) return id;
    }
    return null;
  }

  private lastNamedOf(ids: string[], before: number): string | null {
    for (let k = before - 1; k >= Math.max(0, before - LOOKBACK); k--) {
      const id = this.entityAt[k];
      if (id && ids.includes(id)) return id;
    }
    return null;
  }

  /** The people named in tokens `[from, to)`, each once, in text order. */
  peopleIn(from: number, to: number): string[] {
    const ids = new Set<string>();
    for (let k = from; k < to; k++) {
      const id = this.entityAt[k];
      if (id && this.byId.get(id)?.kind === 'person') ids.add(id);
    }
    return [...ids];
  }

  /** Token index range of the sentence holding token `i`. */
  sentenceOf(i: number): { t0: number; t1: number } {
    const ss = this.doc.sentences;
    let lo = 0;
    let hi = ss.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ss[mid].t0 <= i) lo = mid;
      else hi = mid - 1;
    }
    return ss[lo] ?? { t0: 0, t1: this.doc.tokens.length };
  }
}

export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
