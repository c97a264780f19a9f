// Watches the extension host's own thread from inside it: how long each
// event-loop turn held it (the delay of a 10 ms timer) and the process's
// resident memory (the analysis worker thread lives in this process too).
// Every block is kept with the moment it ended, so a test can ask for the
// longest block of a phase afterwards; resetting a histogram at a phase
// change would lose the block that spans the change (the turn in which an
// answer arrives is usually the longest). On Linux each block also says how
// much of it the thread spent on a CPU: on a busy machine a turn can last
// longer than its work, waiting for a core.
import { readFileSync } from 'node:fs';

const TICK_MS = 10;

/** One turn that held the thread: when it ended, how long, and how much of that on a CPU (NaN where unknown). */
export interface Block {
  end: number;
  ms: number;
  cpuMs: number;
}

/** This thread's CPU time in ms (the main thread's id is the process id), or NaN off Linux. */
function threadCpuMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

export class LoopWatch {
  private readonly blocks: Block[] = [];
  private last = performance.now();
  private lastCpu = threadCpuMs();
  private readonly timer: NodeJS.Timeout;
  /** The highest resident set size seen, in bytes (sampled every tick). */
  peakRss = process.memoryUsage.rss();

  constructor() {
    this.timer = setInterval(() => {
      const now = performance.now();
      const cpu = threadCpuMs();
      const late = now - this.last - TICK_MS;
      if (late > 1) this.blocks.push({ end: now, ms: late, cpuMs: cpu - this.lastCpu });
      this.last = now;
      this.lastCpu = cpu;
      this.peakRss = Math.max(this.peakRss, process.memoryUsage.rss());
    }, TICK_MS);
  }

  /** The longest block that ended after `from` and no later than `to` (performance.now() times); ms 0 when none. */
  longest(from: number, to: number): Block {
    return this.blocks.filter((b) => b.end > from && b.end <= to).reduce((max, b) => (b.ms > max.ms ? b : max), { end: from, ms: 0, cpuMs: 0 });
  }

  stop(): void {
    clearInterval(this.timer);
    this.peakRss = Math.max(this.peakRss, process.memoryUsage.rss());
  }
}
