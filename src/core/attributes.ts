import type { Doc } from './document';
import type { Draft } from './entities';
import type { Evidence, Span } from './model';
import type { Range } from './people';
import type { Token } from './tokens';
import { COUNTRIES } from './vocab';
import { readDateline } from './dateline';
import type { CountryEntry } from './lexicon/countries';
import { COMPLEMENT_PREPOSITIONS, HOST_HEADS } from './lexicon/offices';
import { STATE_BODIES } from './lexicon/organizations';
import { LEADING_VERBS } from './lexicon/verbs';

/**
 * Chooses each person's rank, role and affiliation from the titles around
 * their mentions, with the span each came from. Rank: a military rank, else
 * the conferred honorific nearest the name. Role: offices joined by "and",
 * else the first capitalised office, else the first office. Affiliation: a
 * country written in or before the titles; else an organisation in a title
 * (its country if it is a state body); else "of <country>" after the name;
 * else an organisation ", who heads" it; else, for office holders and
 * officers, the article's home country.
 */
export function assignAttributes(doc: Doc, people: Draft[], orgs: Draft[]): void {
  const home = homeCountry(doc);
  for (const d of people) {
    const e = d.entity;
    const titles = d.hits.flatMap((h) => h.titles);
    const military = titles.find((t) => t.kind === 'rank');
    const honorifics = titles.filter((t) => t.kind === 'honorific');
    const rank = military ?? honorifics[honorifics.length - 1];
    if (rank) e.rank = { value: rank.value, span: span(doc, rank) };
    const joined = d.hits.find((h) => h.role)?.role;
    const offices = titles.filter((t) => t.kind === 'office');
    const office = joined ? null : offices.find((t) => doc.tokens[headIndex(doc.tokens, t)]?.cap) ?? offices[0];
    const roleRange = joined ?? office;
    if (roleRange) e.role = { value: doc.text.slice(span(doc, roleRange).start, span(doc, roleRange).end), span: span(doc, roleRange) };
    // the home country only for officers and holders of a capitalised office, not for "spokesman" or "chairman"
    const official = !!rank || offices.some((t) => doc.tokens[headIndex(doc.tokens, t)]?.cap);
    e.affiliation = affiliation(doc, d, orgs, home) ?? (official ? home : null);
  }
  // "his Peruvian counterpart Luis Paredes": the office of the person met, named earlier in the sentence
  for (const d of people) {
    const at = d.hits.find((h) => h.counterpart !== undefined)?.counterpart;
    if (d.entity.role || at === undefined) continue;
    const offset = doc.tokens[at].start;
    let best: { start: number; role: Evidence } | null = null;
    for (const other of people) {
      if (other === d || !other.entity.role) continue;
      for (const m of other.entity.mentions) if (m.start < offset && (!best || m.start > best.start)) best = { start: m.start, role: other.entity.role };
    }
    if (best) d.entity.role = { value: best.role.value, span: { start: offset, end: doc.tokens[at].end } };
  }
}

function affiliation(doc: Doc, d: Draft, orgs: Draft[], home: Evidence | null): Evidence | null {
  const { tokens } = doc;
  for (const h of d.hits) {
    if (h.countries.length) return countryEvidence(doc, h.countries[0]);
    for (const t of h.titles) {
      const host = HOST_HEADS.test(doc.text.slice(span(doc, t).start, span(doc, t).end));
      for (let i = t.t0; i < t.t1; i++) {
        const m = COUNTRIES.match(tokens, i, t.t1);
        if (!m) continue;
        if (host && tokens[i - 1]?.text === 'to' && !m.value.demonym) { i += m.len - 1; continue; }
        return countryEvidence(doc, { t0: i, t1: i + m.len });
      }
    }
  }
  // an organisation in or before a title: its country when it is a state body, else itself
  for (const h of d.hits) {
    const o = h.orgs[0] ?? h.titles.flatMap((t) => orgsInside(doc, t, orgs))[0];
    if (!o) continue;
    const c = COUNTRIES.match(tokens, o.t0, o.t1);
    if (c) return countryEvidence(doc, { t0: o.t0, t1: o.t0 + c.len });
    const s = span(doc, o);
    const written = doc.text.slice(s.start, s.end);
    const full = orgs.find((x) => x.entity.aliases.includes(written) || x.entity.name === written)?.entity.name ?? written;
    if (full.split(/\s+/).some((w) => STATE_BODIES.has(w))) return home;
    return { value: written, span: s };
  }
  // "President Malik Haddad of Jordan"
  for (const h of d.hits) {
    if (tokens[h.name.t1]?.text === 'of') {
      const c = COUNTRIES.match(tokens, h.name.t1 + 1);
      if (c) return countryEvidence(doc, { t0: h.name.t1 + 1, t1: h.name.t1 + 1 + c.len });
    }
  }
  return ledOrganisation(doc, d, orgs);
}

