/**
 * The data of VS Code's semantic tokens (five numbers a token: line delta,
 * start delta, length, type, modifier bits), built the way
 * `vscode.SemanticTokensBuilder` builds it, into a growing Uint32Array
 * instead of an array of numbers: a 10 MB file has over a quarter of a
 * million tokens, and the extension host's heap is shared with everything
 * else. Tokens pushed out of order are sorted by line and character.
 */
export class TokenData {
  /** Absolute line and character per token until `build`. */
  private data = new Uint32Array(5 * 1024);
  private size = 0;
  private sorted = true;

  push(line: number, char: number, length: number, type: number, modifiers: number): void {
    const n = this.size;
    if (n > 0 && (line < this.data[n - 5] || (line === this.data[n - 5] && char < this.data[n - 4]))) this.sorted = false;
    if (n + 5 > this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const d = this.data;
    d[n] = line;
    d[n + 1] = char;
    d[n + 2] = length;
    d[n + 3] = type;
    d[n + 4] = modifiers;
    this.size = n + 5;
  }

  /** The delta-encoded data; the builder is spent afterwards. */
  build(): Uint32Array {
    const abs = this.data.subarray(0, this.size);
    const count = this.size / 5;
    let order: number[] | undefined;
    if (!this.sorted) order = Array.from({ length: count }, (_, i) => i).sort((a, b) => abs[5 * a] - abs[5 * b] || abs[5 * a + 1] - abs[5 * b + 1]);
    const out = new Uint32Array(this.size);
    let prevLine = 0;
    let prevChar = 0;
    for (let k = 0; k < count; k++) {
      const i = 5 * (order ? order[k] : k);
      const line = abs[i];
      const char = abs[i + 1];
      out[5 * k] = line - prevLine;
      out[5 * k + 1] = line === prevLine ? char - prevChar : char;
      out[5 * k + 2] = abs[i + 2];
      out[5 * k + 3] = abs[i + 3];
      out[5 * k + 4] = abs[i + 4];
      prevLine = line;
      prevChar = char;
    }
    this.data = new Uint32Array(0);
    this.size = 0;
    return out;
  }
}
