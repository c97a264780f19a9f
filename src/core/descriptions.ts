import { fold } from './fold';
import { COUNTRY_BY_DEMONYM } from './lexicon/countries';
import { PERSON_HEADS } from './lexicon/words';
import type { Entity } from './model';

/** Who a definite description may mean: one entity, or several people to choose from by recency. */
export interface Described {
  people: Entity[];
  id: string | null;
}

/**
 * Reads definite descriptions against an article's entities: "the foreign
 * minister" → the person whose role ends so, "the Somali leader" → the one
 * Somali person, "the ministry" → the only "… Ministry". Each phrase is
 * read once: the entities do not change while references are resolved.
 */
export class Descriptions {
  private readonly memo = new Map<string, Described>();

  constructor(private readonly entities: Entity[]) {}

  /** `phrase` is folded (fold.ts) and holds the words after "the". */
  of(phrase: string): Described {
    let d = this.memo.get(phrase);
    if (!d) this.memo.set(phrase, (d = this.describe(phrase)));
    return d;
  }

  private describe(phrase: string): Described {
    const one = (id: string | null) => ({ people: [], id });
    const fits = (role: string) => {
      const r = fold(role);
      const head = r.split(/ (?:of|for|to|on|in) /)[0];
      return r === phrase || r.endsWith(' ' + phrase) || head === phrase || head.endsWith(' ' + phrase);
    };
    const people = this.entities.filter((e) => e.kind === 'person' && e.role && fits(e.role.value));
    if (people.length === 1) return one(people[0].id);
    if (people.length > 1) {
      const exact = people.filter((e) => fold(e.role!.value) === phrase || fold(e.role!.value).split(' ').slice(-2).join(' ') === phrase);
      if (exact.length === 1) return one(exact[0].id);
      return { people, id: null };
    }
    // "the Somali leader", "the Turkish general": the one person of that country
    const words = phrase.split(' ');
    const country = words.length === 2 ? COUNTRY_BY_DEMONYM.get(words[0].charAt(0).toUpperCase() + words[0].slice(1)) : undefined;
    if (country && PERSON_HEADS.has(words[1])) {
      const of = this.entities.filter((e) => e.kind === 'person' && e.affiliation && country.names.some((n) => fold(n) === fold(e.affiliation!.value)));
      if (of.length === 1) return one(of[0].id);
    }
    const head = phrase.split(' ').pop() ?? '';
    const orgs = this.entities.filter((e) => e.kind === 'organization' && fold(e.name).split(' ').pop() === head);
    return one(orgs.length === 1 ? orgs[0].id : null);
  }
}
