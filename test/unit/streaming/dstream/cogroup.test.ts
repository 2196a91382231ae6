import { expect, it } from 'vitest';
import { record, recordsAt, runBatches, type Recorded } from './run-batches.js';

it('cogroup: per batch, every key of either stream with its values on both sides', async () => {
  let out!: Recorded<[string, [number[], string[]]]>;
  await runBatches(3, (ssc) => {
    const left = ssc.queueStream<[string, number]>([
      [
        ['a', 1],
        ['b', 2],
        ['a', 3],
      ],
      [['c', 4]],
    ]);
    const right = ssc.queueStream<[string, string]>([
      [
        ['a', 'x'],
        ['d', 'y'],
      ],
      [],
    ]);
    out = record(left.cogroup(right, 1));
  });
  expect(recordsAt(out, 0)).toEqual([
    ['a', [[1, 3], ['x']]],
    ['b', [[2], []]],
    ['d', [[], ['y']]],
  ]);
  expect(recordsAt(out, 1)).toEqual([['c', [[4], []]]]);
  expect(recordsAt(out, 2)).toEqual([]);
});
