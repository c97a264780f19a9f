// What a probe process measures: one parse function over one input, run in a
// fresh process so that its peak memory and event-loop block are its own.
// argv: INPUT, where INPUT is "seed", "corpus" or a size in MB.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { corpus, SEED, synthetic } from './corpus';

export interface ProbeRow {
  name: string;
  chars: number;
  /** Median over the timed runs, in ms. */
  ms: number;
}

export interface ProbeResult {
  input: string;
  rows: ProbeRow[];
  totalChars: number;
  totalMs: number;
  /** Peak resident set size of the probe process, MB. */
  maxRssMB: number;
  /** Heap used right after the last run (before any forced GC), MB. */
  heapAfterMB: number;
  /** Longest event-loop block seen while the input was parsed on this (main) thread, ms. */
  loopMaxMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(parse: (text: string) => unknown, text: string, runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    parse(text);
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Runs `parse` over the input named on the command line and prints a ProbeResult as JSON. */
export async function probe(parse: (text: string) => unknown): Promise<void> {
  const input = process.argv[2] ?? 'seed';
  const articles = corpus();
  const seed = articles.find((a) => a.name === SEED) ?? articles[0];
  if (!seed) throw new Error('no corpus articles found');
  // warm the JIT and compromise's lazy state first: the ratio is about steady-state cost (cold start is measured apart)
  for (const a of articles) time(parse, a.text, 2);
  time(parse, seed.text, 10);
  const items = input === 'seed' ? [seed] : input === 'corpus' ? articles : [{ name: `${input} MB`, text: synthetic(Number(input), articles) }];
  const runs = input === 'seed' || input === 'corpus' ? 21 : 1;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  await sleep(20);
  const rows: ProbeRow[] = [];
  for (const a of items) rows.push({ name: a.name, chars: a.text.length, ms: time(parse, a.text, runs) });
  await sleep(20);
  loop.disable();
  const result: ProbeResult = {
    input,
    rows,
    totalChars: rows.reduce((s, r) => s + r.chars, 0),
    totalMs: rows.reduce((s, r) => s + r.ms, 0),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    heapAfterMB: process.memoryUsage().heapUsed / 2 ** 20,
    loopMaxMs: loop.max / 1e6,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}
