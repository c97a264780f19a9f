import assert from 'node:assert/strict';
import { tokenize } from '../../../src/core/tokens';

describe('tokenize', () => {
  const cases: [string, string[]][] = [
    ["Pakistan's army", ['Pakistan', "'s", 'army']],
    ['Bayraktaroğlu’s visit', ['Bayraktaroğlu', '’s', 'visit']],
    ['U.S. Secretary', ['U.S.', 'Secretary']],
    ['Lt. Gen. Kurbanov', ['Lt.', 'Gen.', 'Kurbanov']],
    ['Mr. C. Subramaniam.', ['Mr.', 'C.', 'Subramaniam', '.']],
    ["''expressed,'' it said", ["''", 'expressed', ',', "''", 'it', 'said']],
    ['“Come’’ he', ['“', 'Come', '’’', 'he']],
    ['Lee Jong-sup met Al-Saud', ['Lee', 'Jong-sup', 'met', 'Al-Saud']],
    ['😀 Asif', ['😀', 'Asif']],
    ['x\u0000y', ['x', '\u0000', 'y']],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const tokens = tokenize(text);
      assert.deepEqual(tokens.map((t) => t.text), expected);
      for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    });
  }
});
