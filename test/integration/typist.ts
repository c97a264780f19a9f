// A fast, clumsy typist for the edit-storm test: types sentences written for
// the test, backspaces, presses Enter, jumps to another sentence end. It only
// decides what to press; the test presses it through VS Code's own `type` and
// `deleteLeft` commands, as a keyboard would. Seeded, so a failing run can be
// replayed. No vscode import.

const PHRASES = [
  ' Foreign Minister Lena Varga met General Tomas Lindqvist in Riga on Monday.',
  ' "We will meet again before the end of the year," Varga said.',
  ' Admiral Ingrid Solberg also held talks with the Baltic Maritime Agency (BMA) on sea patrols.',
  "\n''Nobody gains from tension on the sea lanes,'' the BMA said in a statement.",
  ' Lindqvist called the talks “frank and useful”.',
];

/** One key press: a character typed, or Backspace. */
export type Keystroke = { kind: 'type'; text: string } | { kind: 'backspace' };

export interface Step {
  /** When set, first put the cursor after a sentence end: pass this to `sentenceEnd`. */
  jump?: number;
  key: Keystroke;
}

export class Typist {
  private phrase = 0;
  private inPhrase = 0;
  private state: number;

  constructor(seed = 3) {
    this.state = seed;
  }

  /** The next step: mostly typing the current phrase, sometimes Backspace, after a phrase now and then a jump. */
  next(): Step {
    const r = this.random();
    const jump = r >= 0.94 || (this.inPhrase === 0 && this.random() < 0.3) ? this.random() : undefined;
    if (r >= 0.72 && r < 0.94) return { jump, key: { kind: 'backspace' } };
    const phrase = PHRASES[this.phrase];
    const text = phrase[this.inPhrase++];
    if (this.inPhrase === phrase.length) {
      this.phrase = (this.phrase + 1) % PHRASES.length;
      this.inPhrase = 0;
    }
    return { jump, key: { kind: 'type', text } };
  }

  /** mulberry32. */
  private random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** The offset just after one of the text's sentence ends (or its end), chosen by `r` in [0, 1); never inside the first `keep` characters. */
export function sentenceEnd(text: string, r: number, keep = 17): number {
  const ends: number[] = [];
  for (let i = text.indexOf('. ', keep); i >= 0; i = text.indexOf('. ', i + 1)) ends.push(i + 1);
  ends.push(text.length);
  return ends[Math.floor(r * ends.length)];
}
