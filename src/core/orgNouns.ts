import type { Doc } from './document';
import { ORG_APPOSITION_NOUNS, ORG_MEMBER_NOUNS } from './lexicon/organizations';
import type { OrgHit } from './organizations';
import { Tag, has } from './tags';
import type { Token } from './tokens';
import { COUNTRIES, isAcronym, isNotNameWord } from './vocab';

/** "Iberdrola, the Spanish utility,": a name in apposition with an organisation noun. */
function describedAsOrg(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',' || tokens[i + 2]?.text !== 'the' || (tokens[i - 1]?.cap && tokens[i - 1].kind === 'word')) return false;
  for (let k = i + 3; k < Math.min(tokens.length, i + 7); k++) {
    if (ORG_APPOSITION_NOUNS.has(tokens[k].text)) return true;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/** "the Solvena news site", "news agency KNA": a capitalised word beside an organisation noun. */
export function orgsByNoun(doc: Doc, taken: Uint8Array): OrgHit[] {
  const { tokens } = doc;
  const out: OrgHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || taken[i] || isNotNameWord(t) || t.kind !== 'word' || COUNTRIES.match(tokens, i)) continue;
    const n1 = tokens[i + 1];
    const n2 = tokens[i + 2];
    const before = tokens[i - 1];
    const nounAfter = (n1 && ORG_APPOSITION_NOUNS.has(n1.text)) || (n1?.text === 'news' && n2 && ORG_APPOSITION_NOUNS.has(n2.text));
    const nounBefore = before && ORG_APPOSITION_NOUNS.has(before.text) && tokens[i - 2]?.text !== 'the';
    // "Taliban fighters", "Kestrel militants"
    const members = n1 && ORG_MEMBER_NOUNS.has(n1.text) && !COUNTRIES.match(tokens, i) && !isNotNameWord(t);
    // a single name compromise knows as an organisation ("Facebook"), outside any longer name
    const known = has(t.tags, Tag.Organization) && !isAcronym(t) && !n1?.cap && n1?.kind !== 'poss' && !has(t.tags, Tag.Person | Tag.Place) && ['a', 'an', 'the', 'on', 'at', 'via', 'by', 'from', 'with', 'in'].includes(before?.text ?? '');
    if (known || describedAsOrg(tokens, i)) { out.push({ name: { t0: i, t1: i + 1 }, acronym: null }); continue; }
    if ((nounAfter && before?.text === 'the') || nounBefore || members) out.push({ name: { t0: i, t1: i + 1 }, acronym: null });
  }
  return out;
}

