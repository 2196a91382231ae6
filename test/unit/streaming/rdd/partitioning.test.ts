import { describe, expect, it } from 'vitest';
import { RDD } from '../../../../streaming/index.js';

const nums = (): RDD<number> => RDD.fromPartitions([[1, 2, 3], [4, 5], [6]]);

describe('repartition, coalesce, glom', () => {
  it('repartition deals records round robin from position i of partition i', async () => {
    // Partition 0: 1→0, 2→1, 3→0; partition 1: 4→1, 5→0; partition 2: 6→0.
    expect(await nums().repartition(2).partitions()).toEqual([
      [1, 3, 5, 6],
      [2, 4],
    ]);
    expect(await nums().repartition(4).partitions()).toEqual([[1], [2, 4], [3, 5, 6], []]);
    expect(() => nums().repartition(0)).toThrow('repartition: the number of partitions must be a positive integer, got 0');
  });

  it('coalesce merges neighbours in order without a shuffle; never grows; with shuffle it repartitions', async () => {
    expect(await nums().coalesce(2).partitions()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(await nums().coalesce(1).partitions()).toEqual([[1, 2, 3, 4, 5, 6]]);
    expect(await nums().coalesce(5).partitions()).toEqual([[1, 2, 3], [4, 5], [6]]);
    expect(await nums().coalesce(4, true).partitions()).toEqual([[1], [2, 4], [3, 5, 6], []]);
  });

  it('glom makes each partition one array', async () => {
    expect(await nums().glom().collect()).toEqual([[1, 2, 3], [4, 5], [6]]);
    expect(
      await RDD.fromPartitions<number>([[], [7]])
        .glom()
        .collect(),
    ).toEqual([[], [7]]);
  });
});

describe('zip, subtract, intersection', () => {
  it('zip pairs records by position and refuses unequal layouts', async () => {
    const letters = RDD.fromPartitions([['a', 'b', 'c'], ['d', 'e'], ['f']]);
    expect(await nums().zip(letters).collect()).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
      [5, 'e'],
      [6, 'f'],
    ]);
    expect(() => nums().zip(RDD.fromPartitions([[1]]))).toThrow("Can't zip RDDs with unequal numbers of partitions: 3 and 1");
    await expect(
      nums()
        .zip(RDD.fromPartitions([[1], [2, 3], [4]]))
        .collect(),
    ).rejects.toThrow('Can only zip RDDs with same number of elements in each partition (partition 0: 3 and 1)');
  });

  it('subtract keeps duplicates of records the other side lacks; intersection gives each common record once', async () => {
    const a = RDD.fromPartitions([
      ['x', 'y', 'x'],
      ['z', 'w', 'y'],
    ]);
    const b = RDD.fromPartitions([['y'], ['v', 'w', 'w']]);
    expect(await a.subtract(b, 1).collect()).toEqual(['x', 'x', 'z']);
    expect(await a.intersection(b, 1).collect()).toEqual(['y', 'w']);
    expect(a.subtract(b).numPartitions).toBe(2);
    // Compared by value: tuples and objects too.
    const pairs = RDD.parallelize<[number, number]>([
      [1, 2],
      [3, 4],
    ]);
    expect(await pairs.subtract(RDD.parallelize<[number, number]>([[1, 2]]), 1).collect()).toEqual([[3, 4]]);
    expect(await pairs.intersection(RDD.parallelize<[number, number]>([[3, 4]]), 1).collect()).toEqual([[3, 4]]);
  });
});
