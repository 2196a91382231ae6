import { expect, it } from 'vitest';
import { StreamingContext } from '../../../../streaming/index.js';
import { BATCH, record, recordsAt, runBatches, type Recorded } from './run-batches.js';

type P = [string, number];
const add = (a: number, b: number): number => a + b;
const sub = (a: number, b: number): number => a - b;

it('reduceByKeyAndWindow: positional forms and the named options object give the same windows', async () => {
  // Batches: {a:1,b:1} {a:1} {} {b:2}; window of 2 batches every batch.
  const outs: Recorded<P>[] = [];
  await runBatches(
    5,
    (ssc) => {
      const s = ssc.queueStream<P>([
        [
          ['a', 1],
          ['b', 1],
        ],
        [['a', 1]],
        [],
        [
          ['b', 1],
          ['b', 1],
        ],
      ]);
      outs.push(record(s.reduceByKeyAndWindow(add, 2 * BATCH)));
      outs.push(record(s.reduceByKeyAndWindow(add, 2 * BATCH, BATCH, 1)));
      outs.push(record(s.reduceByKeyAndWindow(add, sub, 2 * BATCH, BATCH, 1, (kv) => kv[1] > 0)));
      outs.push(
        record(s.reduceByKeyAndWindow(add, { invFn: sub, windowDuration: 2 * BATCH, numPartitions: 1, filterFunc: (kv) => kv[1] > 0 })),
      );
      outs.push(record(s.reduceByKeyAndWindow(add, { invReduceFunc: sub, windowDuration: 2 * BATCH })));
    },
    { checkpoint: true },
  );
  const expected = [{ a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1 }, { b: 2 }, { b: 2 }];
  for (let i = 0; i < 5; i++) {
    for (const [n, out] of outs.slice(0, 4).entries())
      expect(Object.fromEntries(recordsAt(out, i)!), `form ${n}, batch ${i}`).toEqual(expected[i]);
  }
  // Without a filter, incremental windows keep keys whose value dropped to 0 (Spark's behaviour).
  expect(Object.fromEntries(recordsAt(outs[4], 3)!)).toEqual({ a: 0, b: 2 });
  expect(() => new StreamingContext(50).queueStream<P>([]).reduceByKeyAndWindow(add, {} as never)).toThrow(
    'reduceByKeyAndWindow: the window duration (milliseconds) is missing',
  );
});

it('checkpoint(interval): validated against the slide, returns the stream, and makes a checkpoint directory required', async () => {
  const ssc = new StreamingContext(BATCH);
  const s = ssc.queueStream<number>([]);
  const w = s.window(4 * BATCH, 2 * BATCH);
  expect(() => w.checkpoint(3 * BATCH)).toThrow(
    /The checkpoint interval for WindowedDStream-\d+ has been set to 150 ms which is not a positive multiple of its slide time \(100 ms\)/,
  );
  expect(() => s.checkpoint(0)).toThrow(/not a positive multiple/);
  expect(w.checkpoint(4 * BATCH)).toBe(w);
  expect(w.checkpointDuration).toBe(4 * BATCH);
  w.print();
  await expect(ssc.start()).rejects.toThrow(/checkpoint directory has not been set/);

  let out!: Recorded<number>;
  await runBatches(
    2,
    (c) => {
      out = record(
        c
          .queueStream<number>([[1, 2], [3]])
          .checkpoint(2 * BATCH)
          .map((x) => x * 10),
      );
    },
    { checkpoint: true },
  );
  expect([recordsAt(out, 0), recordsAt(out, 1)]).toEqual([[10, 20], [30]]);
});
