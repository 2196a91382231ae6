import { expect, it } from 'vitest';
import { BATCH, record, recordsAt, runBatches, type Recorded } from './run-batches.js';

type P = [string, number];

it('groupByKeyAndWindow: the values of each key over (t - window, t], in batch order', async () => {
  let byBatch!: Recorded<[string, number[]]>;
  let named!: Recorded<[string, number[]]>;
  await runBatches(6, (ssc) => {
    const s = ssc.queueStream<P>([
      [
        ['a', 1],
        ['b', 2],
      ],
      [['a', 3]],
      [],
      [
        ['b', 4],
        ['a', 5],
      ],
    ]);
    byBatch = record(s.groupByKeyAndWindow(2 * BATCH, BATCH, 1));
    named = record(s.groupByKeyAndWindow({ windowDuration: 2 * BATCH, numPartitions: 1 }));
  });
  const expected = [
    [
      ['a', [1]],
      ['b', [2]],
    ],
    [
      ['a', [1, 3]],
      ['b', [2]],
    ],
    [['a', [3]]],
    [
      ['b', [4]],
      ['a', [5]],
    ],
    [
      ['b', [4]],
      ['a', [5]],
    ],
    [],
  ];
  for (let i = 0; i < 6; i++) {
    expect(recordsAt(byBatch, i), `batch ${i}`).toEqual(expected[i]);
    expect(recordsAt(named, i), `batch ${i}`).toEqual(expected[i]);
  }
});
