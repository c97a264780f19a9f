/**
 * Whether `acronym` abbreviates the last words of `name`: "GSA" for
 * "Ghanaian Space Agency", "MoD" for "Ministry of Defence" (its
 * capitals M, D), "ISPR" for "Inter-Services Public Relations".
 */
export function initialsMatch(acronym: string, name: string): boolean {
  const caps = acronym.replace(/[^\p{Lu}]/gu, '');
  if (caps.length < 2) return false;
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.endsWith(caps);
}
