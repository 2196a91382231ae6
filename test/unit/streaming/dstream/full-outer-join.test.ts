import { expect, it } from 'vitest';
import { record, recordsAt, runBatches, type Recorded } from './run-batches.js';

it('fullOuterJoin: every key of either side per batch, undefined (None) for the side without values', async () => {
  let out!: Recorded<[string, [number | undefined, string | undefined]]>;
  await runBatches(2, (ssc) => {
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
    out = record(left.fullOuterJoin(right, 1));
  });
  expect(recordsAt(out, 0)).toEqual([
    ['a', [1, 'x']],
    ['a', [3, 'x']],
    ['b', [2, undefined]],
    ['d', [undefined, 'y']],
  ]);
  expect(recordsAt(out, 1)).toEqual([['c', [4, undefined]]]);
});
