import type { Doc } from './document';
import type { Quote } from './model';
import { QUOTE_CUE_VERBS, REPORTING_VERBS } from './lexicon/verbs';
import { tokenIndexAt, type References } from './references';

/**
 * Gives each quote its speaker and the cue that names it, in this order:
 * 1. a cue after the closing mark: `," X said`, `," said X`, `," it said`,
 *    `," according to X`;
 * 2. a cue before the opening mark: `X said, "…`, `According to X, "…`,
 *    `X told the assembly: "…`, `X criticised it, saying: "…`, `… from a source in X: "…`;
 * 3. a reporting verb earlier in the same sentence: `X hailed "…"`;
 * 4. a quote with no reporting verb of its own in its sentence that continues
 *    the one before it (no sentence between them) or runs into the next one
 *    takes that quote's speaker.
 * A quote none of these fits keeps speaker null.
 */
export function attributeQuotes(doc: Doc, quotes: Quote[], refs: References): void {
  const { tokens } = doc;
  const decided: boolean[] = [];
  for (const q of quotes) {
    const open = tokenIndexAt(tokens, q.outer.start);
    const close = tokenIndexAt(tokens, q.outer.end); // first token after the quote
    const cue = cueAfter(refs, doc, close, q.text) ?? cueBefore(refs, doc, open) ?? verbEarlier(refs, doc, open);
    if (cue) {
      q.speakerId = cue.id;
      q.cue = { start: tokens[cue.t0].start, end: tokens[cue.t1 - 1].end };
    }
    decided.push(!!cue);
  }
  // continuations: forwards (takes the previous speaker), then backwards (a quote cut off by the next);
  // a quote whose sentence has a reporting verb of its own is no continuation, even when the verb found nobody
  for (let k = 0; k < quotes.length; k++) if (!decided[k] && ownVerb(refs, doc, quotes[k])) decided[k] = true;
  for (let k = 1; k < quotes.length; k++) {
    if (decided[k] || !adjacent(refs, doc, quotes[k - 1], quotes[k])) continue;
    quotes[k].speakerId = quotes[k - 1].speakerId;
    decided[k] = decided[k - 1];
  }
  for (let k = quotes.length - 2; k >= 0; k--) {
    if (decided[k] || quotes[k].outer.end !== quotes[k + 1].outer.start) continue;
    quotes[k].speakerId = quotes[k + 1].speakerId;
    decided[k] = decided[k + 1];
  }
}

interface Cue {
  id: string;
  t0: number;
  t1: number;
}

function cueAfter(refs: References, doc: Doc, i: number, inner: string): Cue | null {
  const { tokens } = doc;
  // `…for us all." Press secretary Bo Lind said`: a full stop inside the marks ended the sentence
  if (/\.$/.test(inner) && tokens[i]?.cap) return null;
  let j = i;
  while (tokens[j] && [',', '.'].includes(tokens[j].text) && j - i < 2) j++;
  if (!tokens[j] || tokens[j].kind === 'quote') return null;
  const sentEnd = refs.sentenceOf(j).t1;
  // "according to X"
  if (tokens[j].text.toLowerCase() === 'according' && tokens[j + 1]?.text === 'to') {
    // the first name in the phrase ("South Korea's Defense Ministry"), else what the phrase refers to
    const k = j + 2 + (tokens[j + 2]?.text === 'the' ? 1 : 0);
    const last = endOfPhrase(doc, k, sentEnd);
    for (let q = k; q <= last; q++) if (refs.entityAt[q]) return { id: refs.entityAt[q]!, t0: j, t1: q + 1 };
    const id = refs.resolvePhrase(last);
    return id ? { id, t0: j, t1: last + 1 } : null;
  }
  // "said X" / "X said" within a few words
  for (let v = j; v < Math.min(sentEnd, j + 8); v++) {
    const w = tokens[v].text;
    if (!QUOTE_CUE_VERBS.has(w)) continue;
    if (refs.quoted(v)) return null;
    if (v === j) {
      const id = refs.subjectAfter(v);
      return id ? { id, t0: j, t1: v + 2 } : null;
    }
    const id = refs.subjectBefore(v);
    return id ? { id, t0: j, t1: v + 1 } : null;
  }
  return null;
}

