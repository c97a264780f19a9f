import type { Doc } from './document';
import { fold } from './fold';
import type { Entity, Mention, MentionForm, Title } from './model';
import type { OrgHit } from './organizations';
import type { PersonHit, Range } from './people';
import type { Token } from './tokens';
import { initialsMatch } from './initials';
import { isNameWord, isNotNameWord, isParticle, isParticleText } from './vocab';

/** An entity under construction: where it was found, before attributes are chosen. */
export interface Draft {
  entity: Entity;
  hits: PersonHit[];
  /** Other folded names this entity is known by ("uae navy"). */
  aliases: string[];
  /** Folded name words, for matching later mentions. */
  words: string[];
}

/**
 * Groups person hits into people: a hit whose name words all appear, in
 * order and adjacent, in a longer name is the same person ("Gen Menon" →
 * Ravi Kumar Menon; "Hamad bin Khalifa" → Hamad bin Khalifa Al Thani).
 */
export function groupPeople(doc: Doc, hits: PersonHit[]): Draft[] {
  const drafts: Draft[] = [];
  const order = [...hits].sort((a, b) => (b.name.t1 - b.name.t0) - (a.name.t1 - a.name.t0) || a.name.t0 - b.name.t0);
  for (const h of order) {
    const words = nameWords(doc.tokens, h.name);
    if (words.length === 0) continue;
    let d = drafts.find((x) => containsRun(x.words, words));
    if (!d) {
      d = { entity: newEntity('person', doc.text.slice(doc.tokens[h.name.t0].start, doc.tokens[h.name.t1 - 1].end), drafts.length + 1), hits: [], words, aliases: [] };
      drafts.push(d);
    }
    d.hits.push(h);
  }
  // the name is the fullest form as first written
  for (const d of drafts) {
    const first = d.hits.reduce((a, b) => (b.name.t1 - b.name.t0 > a.name.t1 - a.name.t0 || (b.name.t1 - b.name.t0 === a.name.t1 - a.name.t0 && b.name.t0 < a.name.t0) ? b : a));
    d.entity.name = doc.text.slice(doc.tokens[first.name.t0].start, doc.tokens[first.name.t1 - 1].end);
  }
  return drafts;
}

/** Groups organisation hits by folded name; acronyms join the organisation they follow. */
export function groupOrganizations(doc: Doc, hits: OrgHit[]): Draft[] {
  const drafts = new Map<string, Draft>();
  const acronyms = new Map<string, Draft>();
  const { tokens, text } = doc;
  const span = (r: Range) => text.slice(tokens[r.t0].start, tokens[r.t1 - 1].end);
  // names before bare acronyms, so "(ISPR)" finds its organisation first
  const sorted = [...hits].sort((a, b) => Number(isBare(a, tokens)) - Number(isBare(b, tokens)) || a.name.t0 - b.name.t0);
  for (const h of sorted) {
    const name = span(h.name);
    const key = fold(name).replace(/^the /, '');
    let d = drafts.get(key) ?? acronyms.get(key);
    if (!d && isBare(h, tokens)) d = [...drafts.values()].find((x) => initialsMatch(name, x.entity.name));
    if (!d) {
      d = { entity: newEntity('organization', name, drafts.size + 1), hits: [], words: [key], aliases: [] };
      drafts.set(key, d);
    }
    d.hits.push({ name: h.name, titles: [], countries: [], orgs: [], role: null });
    if (h.acronym) {
      d.hits.push({ name: h.acronym, titles: [], countries: [], orgs: [], role: null });
      acronyms.set(fold(span(h.acronym)), d);
    }
    // "Ruritanian Armed Forces (RAF) Navy" is also "RAF Navy"
    const inner = /^(.*?)\s*\((\p{Lu}[\p{L}.]*)\)\s*(.*)$/u.exec(name);
    if (inner && initialsMatch(inner[2], inner[1])) {
      const alias = fold(`${inner[2]} ${inner[3]}`.trim());
      acronyms.set(alias, d);
      d.aliases.push(alias);
    }
  }
  return [...drafts.values()];
}

function isBare(h: OrgHit, tokens: Token[]): boolean {
  return h.name.t1 - h.name.t0 === 1 && /^\p{Lu}[\p{Lu}\p{Ll}.]*$/u.test(tokens[h.name.t0].text) && tokens[h.name.t0].text.replace(/[^\p{Lu}]/gu, '').length >= 2;
}

/**
 * Every place a person is named: full names and single name words that
 * belong to exactly one person ("Munir", "Khalifa"), as well as the hits.
 * Returns mentions sorted by offset, non-overlapping.
 */
