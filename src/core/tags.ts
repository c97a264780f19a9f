/** Part-of-speech and entity tags as bits, so a token carries them in one number. */
export const Tag = {
  Person: 1 << 0,
  FirstName: 1 << 1,
  Place: 1 << 2,
  Organization: 1 << 3,
  Verb: 1 << 4,
  PastTense: 1 << 5,
  Infinitive: 1 << 6,
  Gerund: 1 << 7,
  Modal: 1 << 8,
  Determiner: 1 << 9,
  Preposition: 1 << 10,
  Conjunction: 1 << 11,
  Pronoun: 1 << 12,
  Adjective: 1 << 13,
  Adverb: 1 << 14,
  Date: 1 << 15,
  Value: 1 << 16,
  Noun: 1 << 17,
  Plural: 1 << 18,
  ProperNoun: 1 << 19,
  Acronym: 1 << 20,
  Copula: 1 << 21,
  Auxiliary: 1 << 22,
  QuestionWord: 1 << 23,
  Honorific: 1 << 24,
  Demonym: 1 << 25,
  Country: 1 << 26,
  City: 1 << 27,
  LastName: 1 << 28,
} as const;

export type TagName = keyof typeof Tag;

/** The bit for each compromise tag name we use. */
export const TAG_BITS: ReadonlyMap<string, number> = new Map(Object.entries(Tag));

/** True when `bits` has any of `mask`. */
export function has(bits: number, mask: number): boolean {
  return (bits & mask) !== 0;
}
