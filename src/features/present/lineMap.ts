/**
 * Line and character of UTF-16 offsets in a text, the way VS Code's
 * `TextDocument.positionAt` gives them (lines end at "\r\n", "\n" or "\r";
 * an offset inside a line break is the end of its line; offsets outside the
 * text are clamped), without making a Position object per offset: the
 * colours of a 10 MB file need over half a million of them. Built in one
 * pass over the text; each look-up is a binary search over the line starts.
 */
export class LineMap {
  /** Where each line starts, and (one more entry) the text's length plus one. */
  private readonly starts: Int32Array;
  /** Each line's length without its line break. */
  private readonly lengths: Int32Array;

  constructor(text: string) {
    const starts: number[] = [0];
    const lengths: number[] = [];
    const eol = /\r\n|\r|\n/g;
    for (let m = eol.exec(text); m; m = eol.exec(text)) {
      lengths.push(m.index - starts[starts.length - 1]);
      starts.push(m.index + m[0].length);
    }
    lengths.push(text.length - starts[starts.length - 1]);
    starts.push(text.length + 1);
    this.starts = Int32Array.from(starts);
    this.lengths = Int32Array.from(lengths);
  }

  get lineCount(): number {
    return this.lengths.length;
  }

  /** The line holding `offset` (clamped into the text). */
  line(offset: number): number {
    let lo = 0;
    let hi = this.lengths.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The character of `offset` within `line` (from `line(offset)`), at most the line's length. */
  character(line: number, offset: number): number {
    return Math.max(0, Math.min(offset - this.starts[line], this.lengths[line]));
  }

  /** The length of `line` without its line break. */
  lineLength(line: number): number {
    return this.lengths[line];
  }
}
