import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { ArticleAnalysis } from '../../../src/core/model';
import { windows } from '../../../src/features/present/tokenWindows';
import { tokenSpans } from '../../../src/features/present/tokens';

const windowsOf = (a: ArticleAnalysis, size: number) => [...windows(a, size)];

describe('token windows', () => {
  const story = 'Foreign Minister Lina Haddad met Defence Minister Omar Said. "We agree with Minister Omar Said on this," Haddad said. ';
  const text = ' date 2024-05-01 ' + story.repeat(300);
  const analysis = analyze(text);

  it('a small analysis is one window, itself', () => {
    assert.deepEqual(windowsOf(analysis, 1_000_000), [analysis]);
  });

  for (const size of [1, 5, 37, 500]) {
    it(`the tokens of windows of ${size} mentions, joined, are the tokens of the whole`, () => {
      const windows = windowsOf(analysis, size);
      assert.ok(windows.length > 1);
      assert.deepEqual(windows.flatMap((w) => tokenSpans(w)), tokenSpans(analysis));
      assert.equal(windows.reduce((n, w) => n + w.mentions.length, 0), analysis.mentions.length);
      assert.equal(windows.reduce((n, w) => n + w.quotes.length, 0), analysis.quotes.length);
    });
  }
});