/** "Sofia Berg, who heads the Transport Workers' Federation,": the organisation a relative clause says the person leads. */
function ledOrganisation(doc: Doc, d: Draft, orgs: Draft[]): Evidence | null {
  const { tokens } = doc;
  for (const h of d.hits) {
    let k = h.name.t1;
    if (tokens[k]?.text !== ',' || tokens[k + 1]?.text !== 'who' || !LEADING_VERBS.has(tokens[k + 2]?.text ?? '')) continue;
    k += tokens[k + 3]?.text === 'the' ? 4 : 3;
    const hit = orgs.flatMap((o) => o.hits).find((x) => x.name.t0 === k);
    if (hit) {
      const s = span(doc, hit.name);
      return { value: doc.text.slice(s.start, s.end), span: s };
    }
  }
  return null;
}

/** Organisations named inside a title's span ("chairwoman of Nordlys Energy"). */
function orgsInside(doc: Doc, t: Range, orgs: Draft[]): Range[] {
  const s = span(doc, t);
  const out: Range[] = [];
  for (const o of orgs) for (const h of o.hits) {
    const hs = span(doc, h.name);
    if (hs.start >= s.start && hs.end <= s.end) out.push(h.name);
  }
  return out.sort((a, b) => a.t0 - b.t0);
}

/** The country as the article writes it: a demonym becomes a country name used in the text. */
function countryEvidence(doc: Doc, r: Range): Evidence {
  const s = span(doc, r);
  const m = COUNTRIES.match(doc.tokens, r.t0, r.t1);
  const written = doc.text.slice(s.start, s.end);
  // "People’s Republic of China" → "China"
  if (m && OFFICIAL_NAME.test(written)) return { value: m.value.entry.country, span: s };
  if (!m || !m.value.demonym) return { value: written, span: s };
  return { value: writtenName(doc, m.value.entry) ?? m.value.entry.country, span: s };
}

/** Official long forms ("Federal Democratic Republic of Ethiopia"): the short name reads better. */
const OFFICIAL_NAME = /\b(Republic|Kingdom|Federation|Federal|Democratic|State of)\b/;

/**
 * The first short name of `entry` that the text uses on its own (not inside
 * a hyphenated word, not an official long form), so a demonym reads as the
 * article spells the country ("Turkish" → "Turkiye"). Memoised per analysis.
 */
function writtenName(doc: Doc, entry: CountryEntry): string | null {
  let names = written.get(doc);
  if (!names) written.set(doc, (names = new Map()));
  if (names.has(entry)) return names.get(entry) ?? null;
  const { tokens } = doc;
  let found: string | null = null;
  for (let i = 0; i < tokens.length && !found; i++) {
    const m = COUNTRIES.match(tokens, i);
    if (!m || m.value.demonym || m.value.entry !== entry) continue;
    const name = doc.text.slice(tokens[i].start, tokens[i + m.len - 1].end);
    if (doc.text[tokens[i].start - 1] !== '-' && !OFFICIAL_NAME.test(name)) found = name;
    i += m.len - 1;
  }
  names.set(entry, found);
  return found;
}

const written = new WeakMap<Doc, Map<CountryEntry, string | null>>();

/**
 * The article's home country: the country of its dateline ("SEOUL, Jan. 2",
 * "New Delhi:"), else the country named most often.
 */
function homeCountry(doc: Doc): Evidence | null {
  const { tokens } = doc;
  const dateline = readDateline(doc);
  if (dateline?.country) return { value: writtenName(doc, dateline.country) ?? dateline.country.country, span: span(doc, dateline.place) };
  const counts = new Map<CountryEntry, { n: number; first: Range }>();
  for (let i = 0; i < tokens.length; i++) {
    const m = COUNTRIES.match(tokens, i);
    if (!m || m.value.demonym) continue;
    const e = m.value.entry;
    const c = counts.get(e) ?? { n: 0, first: { t0: i, t1: i + m.len } };
    c.n++;
    counts.set(e, c);
    i += m.len - 1;
  }
  let best: [CountryEntry, { n: number; first: Range }] | null = null;
  for (const kv of counts) if (!best || kv[1].n > best[1].n) best = kv;
  if (!best) return null;
  return { value: writtenName(doc, best[0]) ?? best[0].country, span: span(doc, best[1].first) };
}

function headIndex(tokens: Token[], r: Range): number {
  for (let i = r.t0; i < r.t1; i++) if (COMPLEMENT_PREPOSITIONS.has(tokens[i].text)) return i - 1;
  return r.t1 - 1;
}

export function span(doc: Doc, r: Range): Span {
  return { start: doc.tokens[r.t0].start, end: doc.tokens[r.t1 - 1].end };
}

