import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/batch/in-order.js';

/** A task that finishes when the test says so, recording when it started. */
function controllable() {
  const started: number[] = [];
  const finish = new Map<number, () => void>();
  const work = (item: number) =>
    new Promise<number>((resolve) => {
      started.push(item);
      finish.set(item, () => resolve(item * 10));
    });
  return { started, finish, work };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('inOrder', () => {
  it('keeps the other slots busy while an early item is slow, and yields in item order', async () => {
    const { started, finish, work } = controllable();
    const results: number[] = [];
    const run = (async () => {
      for await (const result of inOrder([1, 2, 3, 4, 5], work, { concurrency: 2, maxBuffered: 10 }))
        results.push(result);
    })();
    await tick();
    expect(started).toEqual([1, 2]);
    // Item 1 is slow: 2, 3 and 4 finish before it, and each frees its slot for the next.
    for (const item of [2, 3, 4]) {
      finish.get(item)!();
      await tick();
    }
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(results).toEqual([]);
    finish.get(1)!();
    finish.get(5)!();
    await run;
    expect(results).toEqual([10, 20, 30, 40, 50]);
  });

  it('stops starting items once the results waiting behind a slow one reach maxBuffered', async () => {
    const { started, finish, work } = controllable();
    const run = (async () => {
      for await (const result of inOrder([1, 2, 3, 4, 5], work, { concurrency: 2, maxBuffered: 3 }))
        void result;
    })();
    await tick();
    finish.get(2)!();
    await tick();
    finish.get(3)!();
    await tick();
    expect(started).toEqual([1, 2, 3]);
    finish.get(1)!();
    await tick();
    expect(started).toEqual([1, 2, 3, 4, 5]);
    finish.get(4)!();
    finish.get(5)!();
    await run;
  });
});
