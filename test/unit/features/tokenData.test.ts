import * as assert from 'node:assert';
import { TokenData } from '../../../src/features/present/tokenData';

/** What vscode.SemanticTokensBuilder gives for the same pushes: sorted by line then character (stably), delta-encoded. */
function reference(tokens: number[][]): number[] {
  const sorted = tokens.map((t, i) => ({ t, i })).sort((a, b) => a.t[0] - b.t[0] || a.t[1] - b.t[1] || a.i - b.i).map((x) => x.t);
  const out: number[] = [];
  let prev = [0, 0];
  for (const [line, char, ...rest] of sorted) {
    out.push(line - prev[0], line === prev[0] ? char - prev[1] : char, ...rest);
    prev = [line, char];
  }
  return out;
}

describe('semantic token data', () => {
  const cases: Record<string, number[][]> = {
    empty: [],
    'one token': [[3, 4, 5, 1, 2]],
    'in order, same line and next lines': [[0, 2, 3, 0, 0], [0, 9, 4, 1, 1], [2, 0, 6, 2, 0], [2, 8, 1, 3, 4]],
    'out of order': [[5, 1, 2, 0, 0], [0, 4, 3, 1, 0], [5, 0, 1, 2, 0], [1, 7, 2, 3, 1]],
    'more than fill the first buffer': Array.from({ length: 3000 }, (_, i) => [i >> 2, (i % 4) * 10, 5, i % 4, i % 3]),
  };
  for (const [name, tokens] of Object.entries(cases)) {
    it(`as SemanticTokensBuilder would encode: ${name}`, () => {
      const data = new TokenData();
      for (const t of tokens) data.push(t[0], t[1], t[2], t[3], t[4]);
      assert.deepStrictEqual([...data.build()], reference(tokens));
    });
  }
});
