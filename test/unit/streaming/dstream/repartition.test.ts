import { expect, it } from 'vitest';
import { RDD, StreamingContext } from '../../../../streaming/index.js';
import { record, runBatches, type Recorded } from './run-batches.js';

it('repartition: every batch in exactly n partitions, dealt round robin', async () => {
  let out!: Recorded<number>;
  await runBatches(2, (ssc) => {
    out = record(
      ssc
        .queueStream<number>([
          RDD.fromPartitions([
            [1, 2, 3],
            [4, 5],
          ]),
          [6],
        ])
        .repartition(2),
    );
  });
  expect(out.get(0)).toEqual([
    [1, 3, 5],
    [2, 4],
  ]);
  expect(out.get(1)).toEqual([[6], []]);
  expect(() => new StreamingContext(50).queueStream<number>([]).repartition(0)).toThrow(
    'repartition: the number of partitions must be a positive integer, got 0',
  );
});
