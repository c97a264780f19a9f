import type { Doc } from './document';
import { MEETING_NOUNS } from './lexicon/verbs';
import { coordinated, mainSubjectAfter, objectsAfter, urged } from './meetingParties';
import { irrealis, trigger } from './meetingTriggers';
import type { Meeting } from './model';
import type { References } from './references';
import type { Token } from './tokens';

/**
 * Finds who met whom: "A met (with) B", "A received (in audience) B", "A
 * received a phone call from B", "A called on B" (not "called on B to …"),
 * "A held talks/a meeting with B", "A had an encounter with B", "A told B",
 * "A and B discussed/held talks",
 * "talks between A and B", "A's summit with B", "during a phone call with B,
 * A …", "their talks". Planned, hoped-for or denied meetings ("will meet",
 * "plan to discuss", "no talks") are left out. Each unordered pair once.
 */
export function findMeetings(doc: Doc, refs: References): Meeting[] {
  const { tokens } = doc;
  const out: Meeting[] = [];
  const seen = new Set<string>();
  const add = (a: string | null, b: string | null, v0: number, v1: number, s: { t0: number; t1: number }) => {
    if (!a || !b || a === b) return;
    const ea = refs.entity(a);
    const eb = refs.entity(b);
    if (!ea || !eb || (ea.kind !== 'person' && eb.kind !== 'person')) return;
    // telling an organisation something ("told the World Health Assembly") is no meeting
    if (tokens[v0].text === 'told' && (ea.kind !== 'person' || eb.kind !== 'person')) return;
    const key = [a, b].sort().join('|');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      a, b,
      verb: doc.text.slice(tokens[v0].start, tokens[v1 - 1].end),
      verbSpan: { start: tokens[v0].start, end: tokens[v1 - 1].end },
      sentence: { start: tokens[s.t0].start, end: tokens[s.t1 - 1].end },
    });
  };
  for (const [si, s] of doc.sentences.entries()) {
    for (let v = s.t0; v < s.t1; v++) {
      const w = tokens[v].text.toLowerCase();
      const trig = trigger(tokens, v, s.t1);
      if (trig && !irrealis(tokens, v, s.t0)) {
        // "…, meeting X" and "during joint talks with X" belong to the sentence's subject
        const clausal = trig.kind === 'participle' || w === 'joint';
        let subjects = clausal ? refs.peopleIn(s.t0, v).slice(0, 1) : coordinated(refs, doc, refs.subjectBefore(v), v, s.t0);
        // "Biden arrived in Israel on Wednesday and met …": a second verb of the sentence's subject
        if (subjects.length === 0 && tokens[v - 1]?.text === 'and') {
          const named = refs.peopleIn(s.t0, v);
          if (named.length === 1) subjects = named;
        }
        const objects = trig.withObject ? objectsAfter(refs, tokens, trig.end, s.t1) : [];
        if (trig.kind === 'called' && urged(refs, tokens, trig.end, s.t1)) continue;
        for (const a of subjects) for (const b of objects) add(a, b, v, trig.end, s);
        // "A and B discussed …", "A and B met for three hours"
        if ((!trig.withObject || objects.length === 0) && subjects.length === 2) add(subjects[0], subjects[1], v, trig.end, s);
        // "During a phone call with B on Monday, A urged …" (nobody named before the call)
        if (trig.kind === 'noun' && subjects.length === 0 && objects.length && refs.peopleIn(s.t0, v).length === 0) {
          const a = mainSubjectAfter(refs, tokens, trig.end, s.t1, objects);
          for (const b of objects) add(a, b, v, trig.end, s);
        }
      }
      // "talks between A and B"
      if (MEETING_NOUNS.has(w) && tokens[v + 1]?.text === 'between' && !irrealis(tokens, v, s.t0)) {
        const objs = objectsAfter(refs, tokens, v + 2, s.t1);
        if (objs.length >= 2) add(objs[0], objs[1], v, v + 2, s);
      }
      // "their first official talks": the two people of the sentence, or of the one before
      // when this one names nobody first ("A and B agreed … At their summit, the two leaders …")
      if (/^(talks|meeting|call|conversation|summit)$/.test(w) && precededBy(tokens, v, s.t0, 'their') && !irrealis(tokens, v, s.t0)) {
        const previous = doc.sentences[si - 1];
        let ids = refs.peopleIn(s.t0, v);
        if (ids.length === 0 && previous) ids = refs.peopleIn(previous.t0, previous.t1);
        if (ids.length === 2) add(ids[0], ids[1], v, v + 1, s);
      }
    }
  }
  return out;
}

function precededBy(tokens: Token[], v: number, s0: number, word: string): boolean {
  for (let k = v - 1; k >= Math.max(s0, v - 4); k--) if (tokens[k].text === word) return true;
  return false;
}