export function collectMentions(doc: Doc, people: Draft[], orgs: Draft[]): Mention[] {
  const { tokens, text } = doc;
  const mentions: Mention[] = [];
  const taken = new Uint8Array(tokens.length);
  const add = (d: Draft, r: Range, form: MentionForm) => {
    for (let i = r.t0; i < r.t1; i++) if (taken[i]) return;
    for (let i = r.t0; i < r.t1; i++) taken[i] = 1;
    const start = tokens[r.t0].start;
    const end = tokens[r.t1 - 1].end;
    mentions.push({ start, end, entityId: d.entity.id, text: text.slice(start, end), form });
  };
  const full = (d: Draft, r: Range) => fold(text.slice(tokens[r.t0].start, tokens[r.t1 - 1].end)) === fold(d.entity.name);
  for (const d of [...people, ...orgs]) {
    for (const h of d.hits) {
      const isAcr = d.entity.kind === 'organization' && !full(d, h.name) && h.name.t1 - h.name.t0 === 1 && /\p{Lu}.*\p{Lu}/u.test(tokens[h.name.t0].text);
      add(d, h.name, full(d, h.name) ? 'full' : isAcr ? 'acronym' : 'partial');
    }
  }
  // later mentions of a person by part of the name
  const owners = new Map<string, Draft[]>();
  for (const d of people) for (const w of d.words) if (!isParticleText(w) && w.length > 1) owners.set(w, [...(owners.get(w) ?? []), d]);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !tokens[i].cap || isNotNameWord(tokens[i])) continue;
    // the longest run of name words that all belong to one person
    let j = i;
    let owner: Draft | null = null;
    while (j < tokens.length && !taken[j] && (isNameWord(tokens[j]) || isParticle(tokens[j]))) {
      const ds = owners.get(fold(tokens[j].text));
      if (isParticle(tokens[j]) && j > i) { j++; continue; }
      if (!ds || ds.length !== 1 || (owner && ds[0] !== owner)) break;
      owner = ds[0];
      j++;
    }
    while (j > i && isParticle(tokens[j - 1])) j--;
    if (owner && j > i) {
      add(owner, { t0: i, t1: j }, full(owner, { t0: i, t1: j }) ? 'full' : 'partial');
      i = j - 1;
    }
  }
  // later mentions of organisations by name or acronym
  const orgNames = new Map<string, Draft>();
  const orgById = new Map(orgs.map((d) => [d.entity.id, d]));
  for (const m of mentions) {
    const d = orgById.get(m.entityId);
    if (d) orgNames.set(fold(m.text), d);
  }
  for (const d of orgs) for (const alias of d.aliases) orgNames.set(alias, d);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !tokens[i].cap) continue;
    for (let len = Math.min(8, tokens.length - i); len >= 1; len--) {
      const r = { t0: i, t1: i + len };
      const d = orgNames.get(fold(text.slice(tokens[i].start, tokens[i + len - 1].end)));
      if (d) { add(d, r, full(d, r) ? 'full' : len === 1 ? 'acronym' : 'partial'); i += len - 1; break; }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const d of [...people, ...orgs]) {
    d.entity.mentions = mentions.filter((m) => m.entityId === d.entity.id);
    d.entity.aliases = [...new Set(d.entity.mentions.map((m) => m.text))];
  }
  return mentions;
}

/** The titles of every person hit, tied to the person. */
export function collectTitles(doc: Doc, people: Draft[]): Title[] {
  const out: Title[] = [];
  const seen = new Set<number>();
  for (const d of people) for (const h of d.hits) for (const t of h.titles) {
    const start = doc.tokens[t.t0].start;
    if (seen.has(start)) continue;
    seen.add(start);
    const end = doc.tokens[t.t1 - 1].end;
    out.push({ start, end, text: doc.text.slice(start, end), kind: t.kind, entityId: d.entity.id });
  }
  return out.sort((a, b) => a.start - b.start);
}

function nameWords(tokens: Token[], r: Range): string[] {
  const out: string[] = [];
  for (let i = r.t0; i < r.t1; i++) out.push(fold(tokens[i].text.replace(/\.$/, '')));
  return out;
}

function containsRun(hay: string[], needle: string[]): boolean {
  if (needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A new entity; `n` numbers it among its kind within one analysis ("p3", "o1"). */
function newEntity(kind: Entity['kind'], name: string, n: number): Entity {
  return { id: `${kind === 'person' ? 'p' : 'o'}${n}`, kind, name, mentions: [], aliases: [], rank: null, role: null, affiliation: null };
}
