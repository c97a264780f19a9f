import * as assert from 'node:assert';
import { nextSlice, SLICE_MS, sliceSpent } from '../../../src/features/timeSlice';

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin: a step of work
  }
}

describe('time slices', () => {
  it('a turn has a budget; it is spent after SLICE_MS of work and fresh on a later turn', async () => {
    await nextSlice();
    assert.strictEqual(sliceSpent(), false, 'the first question of a turn starts its budget');
    busy(SLICE_MS + 2);
    assert.strictEqual(sliceSpent(), true);
    await nextSlice();
    assert.strictEqual(sliceSpent(), false);
  });

  it('jobs share one budget: two jobs of many steps each hold a turn for about one budget', async () => {
    await nextSlice();
    const turns: number[][] = [];
    let turn = 0;
    let counting = true;
    const count = async () => {
      while (counting) {
        await new Promise((r) => setImmediate(r));
        turn++;
      }
    };
    const job = async (name: number) => {
      for (let step = 0; step < 40; step++) {
        if (sliceSpent()) await nextSlice();
        busy(1);
        (turns[turn] ??= []).push(name);
      }
    };
    const counter = count();
    await Promise.all([job(1), job(2)]);
    counting = false;
    await counter;
    const steps = turns.filter(Boolean).map((t) => t.length);
    assert.ok(steps.length > 1, 'the work was spread over several turns');
    // a turn holds a budget of steps, plus at most one step of a job that resumed after the budget was spent
    assert.ok(Math.max(...steps) <= SLICE_MS + 3, `steps per turn: ${steps.join(', ')}`);
  });
});
