import * as assert from 'node:assert';
import { LineMap } from '../../../src/features/present/lineMap';

/** VS Code's TextDocument.positionAt over `text`, written the slow way. */
function positionAt(text: string, offset: number): [number, number] {
  const lines = text.split(/\r\n|\r|\n/);
  const breaks = text.match(/\r\n|\r|\n/g) ?? [];
  let start = 0;
  offset = Math.max(0, offset);
  for (let line = 0; line < lines.length; line++) {
    const end = start + lines[line].length + (breaks[line]?.length ?? 0);
    if (offset < end || line === lines.length - 1) return [line, Math.min(offset - start, lines[line].length)];
    start = end;
  }
  throw new Error('unreachable');
}

describe('line map', () => {
  const texts = ['', 'one line', 'a\nb', 'a\r\nbb\rccc\n', '\n\n\r\n\r', ' date 2026-02-14 Wire feed.\r\nOkafor met Varga.\nVarga said “yes”.'];
  for (const text of texts) {
    it(`lines and characters as positionAt gives them: ${JSON.stringify(text).slice(0, 30)}`, () => {
      const map = new LineMap(text);
      assert.strictEqual(map.lineCount, text.split(/\r\n|\r|\n/).length);
      for (let offset = -2; offset <= text.length + 2; offset++) {
        const line = map.line(offset);
        assert.deepStrictEqual([line, map.character(line, offset)], positionAt(text, offset), `offset ${offset}`);
      }
      text.split(/\r\n|\r|\n/).forEach((l, i) => assert.strictEqual(map.lineLength(i), l.length));
    });
  }
});
