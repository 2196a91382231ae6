import { expect, it } from 'vitest';
import { BATCH, record, recordsAt, runBatches, type Recorded } from './run-batches.js';

// Batches 0..5 hold [1,2] [3] [] [4] [5,6] []; a window of 3 batches every 2 ends at batches 1, 3, 5, 7
// and covers (end - 3, end]: {0,1} = 6, {1,2,3} = 7, {3,4,5} = 15, {5,6,7} = nothing.
const input = (): number[][] => [[1, 2], [3], [], [4], [5, 6], []];
const add = (a: number, b: number): number => a + b;
const sub = (a: number, b: number): number => a - b;

it('reduceByWindow without an inverse: one record per non-empty window, none for an empty one', async () => {
  let sums!: Recorded<number>;
  let maxes!: Recorded<number>;
  await runBatches(8, (ssc) => {
    const s = ssc.queueStream(input());
    sums = record(s.reduceByWindow(add, 3 * BATCH, 2 * BATCH));
    maxes = record(s.reduceByWindow(Math.max, { windowDuration: 3 * BATCH, slideDuration: 2 * BATCH }));
  });
  expect([...sums.keys()].sort((a, b) => a - b).slice(0, 4)).toEqual([1, 3, 5, 7]);
  expect([1, 3, 5, 7].map((i) => recordsAt(sums, i))).toEqual([[6], [7], [15], []]);
  expect([1, 3, 5, 7].map((i) => recordsAt(maxes, i))).toEqual([[3], [4], [6], []]);
});

it('reduceByWindow with an inverse: updated incrementally; an emptied window gives the inverse result (0), as in Spark', async () => {
  let positional!: Recorded<number>;
  let named!: Recorded<number>;
  await runBatches(
    8,
    (ssc) => {
      const s = ssc.queueStream(input());
      positional = record(s.reduceByWindow(add, sub, 3 * BATCH, 2 * BATCH));
      named = record(s.reduceByWindow(add, { invFn: sub, windowDuration: 3 * BATCH, slideDuration: 2 * BATCH }));
    },
    { checkpoint: true },
  );
  expect([1, 3, 5, 7].map((i) => recordsAt(positional, i))).toEqual([[6], [7], [15], [0]]);
  expect([1, 3, 5, 7].map((i) => recordsAt(named, i))).toEqual([[6], [7], [15], [0]]);
});
