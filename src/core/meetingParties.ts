import type { Doc } from './document';
import type { References } from './references';
import type { Token } from './tokens';
import { Tag, has } from './tags';

// Who the parties of a meeting are, around its trigger words (meetingTriggers.ts).

/** Small words that may stand between a meeting verb and the party met. */
const LEAD_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'visiting', 'counterpart', 'outgoing', 'incoming', 'newly', 'appointed', 'with', 'and']);

/** The first party after `k`, and more joined to it by "and" / "as well as". */
export function objectsAfter(refs: References, tokens: Token[], k: number, end: number): string[] {
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
export function urged(refs: References, tokens: Token[], k: number, end: number): boolean {
  let i = k;
  while (i < end && (refs.entityAt[i] || tokens[i].cap || ['the', 'both', 'all', 'and'].includes(tokens[i].text))) i++;
  return tokens[i]?.text === 'to';
}

/** A before its coordinated partner: "A and B discussed" gives [A, B]. */
export function coordinated(refs: References, doc: Doc, b: string | null, v: number, s0: number): string[] {
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

export function mainSubjectAfter(refs: References, tokens: Token[], k: number, end: number, objects: string[]): string | null {
  let i = k;
  while (i < end && tokens[i].text !== ',') i++;
  for (; i < end; i++) {
    const id = refs.entityAt[i];
    if (id && !objects.includes(id) && refs.entity(id)?.kind === 'person') return id;
  }
  return null;
}
