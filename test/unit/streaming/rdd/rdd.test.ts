import { describe, expect, it } from 'vitest';
import { RDD, StreamingContext } from '../../../../streaming/index.js';

describe('RDD pipelining and reduceByKey', () => {
  it('reduceByKey combines within partitions, keeps first-encounter key order and undefined values', async () => {
    const rdd = RDD.fromPartitions<[string, number | undefined]>([
      [
        ['b', 1],
        ['a', 2],
        ['b', 3],
      ],
      [
        ['c', 4],
        ['a', 5],
        ['u', undefined],
      ],
    ]);
    const sums = rdd.reduceByKey((x, y) => (x ?? 0) + (y ?? 0), 1);
    expect(await sums.collect()).toEqual([
      ['b', 4],
      ['a', 7],
      ['c', 4],
      ['u', undefined],
    ]);
    const objKeys = RDD.fromPartitions<[{ k: number }, number]>([
      [[{ k: 1 }, 1]],
      [
        [{ k: 1 }, 2],
        [{ k: 2 }, 3],
      ],
    ]);
    expect(await objKeys.reduceByKey((x, y) => x + y, 2).collect()).toHaveLength(2);
  });

  it('an internal narrow chain is read through once, without materializing it', async () => {
    let splits = 0;
    let pairs = 0;
    const lines = RDD.fromPartitions([['a b', 'b'], ['c a']]);
    const words = lines.flatMap((l) => (splits++, l.split(' '))).markInternal();
    const ones = words.map((w): [string, number] => (pairs++, [w, 1])).markInternal();
    const counts = ones.reduceByKey((x, y) => x + y, 2);
    expect(new Map(await counts.collect())).toEqual(
      new Map([
        ['a', 2],
        ['b', 2],
        ['c', 1],
      ]),
    );
    expect(await counts.count()).toBe(3);
    expect([splits, pairs]).toEqual([3, 5]);
  });

  it('an RDD that is not internal is computed once for all its consumers', async () => {
    let calls = 0;
    const words = RDD.fromPartitions([['a', 'b'], ['a']]).map((w) => (calls++, w));
    const counts = words.map((w): [string, number] => [w, 1]).reduceByKey((x, y) => x + y);
    expect(await counts.count()).toBe(2);
    expect(await words.count()).toBe(3);
    expect(await words.filter((w) => w === 'a').collect()).toEqual(['a', 'a']);
    expect(calls).toBe(3);
  });

  it('a DStream read by two outputs runs its function once per record', async () => {
    const ssc = new StreamingContext(50);
    let splits = 0;
    const words = ssc.queueStream([['a b a']]).flatMap((l) => (splits++, l.split(' ')));
    const results: unknown[] = [];
    words
      .map((w): [string, number] => [w, 1])
      .reduceByKey((x, y) => x + y)
      .foreachRDD(async (rdd) => {
        results.push(new Map(await rdd.collect()));
      });
    words.foreachRDD(async (rdd) => {
      results.push(await rdd.count());
    });
    await ssc.start();
    while (results.length < 2) await new Promise((r) => setTimeout(r, 10));
    await ssc.stop();
    expect(results).toEqual([
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
      3,
    ]);
    expect(splits).toBe(1);
  });
});
