/**
 * Cooperative time slicing for work on the extension host's thread. Long
 * jobs (colouring, the outline, the index of a 10 MB file) call
 * `if (sliceSpent()) await nextSlice();` between small steps: together they
 * hold the thread for about SLICE_MS per event-loop turn, then let VS Code's
 * messages, timers and I/O in. One budget is shared by every job, because
 * jobs that resume in the same turn run back to back: a budget of their own
 * each would add up. No vscode import: testable in plain node.
 */

/** Milliseconds of work per event-loop turn, shared by all jobs. */
export const SLICE_MS = 8;

let sliceStart: number | undefined;
let turn: Promise<void> | undefined;

/** True once this turn's budget is used up: the caller should `await nextSlice()` before its next step. */
export function sliceSpent(): boolean {
  const now = performance.now();
  if (sliceStart === undefined) {
    sliceStart = now;
    // the turn ends when the check phase comes round: a later step starts a new budget
    setImmediate(() => (sliceStart = undefined));
    return false;
  }
  return now - sliceStart >= SLICE_MS;
}

/**
 * Resolves on a later event-loop turn (a setImmediate), so VS Code's messages
 * and timers get in before the work goes on. Everyone waiting resumes in that
 * turn, in the order they waited; each checks `sliceSpent()` again after
 * every step.
 */
export function nextSlice(): Promise<void> {
  // a promise created while the check phase runs resolves on the next turn's check phase
  turn ??= new Promise<void>((resolve) =>
    setImmediate(() => {
      turn = undefined;
      resolve();
    }),
  );
  return turn;
}
