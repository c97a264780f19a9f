import assert from 'node:assert/strict';
import { isSeedHeader, parseHeader } from '../../../src/core/header';

describe('parseHeader', () => {
  const cases: [string, string | null, number][] = [
    [' date 2026-01-30 Chief of staff', '2026-01-30', 17],
    ['date 2020-10-19 Text', '2020-10-19', 16],
    ['\uFEFF date 2021-08-24 Text', '2021-08-24', 18],
    [' date 2024-02-29 Leap day', '2024-02-29', 17],
    [' date 2023-02-29 Not a leap year', null, 0],
    [' date 2024-13-01 Bad month', null, 0],
    [' date 2024-1-01 Short month', null, 0],
    ['No header at all', null, 0],
    ['', null, 0],
    [' date 2024-05-01', '2024-05-01', 16],
    [' date 2024-05-01\r\nBody', '2024-05-01', 16],
  ];
  for (const [text, date, bodyStart] of cases) {
    it(`${JSON.stringify(text.slice(0, 24))} → ${date}`, () => {
      const h = parseHeader(text);
      assert.equal(h.date, date);
      assert.equal(h.bodyStart, bodyStart);
      if (h.dateSpan) assert.equal(text.slice(h.dateSpan.start, h.dateSpan.end), date);
    });
  }
  it('isSeedHeader reads a first line', () => {
    assert.equal(isSeedHeader(' date 2026-01-30 Chief'), true);
    assert.equal(isSeedHeader('dated 2026-01-30'), false);
  });
});
