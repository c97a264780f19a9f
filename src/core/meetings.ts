import type { Doc } from './document';
import type { Meeting } from './model';
import { IRREALIS, MEETING_NOUNS } from './lexicon/verbs';
import type { References } from './references';
import type { Token } from './tokens';
import { Tag, has } from './tags';

/**
 * Finds who met whom: "A met (with) B", "A received (in audience) B", "A
 * called on B" (not "called on B to …"), "A held talks/a meeting with B",
 * "A had an encounter with B", "A told B", "A and B discussed/held talks",
 * "talks between A and B", "A's summit with B", "during a phone call with B,
 * A …", "their talks". Planned, hoped-for or denied meetings ("will meet",
 * "plan to discuss", "no talks") are left out. Each unordered pair once.
 */
export function findMeetings(doc: Doc, refs: References): Meeting[] {
  const { tokens } = doc;
  const out: Meeting[] = [];
  const seen = new Set<string>();
  const add = (a: string | null, b: string | null, v0: number, v1: number, s: { t0: number; t1: number }) => {
    if (!a || !b || a === b) return;
    const ea = refs.entity(a);
    const eb = refs.entity(b);
    if (!ea || !eb || (ea.kind !== 'person' && eb.kind !== 'person')) return;
    // telling an organisation something ("told the World Health Assembly") is no meeting
    if (tokens[v0].text === 'told' && (ea.kind !== 'person' || eb.kind !== 'person')) return;
    const key = [a, b].sort().join('|');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      a, b,
      verb: doc.text.slice(tokens[v0].start, tokens[v1 - 1].end),
      verbSpan: { start: tokens[v0].start, end: tokens[v1 - 1].end },
      sentence: { start: tokens[s.t0].start, end: tokens[s.t1 - 1].end },
    });
  };
  for (const s of doc.sentences) {
    for (let v = s.t0; v < s.t1; v++) {
      const w = tokens[v].text.toLowerCase();
      const trig = trigger(tokens, v, s.t1);
      if (trig && !irrealis(tokens, v, s.t0)) {
        // "…, meeting X" and "during joint talks with X" belong to the sentence's subject
        const clausal = trig.kind === 'participle' || w === 'joint';
        let subjects = clausal ? firstPerson(refs, s.t0, v) : coordinated(refs, doc, refs.subjectBefore(v), v, s.t0);
        // "Biden arrived in Israel on Wednesday and met …": a second verb of the sentence's subject
        if (subjects.length === 0 && tokens[v - 1]?.text === 'and') subjects = onlyPerson(refs, s.t0, v);
        const objects = trig.withObject ? objectsAfter(refs, tokens, trig.end, s.t1) : [];
        if (trig.kind === 'called' && urged(refs, tokens, trig.end, s.t1)) continue;
        for (const a of subjects) for (const b of objects) add(a, b, v, trig.end, s);
        // "A and B discussed …", "A and B met for three hours"
        if ((!trig.withObject || objects.length === 0) && subjects.length === 2) add(subjects[0], subjects[1], v, trig.end, s);
        // "During a phone call with B on Monday, A urged …"
        if (trig.kind === 'noun' && subjects.length === 0 && objects.length) {
          const a = mainSubjectAfter(refs, tokens, trig.end, s.t1, objects);
          for (const b of objects) add(a, b, v, trig.end, s);
        }
      }
      // "talks between A and B"
      if (MEETING_NOUNS.has(w) && tokens[v + 1]?.text === 'between' && !irrealis(tokens, v, s.t0)) {
        const objs = objectsAfter(refs, tokens, v + 2, s.t1);
        if (objs.length >= 2) add(objs[0], objs[1], v, v + 2, s);
      }
      // "their first official talks": the two people of the sentence
      if (MEETING_NOUNS.has(w) && /^(talks|meeting|call|conversation)$/.test(w) && precededBy(tokens, v, s.t0, 'their') && !irrealis(tokens, v, s.t0)) {
        const ids = [...new Set(range(s.t0, v).map((k) => refs.entityAt[k]).filter((x): x is string => !!x && refs.entity(x)?.kind === 'person'))];
        if (ids.length === 2) add(ids[0], ids[1], v, v + 1, s);
      }
    }
  }
  return out;
}

interface Trigger {
  kind: 'verb' | 'called' | 'noun' | 'participle';
  /** Token after the trigger words, where the other party starts. */
  end: number;
  withObject: boolean;
}

