// A hand-written article and the analysis core is expected to give for it,
// built by hand so the editor-side helpers can be tested before (and apart
// from) the real analysis. Offsets are found in the text, never typed in.
import type { ArticleAnalysis, Entity, Mention, MentionForm, Span } from '../../../src/core/model';

export const TEXT =
  ' date 2026-02-03 Defence Minister Amara Okafor on Tuesday met General Tomas Lindqvist in Oslo. ' +
  '"We agreed to deepen training ties," Okafor said. ' +
  'Lindqvist also held talks with the Baltic Maritime Agency (BMA). ' +
  "''The region needs calm,'' the BMA said in a statement. " +
  '“Nothing was signed,” a source said.';

/** The span of the `nth` (0-based) occurrence of `needle` in TEXT. */
export function at(needle: string, nth = 0): Span {
  let from = -1;
  for (let i = 0; i <= nth; i++) {
    from = TEXT.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`fixture: no occurrence ${nth} of ${needle}`);
  }
  return { start: from, end: from + needle.length };
}

function mention(entityId: string, text: string, form: MentionForm, nth = 0): Mention {
  return { ...at(text, nth), entityId, text, form };
}

function entity(id: string, kind: Entity['kind'], name: string, mentions: Mention[], extra: Partial<Entity> = {}): Entity {
  const aliases = [...new Set(mentions.map((m) => m.text))];
  return { id, kind, name, mentions, aliases, rank: null, role: null, affiliation: null, ...extra };
}

const okafor = [mention('p1', 'Amara Okafor', 'full'), mention('p1', 'Okafor', 'partial', 1)];
const lindqvist = [mention('p2', 'Tomas Lindqvist', 'full'), mention('p2', 'Lindqvist', 'partial', 1)];
const bma = [mention('o1', 'Baltic Maritime Agency', 'full'), mention('o1', 'BMA', 'acronym'), mention('o1', 'BMA', 'acronym', 1)];

export function fixture(): ArticleAnalysis {
  const entities = [
    entity('p1', 'person', 'Amara Okafor', okafor, { role: { value: 'Defence Minister', span: at('Defence Minister') } }),
    entity('p2', 'person', 'Tomas Lindqvist', lindqvist, { rank: { value: 'General', span: at('General') } }),
    entity('o1', 'organization', 'Baltic Maritime Agency', bma),
  ];
  const q1 = at('"We agreed to deepen training ties,"');
  const q2 = at("''The region needs calm,''");
  const q3 = at('“Nothing was signed,”');
  return {
    header: { date: '2026-02-03', dateSpan: at('2026-02-03'), bodyStart: 17 },
    entities,
    mentions: [...okafor, ...lindqvist, ...bma].sort((a, b) => a.start - b.start),
    titles: [
      { ...at('Defence Minister'), text: 'Defence Minister', kind: 'office', entityId: 'p1' },
      { ...at('General'), text: 'General', kind: 'rank', entityId: 'p2' },
    ],
    meetings: [
      { a: 'p1', b: 'p2', verb: 'met', verbSpan: at('met'), sentence: at('Defence Minister Amara Okafor on Tuesday met General Tomas Lindqvist in Oslo.') },
      { a: 'p2', b: 'o1', verb: 'held talks', verbSpan: at('held talks'), sentence: at('Lindqvist also held talks with the Baltic Maritime Agency (BMA).') },
    ],
    quotes: [
      { start: q1.start + 1, end: q1.end - 2, text: 'We agreed to deepen training ties', outer: q1, speakerId: 'p1', cue: at('Okafor said') },
      { start: q2.start + 2, end: q2.end - 3, text: 'The region needs calm', outer: q2, speakerId: 'o1', cue: at('the BMA said') },
      { start: q3.start + 1, end: q3.end - 2, text: 'Nothing was signed', outer: q3, speakerId: null, cue: null },
    ],
    sentences: [],
    notes: [],
  };
}
