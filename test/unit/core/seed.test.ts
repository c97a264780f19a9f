import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { SpanIndex } from '../../../src/core/lookup';
import { assertSpansExact, entityNamed } from './helpers';

// The bundled sample: the user's own seed document.
const SEED = join(__dirname, '../../../../samples/000_5717185636cb3aeb.txt');

describe('the seed document', () => {
  const text = readFileSync(SEED, 'utf8');
  const a = analyze(text);
  const name = (id: string | null) => a.entities.find((e) => e.id === id)?.name ?? null;

  it('reads the header', () => {
    assert.equal(a.header.date, '2026-01-30');
    assert.equal(text.slice(a.header.bodyStart, a.header.bodyStart + 5), 'Chief');
  });

  it('finds the three people with role and affiliation', () => {
    const rows = a.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.role?.value, e.affiliation?.value]);
    assert.deepEqual(rows, [
      ['Selcuk Bayraktaroglu', 'Chief of the Turkish General Staff', 'Turkiye'],
      ['Asim Munir', 'Chief of Defence Forces', 'Pakistan'],
      ['Khawaja Asif', 'Defence Minister', 'Pakistan'],
    ]);
    assert.deepEqual(entityNamed(a, 'Selcuk Bayraktaroglu').aliases, ['Selcuk Bayraktaroglu', 'Bayraktaroglu', 'Bayraktaroğlu']);
  });

  it('finds the organisations with the acronym', () => {
    assert.deepEqual(entityNamed(a, 'Inter-Services Public Relations').aliases, ['Inter-Services Public Relations', 'ISPR']);
    entityNamed(a, 'Turkish Armed Forces');
    entityNamed(a, 'Turkish General Staff');
  });

  it('finds both meetings and both quotes by the ISPR', () => {
    assert.deepEqual(a.meetings.map((m) => [name(m.a), name(m.b), m.verb]), [
      ['Selcuk Bayraktaroglu', 'Asim Munir', 'met'],
      ['Selcuk Bayraktaroglu', 'Khawaja Asif', 'called on'],
    ]);
    assert.deepEqual(a.quotes.map((q) => name(q.speakerId)), ['Inter-Services Public Relations', 'Inter-Services Public Relations']);
    assert.deepEqual(a.quotes.map((q) => (q.cue ? text.slice(q.cue.start, q.cue.end) : null)), ['it said', 'the ISPR said']);
  });

  it('every span is exact', () => assertSpansExact(text, a));

  it('SpanIndex finds what is at an offset', () => {
    const index = new SpanIndex(a);
    const at = (word: string, from = 0) => index.at(text.indexOf(word, from) + 1);
    const munir = at('Munir', text.indexOf('Munir appreciated'));
    assert.equal(munir?.kind === 'mention' && munir.entity.name, 'Asim Munir');
    const title = at('Defence Minister');
    assert.equal(title?.kind === 'title' && title.entity?.name, 'Khawaja Asif');
    const quote = at('The visit reflects');
    assert.equal(quote?.kind, 'quote');
    assert.equal(index.at(text.indexOf('regional security landscape')), undefined);
  });
});