function trigger(tokens: Token[], v: number, end: number): Trigger | null {
  const w = tokens[v].text.toLowerCase();
  const next = tokens[v + 1]?.text;
  if (w === 'met' || w === 'meets') return { kind: 'verb', end: next === 'with' ? v + 2 : v + 1, withObject: true };
  // "…, meeting Ukrainian President Volodymyr Zelenskyy": the sentence's subject met them
  if (w === 'meeting' && tokens[v - 1]?.text === ',') return { kind: 'participle', end: next === 'with' ? v + 2 : v + 1, withObject: true };
  if (w === 'received' || w === 'receives') {
    const k = next === 'in' && tokens[v + 2]?.text === 'audience' ? v + 3 : v + 1;
    return { kind: 'verb', end: k, withObject: true };
  }
  if (w === 'hosted' || w === 'welcomed') return { kind: 'verb', end: v + 1, withObject: true };
  // "paid a courtesy call on X", "paid a visit to X"
  if (w === 'paid' || w === 'pays') {
    for (let k = v + 1; k < Math.min(end, v + 5); k++) {
      if (/^(call|visit|visits|calls)$/.test(tokens[k].text) && ['on', 'to'].includes(tokens[k + 1]?.text ?? '')) return { kind: 'verb', end: k + 2, withObject: true };
    }
    return null;
  }
  if (w === 'told') return { kind: 'verb', end: v + 1, withObject: true };
  if ((w === 'called' || w === 'calls') && next === 'on') return { kind: 'called', end: v + 2, withObject: true };
  if ((w === 'spoke' || w === 'talked' || w === 'speaks') && ['with', 'to'].includes(next ?? '')) return { kind: 'verb', end: v + 2, withObject: true };
  if (w === 'discussed' || w === 'spoke' || w === 'talked') {
    // "A discussed X with B" / "A and B discussed"
    for (let k = v + 1; k < Math.min(end, v + 8); k++) if (tokens[k].text === 'with') return { kind: 'verb', end: k + 1, withObject: true };
    return { kind: 'verb', end: v + 1, withObject: false };
  }
  if (w === 'held' || w === 'had' || w === 'holds' || w === 'joint') {
    for (let k = v + 1; k < Math.min(end, v + 7); k++) {
      if (MEETING_NOUNS.has(tokens[k].text) || (w === 'joint' && tokens[k].kind === 'word')) {
        let j = k + 1;
        while (j < end && MEETING_NOUNS.has(tokens[j].text)) j++;
        // "held talks via video link with", "held talks on Monday with"
        for (let q = j; q < Math.min(end, j + 5) && tokens[q].kind === 'word' && !tokens[q].cap; q++) {
          if (tokens[q].text === 'with') return { kind: 'verb', end: q + 1, withObject: true };
        }
        if (w !== 'joint') return { kind: 'verb', end: j, withObject: false };
      }
      if (w === 'joint' && tokens[k].text === 'with') return { kind: 'verb', end: k + 1, withObject: true };
      if (tokens[k].text === '.' || tokens[k].text === ',') break;
    }
    return null;
  }
  if (MEETING_NOUNS.has(w) && next === 'with') return { kind: 'noun', end: v + 2, withObject: true };
  return null;
}

/** "will meet", "plans to discuss", "is scheduled to have a meeting", "no talks". */
function irrealis(tokens: Token[], v: number, s0: number): boolean {
  for (let k = v - 1; k >= Math.max(s0, v - 4); k--) {
    const w = tokens[k].text.toLowerCase();
    if (IRREALIS.has(w)) return true;
    if (tokens[k].text === ',' || tokens[k].text === '.') break;
  }
  return false;
}

/** Small words that may stand between a meeting verb and the party met. */
const LEAD_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'visiting', 'counterpart', 'outgoing', 'incoming', 'newly', 'appointed', 'with', 'and']);

