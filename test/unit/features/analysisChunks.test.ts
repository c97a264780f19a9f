import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { ChunkAssembler, chunksOf } from '../../../src/features/analysisChunks';

describe('analysis chunks', () => {
  const text = ' date 2024-05-01 ' + 'Foreign Minister Lina Haddad met Defence Minister Omar Said. "We agree on this," Haddad said. '.repeat(40);
  const analysis = analyze(text);

  for (const size of [1, 7, 2000]) {
    it(`round-trips an analysis in chunks of ${size}`, () => {
      const assembler = new ChunkAssembler();
      const chunks = [...chunksOf(analysis, size)];
      assert.ok(chunks.slice(0, -1).every((c) => !c.done) && chunks[chunks.length - 1].done);
      assert.ok(chunks.every((c) => c.items.length <= size));
      for (const c of chunks) assembler.add(structuredClone(c));
      assert.deepEqual(assembler.analysis, analysis);
    });
  }

  it('sends an empty analysis as one chunk', () => {
    const chunks = [...chunksOf(analyze(''))];
    assert.equal(chunks.filter((c) => c.done).length, 1);
    const assembler = new ChunkAssembler();
    for (const c of chunks) assembler.add(c);
    assert.deepEqual(assembler.analysis, analyze(''));
  });
});

describe('analysis chunks, released as sent', () => {
  const text = ' date 2024-05-01 ' + 'Foreign Minister Lina Haddad met Defence Minister Omar Said. "We agree on this," Haddad said. '.repeat(40);

  it('the receiver gets the whole analysis while the sender lets go of every item', () => {
    const analysis = analyze(text);
    const expected = structuredClone(analysis);
    const assembler = new ChunkAssembler();
    for (const c of chunksOf(analysis, 7, true)) assembler.add(structuredClone(c));
    assert.deepEqual(assembler.analysis, expected);
    for (const list of [analysis.mentions, analysis.titles, analysis.quotes, analysis.meetings, analysis.sentences]) {
      assert.ok(list.every((item) => item === undefined));
    }
  });
});
