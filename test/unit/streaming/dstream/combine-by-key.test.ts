import { expect, it } from 'vitest';
import { RDD } from '../../../../streaming/index.js';
import { record, recordsAt, runBatches, type Recorded } from './run-batches.js';

it('combineByKey: [sum, count] per key and batch, combiners merged across the batch partitions', async () => {
  let out!: Recorded<[string, [number, number]]>;
  await runBatches(2, (ssc) => {
    const batch0 = RDD.fromPartitions<[string, number]>([
      [
        ['a', 1],
        ['b', 2],
        ['a', 3],
      ],
      [['a', 10]],
    ]);
    out = record(
      ssc.queueStream<[string, number]>([batch0, [['b', 5]]]).combineByKey<string, number, [number, number]>(
        (v) => [v, 1],
        (c, v) => [c[0] + v, c[1] + 1],
        (x, y) => [x[0] + y[0], x[1] + y[1]],
        1,
      ),
    );
  });
  expect(recordsAt(out, 0)).toEqual([
    ['a', [14, 3]],
    ['b', [2, 1]],
  ]);
  expect(recordsAt(out, 1)).toEqual([['b', [5, 1]]]);
});
