import { expect, it } from 'vitest';
import { record, recordsAt, runBatches, type Recorded } from './run-batches.js';

it('flatMapValues: [key, w] for every w of f(value), keys kept', async () => {
  let out!: Recorded<[string, string]>;
  await runBatches(2, (ssc) => {
    out = record(
      ssc
        .queueStream<[string, string]>([
          [
            ['k', 'a b'],
            ['m', ''],
          ],
          [['n', 'c']],
        ])
        .flatMapValues((v) => v.split(' ').filter((w) => w.length > 0)),
    );
  });
  expect(recordsAt(out, 0)).toEqual([
    ['k', 'a'],
    ['k', 'b'],
  ]);
  expect(recordsAt(out, 1)).toEqual([['n', 'c']]);
});
