import { IRREALIS, MEETING_NOUNS } from './lexicon/verbs';
import type { Token } from './tokens';

/** Where a meeting is told: which words, and where the other party starts. */
export interface Trigger {
  kind: 'verb' | 'called' | 'noun' | 'participle';
  /** Token after the trigger words, where the other party starts. */
  end: number;
  withObject: boolean;
}

/** The meeting words starting at token `v` (before `end`, the sentence's end), if any. */
export function trigger(tokens: Token[], v: number, end: number): Trigger | null {
  const w = tokens[v].text.toLowerCase();
  const next = tokens[v + 1]?.text;
  if (w === 'met' || w === 'meets') return { kind: 'verb', end: next === 'with' ? v + 2 : v + 1, withObject: true };
  // "…, meeting Ukrainian President Volodymyr Zelenskyy": the sentence's subject met them
  if (w === 'meeting' && tokens[v - 1]?.text === ',') return { kind: 'participle', end: next === 'with' ? v + 2 : v + 1, withObject: true };
  if (w === 'received' || w === 'receives') {
    // "received on Wednesday a phone call from X"
    for (let k = v + 1; k < Math.min(end, v + 8); k++) if (['call', 'calls'].includes(tokens[k].text) && tokens[k + 1]?.text === 'from') return { kind: 'verb', end: k + 2, withObject: true };
    const k = next === 'in' && tokens[v + 2]?.text === 'audience' ? v + 3 : v + 1;
    return { kind: 'verb', end: k, withObject: true };
  }
  if (w === 'hosted' || w === 'welcomed') return { kind: 'verb', end: v + 1, withObject: true };
  if (w === 'paid' || w === 'pays') return paidCall(tokens, v, end);
  if (w === 'told') return { kind: 'verb', end: v + 1, withObject: true };
  if ((w === 'called' || w === 'calls') && next === 'on') return { kind: 'called', end: v + 2, withObject: true };
  if ((w === 'spoke' || w === 'talked' || w === 'speaks') && ['with', 'to'].includes(next ?? '')) return { kind: 'verb', end: v + 2, withObject: true };
  if (w === 'discussed' || w === 'spoke' || w === 'talked') {
    // "A discussed X with B" / "A and B discussed"
    for (let k = v + 1; k < Math.min(end, v + 8); k++) if (tokens[k].text === 'with') return { kind: 'verb', end: k + 1, withObject: true };
    return { kind: 'verb', end: v + 1, withObject: false };
  }
  if (w === 'held' || w === 'had' || w === 'holds' || w === 'joint') return heldTalks(tokens, v, end, w === 'joint');
  if (MEETING_NOUNS.has(w) && next === 'with') return { kind: 'noun', end: v + 2, withObject: true };
  return null;
}

/** "will meet", "plans to discuss", "is scheduled to have a meeting", "no talks". */
export function irrealis(tokens: Token[], v: number, s0: number): boolean {
  for (let k = v - 1; k >= Math.max(s0, v - 4); k--) {
    const w = tokens[k].text.toLowerCase();
    if (IRREALIS.has(w)) return true;
    if (tokens[k].text === ',' || tokens[k].text === '.') break;
  }
  return false;
}

/** "paid a courtesy call on X", "paid a visit to X". */
function paidCall(tokens: Token[], v: number, end: number): Trigger | null {
  for (let k = v + 1; k < Math.min(end, v + 5); k++) {
    if (/^(call|visit|visits|calls)$/.test(tokens[k].text) && ['on', 'to'].includes(tokens[k + 1]?.text ?? '')) return { kind: 'verb', end: k + 2, withObject: true };
  }
  return null;
}

/** "held talks (with X)", "had a meeting", "joint talks with X", "held talks via video link with X". */
function heldTalks(tokens: Token[], v: number, end: number, joint: boolean): Trigger | null {
  for (let k = v + 1; k < Math.min(end, v + 7); k++) {
    if (MEETING_NOUNS.has(tokens[k].text) || (joint && tokens[k].kind === 'word')) {
      let j = k + 1;
      while (j < end && MEETING_NOUNS.has(tokens[j].text)) j++;
      // "held talks via video link with", "held talks on Monday with"
      for (let q = j; q < Math.min(end, j + 5) && tokens[q].kind === 'word' && !tokens[q].cap; q++) {
        if (tokens[q].text === 'with') return { kind: 'verb', end: q + 1, withObject: true };
      }
      if (!joint) return { kind: 'verb', end: j, withObject: false };
    }
    if (joint && tokens[k].text === 'with') return { kind: 'verb', end: k + 1, withObject: true };
    if (tokens[k].text === '.' || tokens[k].text === ',') break;
  }
  return null;
}
