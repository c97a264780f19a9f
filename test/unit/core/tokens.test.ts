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
    ["the Farmers' Union said", ['the', 'Farmers', "'", 'Union', 'said']],
    ["'Our farmers' hopes are gone,' he said", ["'", 'Our', 'farmers', "'", 'hopes', 'are', 'gone', ',', "'", 'he', 'said']],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const tokens = tokenize(text);
      assert.deepEqual(tokens.map((t) => t.text), expected);
      for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
    });
  }

  // an apostrophe after a plural is a possessive, unless a single quotation is open (then it closes it)
  const kinds: [string, string, string][] = [
    ["the Farmers' Union said", "'", 'poss'],
    ['the Philippines’ envoy', '’', 'poss'],
    ["'We beat the Titans' coach Lee said", "'", 'quote'],
    ["the farmers', he said", "'", 'quote'],
  ];
  for (const [text, mark, kind] of kinds) {
    it(`${JSON.stringify(text)}: the last ${mark} is a ${kind} token`, () => {
      const last = tokenize(text).filter((t) => t.text === mark).pop();
      assert.equal(last?.kind, kind);
    });
  }
});