/** The first party after `k`, and more joined to it by "and" / "as well as". */
function objectsAfter(refs: References, tokens: Token[], k: number, end: number): string[] {
  const out: string[] = [];
  let joined = true;
  for (let i = k; i < end; i++) {
    // an organisation inside a title is not a party: "the Governor of X Authority, Ahmad …"
    const id = refs.inTitle[i] && refs.entity(refs.entityAt[i] ?? '')?.kind === 'organization' ? null : refs.entityAt[i];
    if (id) {
      if (!joined) break;
      if (!out.includes(id)) out.push(id);
      joined = false;
      while (i + 1 < end && refs.entityAt[i + 1] === id) i++;
      continue;
    }
    const t = tokens[i];
    // before the first party only its titles and determiners may stand:
    // "told a news conference that …", "welcomed the decision of …" name nobody met
    // (a describing word may stand there too: "met Chinese central bank governor Yi Gang")
    const describing = has(t.tags, Tag.Adjective) || (has(t.tags, Tag.Noun) && !has(t.tags, Tag.Plural | Tag.Pronoun));
    if (out.length === 0 && !t.cap && t.kind === 'word' && !refs.inTitle[i] && !LEAD_WORDS.has(t.text) && !(describing && i - k < 4)) break;
    if (t.text === 'and' || (t.text === 'as' && tokens[i + 1]?.text === 'well')) joined = true;
    if (['.', ';', 'who', 'which', 'where'].includes(t.text)) break;
    if (t.text === 'to' && tokens[i + 1] && !tokens[i + 1].cap && tokens[i + 1].text !== 'the') break; // "to discuss"
    if (t.text === 'to' && out.length) break;
    // a verb outside any title ends the clause: "… Asim Munir and discussed …"
    if (!t.cap && t.kind === 'word' && /(ed|es)$/.test(t.text) && out.length && !['of', 'for'].includes(tokens[i - 1]?.text)) break;
  }
  return out;
}

/** "called on X to …" means urged. */
function urged(refs: References, tokens: Token[], k: number, end: number): boolean {
  let i = k;
  while (i < end && (refs.entityAt[i] || tokens[i].cap || ['the', 'both', 'all', 'and'].includes(tokens[i].text))) i++;
  return tokens[i]?.text === 'to';
}

/** A before its coordinated partner: "A and B discussed" gives [A, B]. */
function coordinated(refs: References, doc: Doc, b: string | null, v: number, s0: number): string[] {
  if (!b) return [];
  const { tokens } = doc;
  // the start of B's mention, then back over its titles and commas to "and"
  let j = v - 1;
  while (j >= s0 && refs.entityAt[j] !== b) j--;
  while (j >= s0 && refs.entityAt[j] === b) j--;
  let steps = 0;
  const party = (k: number) => refs.entityAt[k] && !(refs.inTitle[k] && refs.entity(refs.entityAt[k]!)?.kind === 'organization');
  while (j >= s0 && steps++ < 25 && !party(j) && tokens[j].text !== 'and') j--;
  if (tokens[j]?.text !== 'and') return [b];
  j--;
  while (j >= s0 && steps++ < 40 && !party(j)) {
    const t = tokens[j];
    if (t.text === '.' || (!t.cap && t.kind === 'word' && !['of', 'the', 'and', 'for', 'to'].includes(t.text))) {
      const a = refs.resolvePhrase(j);
      return a && a !== b ? [a, b] : [b];
    }
    j--;
  }
  const a = j >= s0 ? refs.entityAt[j] : null;
  return a && a !== b ? [a, b] : [b];
}

function mainSubjectAfter(refs: References, tokens: Token[], k: number, end: number, objects: string[]): string | null {
  let i = k;
  while (i < end && tokens[i].text !== ',') i++;
  for (; i < end; i++) {
    const id = refs.entityAt[i];
    if (id && !objects.includes(id) && refs.entity(id)?.kind === 'person') return id;
  }
  return null;
}

/** The first person named in `[from, to)`: the subject of a sentence that goes on with a participle. */
function firstPerson(refs: References, from: number, to: number): string[] {
  for (let k = from; k < to; k++) {
    const id = refs.entityAt[k];
    if (id && refs.entity(id)?.kind === 'person') return [id];
  }
  return [];
}

/** The one person named in `[from, to)`, if exactly one is. */
function onlyPerson(refs: References, from: number, to: number): string[] {
  const ids = new Set<string>();
  for (let k = from; k < to; k++) {
    const id = refs.entityAt[k];
    if (id && refs.entity(id)?.kind === 'person') ids.add(id);
  }
  return ids.size === 1 ? [...ids] : [];
}

function precededBy(tokens: Token[], v: number, s0: number, word: string): boolean {
  for (let k = v - 1; k >= Math.max(s0, v - 4); k--) if (tokens[k].text === word) return true;
  return false;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}
