import { expect, it } from 'vitest';
import { StreamingContext } from '../../../../streaming/index.js';
import { BATCH, runBatches } from './run-batches.js';

it('slice returns the remembered RDDs in [from, to] (both inclusive, aligned down to the slide), oldest first', async () => {
  const slices: Record<string, number[][]> = {};
  await runBatches(5, (ssc) => {
    ssc.remember(10 * BATCH);
    const input = ssc.queueStream<number>([[1], [2], [3], [4], [5]]);
    input.foreachRDD(async (_rdd, t) => {
      if ((t - input.zeroTime) / BATCH - 1 !== 3) return;
      const collect = async (rdds: { collect(): Promise<number[]> }[]): Promise<number[][]> => Promise.all(rdds.map((r) => r.collect()));
      // At batch 3 (time t): batches 0..2 are t - 3B .. t - B.
      slices.exact = await collect(await input.slice(t - 3 * BATCH, t - BATCH));
      slices.unaligned = await collect(await input.slice(t - 3 * BATCH + 7, t - BATCH + 7));
      slices.interval = await collect(await input.slice({ beginTime: t - BATCH, endTime: t }));
      // Before the first batch and after the current one nothing is remembered.
      slices.outside = await collect(await input.slice(t - 20 * BATCH, t - 4 * BATCH));
      slices.future = await collect(await input.slice(t + BATCH, t + 5 * BATCH));
    });
  });
  expect(slices).toEqual({ exact: [[1], [2], [3]], unaligned: [[1], [2], [3]], interval: [[3], [4]], outside: [], future: [] });
  await expect(new StreamingContext(50).queueStream<number>([]).slice(0, 100)).rejects.toThrow(/has not been initialized/);
});
