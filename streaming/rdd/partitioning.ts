/**
 * Spark's RDD operations on partitions and on records as sets:
 *
 * - repartition(n): a shuffle into exactly n partitions, round robin:
 *   record j (0-based) of partition i goes to partition (i + j) mod n
 *   (Spark starts each partition at a position derived from its index too).
 * - coalesce(n, shuffle = false): without a shuffle, contiguous runs of
 *   partitions merge into min(n, current) partitions, keeping record order
 *   (n at or above the current count changes nothing); with one, repartition(n).
 * - glom(): each partition as one array.
 * - zip(other): [a, b] pairs by position; both RDDs must have the same
 *   number of partitions and of records in each (Spark's rule), else an error.
 * - subtract(other): the records that do not occur in `other` (compared by
 *   value, keys.ts), duplicates kept, hash-partitioned.
 * - intersection(other): each distinct record occurring in both, once.
 */
import { RDD } from './rdd.js';
import { KeyMap } from './keys.js';

declare module './rdd.js' {
  interface RDD<T> {
    /** A shuffle into exactly `numPartitions` partitions (round robin). */
    repartition(numPartitions: number): RDD<T>;
    /** Fewer partitions by merging neighbours, or repartition when `shuffle`. */
    coalesce(numPartitions: number, shuffle?: boolean): RDD<T>;
    /** Each partition as one array record. */
    glom(): RDD<T[]>;
    /** [this record, other record] by position. */
    zip<U>(other: RDD<U>): RDD<[T, U]>;
    /** The records not occurring in `other` (duplicates kept). */
    subtract(other: RDD<T>, numPartitions?: number): RDD<T>;
    /** The distinct records occurring in both. */
    intersection(other: RDD<T>, numPartitions?: number): RDD<T>;
  }
}

const P = RDD.prototype;

function checkCount(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what}: the number of partitions must be a positive integer, got ${n}`);
  return n;
}

P.repartition = function <T>(this: RDD<T>, numPartitions: number): RDD<T> {
  const n = checkCount(numPartitions, 'repartition');
  return RDD.allAtOnce(n, async (): Promise<T[][]> => {
    const out: T[][] = [];
    for (let i = 0; i < n; i++) out.push([]);
    const parts = await this.partitions();
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      for (let j = 0; j < p.length; j++) out[(i + j) % n].push(p[j]);
    }
    return out;
  });
};

P.coalesce = function <T>(this: RDD<T>, numPartitions: number, shuffle = false): RDD<T> {
  const n = checkCount(numPartitions, 'coalesce');
  if (shuffle) return this.repartition(n);
  const m = Math.min(n, this.numPartitions);
  const total = this.numPartitions;
  return new RDD<T>(m, async (j) => {
    const out: T[] = [];
    for (let i = Math.floor((j * total) / m); i < Math.floor(((j + 1) * total) / m); i++) {
      const p = await this.partition(i);
      for (let k = 0; k < p.length; k++) out.push(p[k]);
    }
    return out;
  });
};

P.glom = function <T>(this: RDD<T>): RDD<T[]> {
  return new RDD<T[]>(this.numPartitions, async (i) => [await this.partition(i)]);
};

P.zip = function <T, U>(this: RDD<T>, other: RDD<U>): RDD<[T, U]> {
  if (this.numPartitions !== other.numPartitions) {
    throw new Error(`Can't zip RDDs with unequal numbers of partitions: ${this.numPartitions} and ${other.numPartitions}`);
  }
  return new RDD<[T, U]>(this.numPartitions, async (i) => {
    const [a, b] = await Promise.all([this.partition(i), other.partition(i)]);
    if (a.length !== b.length) {
      throw new Error(`Can only zip RDDs with same number of elements in each partition (partition ${i}: ${a.length} and ${b.length})`);
    }
    const out: [T, U][] = new Array(a.length);
    for (let j = 0; j < a.length; j++) out[j] = [a[j], b[j]];
    return out;
  });
};

/** This RDD's records tagged 0 followed by `other`'s tagged 1. */
function tagged<T>(a: RDD<T>, b: RDD<T>): RDD<[T, 0 | 1]> {
  return a.map((t): [T, 0 | 1] => [t, 0]).union(b.map((t): [T, 0 | 1] => [t, 1]));
}

P.subtract = function <T>(this: RDD<T>, other: RDD<T>, numPartitions = this.numPartitions): RDD<T> {
  return tagged(this, other).shuffle(
    numPartitions,
    (t) => t[0],
    (bucket) => {
      const inOther = new KeyMap<T, true>();
      for (let i = 0; i < bucket.length; i++) if (bucket[i][1] === 1) inOther.set(bucket[i][0], true);
      const out: T[] = [];
      for (let i = 0; i < bucket.length; i++) if (bucket[i][1] === 0 && !inOther.has(bucket[i][0])) out.push(bucket[i][0]);
      return out;
    },
  );
};

P.intersection = function <T>(this: RDD<T>, other: RDD<T>, numPartitions = Math.max(this.numPartitions, other.numPartitions)): RDD<T> {
  return tagged(this, other).shuffle(
    numPartitions,
    (t) => t[0],
    (bucket) => {
      // Per distinct record: seen on side 0, on side 1 (bit flags), in first-encounter order.
      const sides = new KeyMap<T, number>();
      for (let i = 0; i < bucket.length; i++) sides.set(bucket[i][0], (sides.get(bucket[i][0]) ?? 0) | (1 << bucket[i][1]));
      const out: T[] = [];
      for (const [t, flags] of sides.entries()) if (flags === 3) out.push(t);
      return out;
    },
  );
};
