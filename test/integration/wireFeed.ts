// A synthetic "wire feed": many short news items pasted into one seed file,
// made of sentences written for these tests (no corpus text). Deterministic:
// the same size always gives the same text. No vscode import, so a plain node
// script can time the analysis of the very text the stress tests open.

const PEOPLE = [
  'Amara Okafor', 'Tomas Lindqvist', 'Lena Varga', 'Kofi Mensah', 'Ingrid Solberg', 'Rafael Moreno',
  'Hana Kovacs', 'Yusuf Demir', 'Mei Tanaka', 'Olumide Adeyemi', 'Sofia Marinescu', 'Arjun Mehta',
  'Elin Haugen', 'Pieter de Vries', 'Nadia Rahman', 'Jonas Petrauskas', 'Clara Ibsen', 'Mateo Ruiz',
];
const TITLES = [
  'Defence Minister', 'Foreign Minister', 'General', 'Admiral', 'Ambassador', 'Interior Minister',
  'Chief of the Nordic Defence Staff', 'Air Marshal', 'Prime Minister', 'Colonel',
];
const ORGS = [
  ['Baltic Maritime Agency', 'BMA'], ['Nordic Defence Staff', 'NDS'], ['Coastal Guard Service', 'CGS'],
  ['Ministry of Foreign Affairs', 'MFA'], ['Joint Logistics Command', 'JLC'], ['Regional Security Council', 'RSC'],
] as const;
const CITIES = ['Oslo', 'Riga', 'Budapest', 'Accra', 'Lisbon', 'Tallinn', 'Ankara', 'Lagos', 'Vilnius', 'Valletta'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = [
  'joint training', 'sea patrols', 'border security', 'disaster relief', 'cyber defence', 'port inspections',
  'air policing', 'officer exchanges', 'fuel supplies', 'search and rescue',
];
const SAYINGS = [
  'We agreed to deepen training ties between our two forces',
  'The region needs calm and steady cooperation',
  'Our countries share a long friendship',
  'This visit opens a new chapter in our work together',
  'We will meet again before the end of the year',
  'Nobody gains from tension on the sea lanes',
];

/** mulberry32: a small seeded generator, so the feed is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One news item of three to six sentences; numbers keep sentences from repeating word for word. */
function item(next: () => number, n: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const [a, b] = [pick(PEOPLE), pick(PEOPLE)];
  const surname = (name: string) => name.split(' ').pop()!;
  const [org, acronym] = pick(ORGS);
  const topic = pick(TOPICS);
  const sentences = [
    `${pick(TITLES)} ${a} on ${pick(DAYS)} met ${pick(TITLES)} ${b} in ${pick(CITIES)} to discuss ${topic}, the ${org} (${acronym}) said.`,
    `"${pick(SAYINGS)}," ${surname(a)} said after the ${n % 97 + 2}th round of talks.`,
    `${surname(b)} also held talks with the ${org} on ${pick(TOPICS)} and ${n % 41 + 3} related projects.`,
    `''${pick(SAYINGS)},'' the ${acronym} said in a statement on ${pick(DAYS)}.`,
    `${surname(a)} called the meeting “frank and useful” and said the next round, number ${n + 1}, would be held in ${pick(CITIES)}.`,
    `Officials said ${n % 300 + 20} people took part in the ${topic} exercise near ${pick(CITIES)}.`,
  ];
  const count = 3 + Math.floor(next() * 4);
  return sentences.slice(0, count).join(' ');
}

/**
 * A seed file of about `bytes` UTF-8 bytes (never less): a date header, then
 * one news item per line. Items name a small cast again and again, as a
 * day's wire feed does.
 */
export function wireFeed(bytes: number, seed = 7): string {
  const next = random(seed);
  const lines = [' date 2026-02-14 Wire feed.'];
  let size = Buffer.byteLength(lines[0]);
  for (let n = 1; size < bytes; n++) {
    const line = item(next, n);
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}
