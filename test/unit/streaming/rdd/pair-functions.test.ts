import { describe, expect, it } from 'vitest';
import { RDD } from '../../../../streaming/index.js';

type P = [string, number];
const left = (): RDD<P> =>
  RDD.fromPartitions<P>([
    [
      ['a', 1],
      ['b', 2],
      ['a', 3],
    ],
    [
      ['c', 4],
      ['a', 5],
    ],
  ]);
const right = (): RDD<[string, string]> =>
  RDD.fromPartitions<[string, string]>([
    [
      ['a', 'x'],
      ['d', 'y'],
    ],
    [['a', 'z']],
  ]);

describe('combineByKey, aggregateByKey, foldByKey', () => {
  it('combineByKey: createCombiner on a key’s first value per partition, mergeValue within, mergeCombiners across', async () => {
    const calls: string[] = [];
    const out = left().combineByKey(
      (v) => (calls.push(`create ${v}`), [v]),
      (c, v) => (calls.push(`merge ${v}`), [...c, v]),
      (x, y) => (calls.push(`combine ${x}|${y}`), [...x, ...y]),
      1,
    );
    expect(await out.collect()).toEqual([
      ['a', [1, 3, 5]],
      ['b', [2]],
      ['c', [4]],
    ]);
    expect(calls.sort()).toEqual(['combine 1,3|5', 'create 1', 'create 2', 'create 4', 'create 5', 'merge 3'].sort());
  });

  it('aggregateByKey: (sum, count) per key from a zero copied per key; foldByKey', async () => {
    const zero = { sum: 0, n: 0 };
    const avg = left().aggregateByKey(
      zero,
      (acc, v) => {
        acc.sum += v;
        acc.n++;
        return acc;
      },
      (x, y) => ({ sum: x.sum + y.sum, n: x.n + y.n }),
      1,
    );
    expect(await avg.collect()).toEqual([
      ['a', { sum: 9, n: 3 }],
      ['b', { sum: 2, n: 1 }],
      ['c', { sum: 4, n: 1 }],
    ]);
    expect(zero).toEqual({ sum: 0, n: 0 });
    // foldByKey's zero is folded in once per key and partition: 10 + 1 + 3 and 10 + 5 for a.
    expect(
      await left()
        .foldByKey(10, (x, y) => x + y, 1)
        .collect(),
    ).toEqual([
      ['a', 29],
      ['b', 12],
      ['c', 14],
    ]);
    expect(left().foldByKey(0, (x, y) => x + y, 3).numPartitions).toBe(3);
  });
});

describe('sortByKey, flatMapValues', () => {
  it('sorts ascending and descending, stable for equal keys, keys never split across partitions', async () => {
    const rdd = RDD.fromPartitions<[number, string]>([
      [
        [3, 'c'],
        [1, 'a1'],
      ],
      [
        [2, 'b'],
        [1, 'a2'],
        [5, 'e'],
      ],
      [[1, 'a3']],
    ]);
    expect(await rdd.sortByKey().collect()).toEqual([
      [1, 'a1'],
      [1, 'a2'],
      [1, 'a3'],
      [2, 'b'],
      [3, 'c'],
      [5, 'e'],
    ]);
    expect((await rdd.sortByKey(false).collect()).map((t) => t[0])).toEqual([5, 3, 2, 1, 1, 1]);
    // Three partitions of two would cut the three 1s; the range partitioner keeps them together.
    expect(await rdd.sortByKey(true, 3).partitions()).toEqual([
      [
        [1, 'a1'],
        [1, 'a2'],
        [1, 'a3'],
      ],
      [[2, 'b']],
      [
        [3, 'c'],
        [5, 'e'],
      ],
    ]);
    const strings = RDD.parallelize<[string, number]>([
      ['pear', 1],
      ['apple', 2],
      ['fig', 3],
    ]);
    expect((await strings.sortByKey().keys().collect()) as string[]).toEqual(['apple', 'fig', 'pear']);
  });

  it('flatMapValues keeps the key for every produced value', async () => {
    const rdd = RDD.parallelize<[string, string]>([
      ['k', 'a b'],
      ['m', ''],
      ['n', 'c'],
    ]);
    expect(await rdd.flatMapValues((v) => v.split(' ').filter(Boolean)).collect()).toEqual([
      ['k', 'a'],
      ['k', 'b'],
      ['n', 'c'],
    ]);
  });
});

describe('outer joins and subtractByKey', () => {
  it('rightOuterJoin: every right record, undefined (None) where the left has no value', async () => {
    expect(await left().rightOuterJoin(right(), 1).collect()).toEqual([
      ['a', [1, 'x']],
      ['a', [1, 'z']],
      ['a', [3, 'x']],
      ['a', [3, 'z']],
      ['a', [5, 'x']],
      ['a', [5, 'z']],
      ['d', [undefined, 'y']],
    ]);
  });

  it('fullOuterJoin: every key of either side, undefined for the missing side', async () => {
    expect(await left().fullOuterJoin(right(), 1).collect()).toEqual([
      ['a', [1, 'x']],
      ['a', [1, 'z']],
      ['a', [3, 'x']],
      ['a', [3, 'z']],
      ['a', [5, 'x']],
      ['a', [5, 'z']],
      ['b', [2, undefined]],
      ['c', [4, undefined]],
      ['d', [undefined, 'y']],
    ]);
    expect(await left().fullOuterJoin(RDD.empty<[string, number]>(), 1).count()).toBe(5);
  });

  it('subtractByKey drops the pairs whose key the other side has, keeping duplicates and order', async () => {
    expect(await left().subtractByKey(right(), 1).collect()).toEqual([
      ['b', 2],
      ['c', 4],
    ]);
    expect(await left().subtractByKey(RDD.empty<[string, number]>(), 1).collect()).toEqual(await left().collect());
  });
});