function cueBefore(refs: References, doc: Doc, open: number): Cue | null {
  const { tokens } = doc;
  const p = open - 1;
  if (!tokens[p] || ![',', ':'].includes(tokens[p].text)) return null;
  const s = refs.sentenceOf(p);
  // `X said, "…` / `X replied: "…`
  if (REPORTING_VERBS.has(tokens[p - 1]?.text ?? '')) {
    const id = refs.subjectBefore(p - 1);
    if (id) return { id, t0: p - 1, t1: p };
  }
  // `According to the ICRC, "…`
  for (let k = p - 1; k >= s.t0; k--) {
    if (tokens[k].text.toLowerCase() === 'according' && tokens[k + 1]?.text === 'to') {
      for (let q = k + 2; q < p; q++) if (refs.entityAt[q]) return { id: refs.entityAt[q]!, t0: k, t1: q + 1 };
      break;
    }
  }
  if (tokens[p].text !== ':') return null;
  // `… quoted the president as telling the investors: "…`
  for (let k = p - 1; k > s.t0; k--) {
    if (tokens[k].text === 'as' && ['telling', 'saying'].includes(tokens[k + 1]?.text ?? '')) {
      const id = refs.resolvePhrase(k - 1) ?? refs.entityAt[k - 1];
      if (id) return { id, t0: k - 1, t1: k + 2 };
    }
  }
  // `X told the assembly: "…`: the one who speaks in the words before the colon
  for (let k = p - 1; k >= s.t0; k--) {
    if (!REPORTING_VERBS.has(tokens[k].text)) continue;
    // "X criticised the plan, saying:": a participle speaks for the sentence's subject
    const id = refs.subjectBefore(k) ?? (tokens[k].text.endsWith('ing') ? refs.peopleIn(s.t0, k)[0] ?? null : null);
    if (id) return { id, t0: k, t1: k + 1 };
    break;
  }
  // `… from a source in X: "…`: a name that ends the words before the colon
  for (let k = p - 1; k >= Math.max(s.t0, p - 2); k--) {
    const id = refs.entityAt[k];
    if (id) return { id, t0: k, t1: k + 1 };
  }
  return null;
}

/** `X hailed "…"`, `X said the two spoke about "…"`: a reporting verb earlier in the sentence. */
function verbEarlier(refs: References, doc: Doc, open: number): Cue | null {
  const { tokens } = doc;
  const s = refs.sentenceOf(open);
  for (let v = open - 1; v >= s.t0; v--) {
    if (tokens[v].kind === 'quote') return null;
    if (!REPORTING_VERBS.has(tokens[v].text) || refs.quoted(v)) continue;
    const id = refs.subjectBefore(v);
    if (id) return { id, t0: v, t1: v + 1 };
    // "led Haddad to hail …": the subject of an infinitive
    if (tokens[v - 1]?.text === 'to' && refs.entityAt[v - 2]) return { id: refs.entityAt[v - 2]!, t0: v - 2, t1: v + 1 };
  }
  return null;
}

/** The last word of a short noun phrase starting at `k` ("the foreign ministry"). */
function endOfPhrase(doc: Doc, k: number, end: number): number {
  let j = k;
  while (j + 1 < end && (doc.tokens[j + 1].kind === 'word' || doc.tokens[j + 1].kind === 'poss') && !['said', 'in', 'on', 'at', 'and'].includes(doc.tokens[j + 1].text)) j++;
  return j;
}

/** A reporting verb outside any quote in the sentence where `q` opens. */
function ownVerb(refs: References, doc: Doc, q: Quote): boolean {
  const s = refs.sentenceOf(tokenIndexAt(doc.tokens, q.outer.start));
  for (let k = s.t0; k < s.t1; k++) if (!refs.quoted(k) && QUOTE_CUE_VERBS.has(doc.tokens[k].text) && doc.tokens[k].start >= q.outer.end) return true;
  for (let k = s.t0; k < s.t1; k++) if (!refs.quoted(k) && REPORTING_VERBS.has(doc.tokens[k].text) && doc.tokens[k].end <= q.outer.start) return true;
  return false;
}

/** `b` opens in the sentence after the one where `a` closes, or in the same one: no sentence between. */
function adjacent(refs: References, doc: Doc, a: Quote, b: Quote): boolean {
  const end = refs.sentenceOf(tokenIndexAt(doc.tokens, a.outer.end - 1));
  const next = refs.sentenceOf(tokenIndexAt(doc.tokens, b.outer.start));
  return next.t0 <= end.t1 && b.outer.start - a.outer.end < 400;
}
