import { expect, it } from 'vitest';
import { RDD } from '../../../../streaming/index.js';
import { record, recordsAt, runBatches, type Recorded } from './run-batches.js';

it('glom: each partition of a batch becomes one array record', async () => {
  let out!: Recorded<number[]>;
  await runBatches(2, (ssc) => {
    out = record(ssc.queueStream<number>([RDD.fromPartitions([[1, 2, 3], [], [4, 5]]), [6]]).glom());
  });
  expect(recordsAt(out, 0)).toEqual([[1, 2, 3], [], [4, 5]]);
  expect(recordsAt(out, 1)).toEqual([[6]]);
});
