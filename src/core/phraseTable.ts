import type { Token } from './tokens';
import { tokenize } from './tokens';

/** A longest-match table of multi-word phrases, matched token by token. */
export class PhraseTable<V> {
  private readonly root: TrieNode<V> = { next: new Map() };

  /** `lower`: match case-insensitively (keys and tokens lower-cased). */
  constructor(entries: Iterable<[string, V]>, private readonly lower = false) {
    for (const [key, value] of entries) {
      let node = this.root;
      for (const t of tokenize(key)) {
        const k = this.norm(t.text);
        let child = node.next.get(k);
        if (!child) node.next.set(k, (child = { next: new Map() }));
        node = child;
      }
      node.value = value;
    }
  }

  /** The longest phrase starting at token `i` (not past `end`): its length in tokens and value. */
  match(tokens: Token[], i: number, end = tokens.length): { len: number; value: V } | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: { len: number; value: V } | null = null;
    for (let j = i; j < end && node; j++) {
      // words of one phrase are adjacent: at most one space between them
      if (j > i && tokens[j].start - tokens[j - 1].end > 1) break;
      node = node.next.get(this.norm(tokens[j].text));
      if (node?.value !== undefined) best = { len: j - i + 1, value: node.value };
    }
    return best;
  }

  private norm(s: string): string {
    const n = s.replace(/’/g, "'");
    return this.lower ? n.toLowerCase() : n;
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  value?: V;
}

/** A table whose values are the keys themselves. */
export function phraseSet(words: Iterable<string>, lower = false): PhraseTable<string> {
  return new PhraseTable([...words].map((w) => [w, w] as [string, string]), lower);
}
