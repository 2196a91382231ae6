import { expect, it } from 'vitest';
import { record, recordsAt, runBatches, type Recorded } from './run-batches.js';

it('reduce merges each batch into one record in one partition; an empty batch gives none', async () => {
  let sums!: Recorded<number>;
  await runBatches(4, (ssc) => {
    sums = record(ssc.queueStream<number>([[1, 2, 3], [], [4], [5, 6]]).reduce((a, b) => a + b));
  });
  expect(sums.get(0)).toEqual([[6]]);
  expect(recordsAt(sums, 1)).toEqual([]);
  expect(recordsAt(sums, 2)).toEqual([4]);
  expect(recordsAt(sums, 3)).toEqual([11]);
});
