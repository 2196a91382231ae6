/**
 * Spark's PairRDDFunctions for RDD<[K, V]>, but for combineByKey and
 * reduceByKey (in rdd.ts: they read through the pipeline): groupByKey,
 * aggregateByKey, foldByKey, sortByKey, mapValues, flatMapValues, keys,
 * values, cogroup, join, leftOuterJoin, rightOuterJoin, fullOuterJoin,
 * subtractByKey. Keys compare by value (keys.ts). The joins cogroup into
 * hash partitions (default: the larger partition count of the two) and
 * emit, per key, every pair of a value of this side (outer loop) with one of
 * the other side.
 *
 * A side without a match in an outer join is `undefined`, standing for
 * Spark's None. A zero value (aggregateByKey, foldByKey) is copied for every
 * key (structuredClone of an object or array), since Spark serializes it per
 * key and a seqOp may mutate it.
 */
import { RDD } from './rdd.js';
import { KeyMap } from './keys.js';

/** A fresh copy of a zero value for one key. */
function copyZero<U>(zero: U): U {
  return zero !== null && typeof zero === 'object' ? structuredClone(zero) : zero;
}

declare module './rdd.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats RDD's type parameter
  interface RDD<T> {
    /** The values of each key, in encounter order. */
    groupByKey<K, V>(this: RDD<[K, V]>, numPartitions?: number): RDD<[K, V[]]>;
    /** Applies `f` to each value, keeping the key. */
    mapValues<K, V, W>(this: RDD<[K, V]>, f: (v: V) => W): RDD<[K, W]>;
    /** The keys. */
    keys<K, V>(this: RDD<[K, V]>): RDD<K>;
    /** The values. */
    values<K, V>(this: RDD<[K, V]>): RDD<V>;
    /** For each key of either RDD, its values in this RDD and in `other`. */
    cogroup<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V[], W[]]]>;
    /** Pairs of values with equal keys in both RDDs (inner join). */
    join<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V, W]]>;
    /** Every record of this RDD with the matching values of `other`, or undefined when none (Spark's None). */
    leftOuterJoin<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V, W | undefined]]>;
    /**
     * Per key, folds the values into a copy of `zeroValue` with `seqOp`
     * within each partition, then merges the partitions' results with `combOp`.
     */
    aggregateByKey<K, V, U>(
      this: RDD<[K, V]>,
      zeroValue: U,
      seqOp: (acc: U, v: V) => U,
      combOp: (a: U, b: U) => U,
      numPartitions?: number,
    ): RDD<[K, U]>;
    /** Per key, folds the values into a copy of `zeroValue` with `f` (within and across partitions). */
    foldByKey<K, V>(this: RDD<[K, V]>, zeroValue: V, f: (a: V, b: V) => V, numPartitions?: number): RDD<[K, V]>;
    /** The pairs sorted by key (ascending by default), range-partitioned (see sortBy). */
    sortByKey<K, V>(this: RDD<[K, V]>, ascending?: boolean, numPartitions?: number): RDD<[K, V]>;
    /** [key, w] for every w of f(value). */
    flatMapValues<K, V, W>(this: RDD<[K, V]>, f: (v: V) => Iterable<W>): RDD<[K, W]>;
    /** Every record of `other` with the matching values of this RDD, or undefined when none. */
    rightOuterJoin<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V | undefined, W]]>;
    /** Every key of either RDD: all pairs of values, undefined for the side without any. */
    fullOuterJoin<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V | undefined, W | undefined]]>;
    /** The pairs whose key is not a key of `other`. */
    subtractByKey<K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, V]>;
  }
}

const P = RDD.prototype;

P.groupByKey = function <K, V>(this: RDD<[K, V]>, numPartitions = this.numPartitions): RDD<[K, V[]]> {
  return this.shuffle(
    numPartitions,
    (t) => t[0],
    (bucket) => {
      const m = new KeyMap<K, V[]>();
      for (let i = 0; i < bucket.length; i++) {
        const [k, v] = bucket[i];
        const list = m.get(k);
        if (list) list.push(v);
        else m.set(k, [v]);
      }
      return [...m.entries()];
    },
  );
};

P.mapValues = function <K, V, W>(this: RDD<[K, V]>, f: (v: V) => W): RDD<[K, W]> {
  return this.map(([k, v]): [K, W] => [k, f(v)]);
};

P.keys = function <K, V>(this: RDD<[K, V]>): RDD<K> {
  return this.map((t) => t[0]);
};

P.values = function <K, V>(this: RDD<[K, V]>): RDD<V> {
  return this.map((t) => t[1]);
};

P.cogroup = function <K, V, W>(
  this: RDD<[K, V]>,
  other: RDD<[K, W]>,
  numPartitions = Math.max(this.numPartitions, other.numPartitions),
): RDD<[K, [V[], W[]]]> {
  const tagged = (this.map((t): [K, 0 | 1, unknown] => [t[0], 0, t[1]]) as RDD<[K, 0 | 1, unknown]>).union(
    other.map((t): [K, 0 | 1, unknown] => [t[0], 1, t[1]]),
  );
  return tagged.shuffle(
    numPartitions,
    (t) => t[0],
    (bucket) => {
      const m = new KeyMap<K, [V[], W[]]>();
      for (let i = 0; i < bucket.length; i++) {
        const [k, side, v] = bucket[i];
        let g = m.get(k);
        if (!g) m.set(k, (g = [[], []]));
        if (side === 0) g[0].push(v as V);
        else g[1].push(v as W);
      }
      return [...m.entries()];
    },
  );
};

P.join = function <K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V, W]]> {
  return this.cogroup(other, numPartitions).flatMap(([k, [vs, ws]]) => {
    const out: [K, [V, W]][] = [];
    for (const v of vs) for (const w of ws) out.push([k, [v, w]]);
    return out;
  });
};

P.leftOuterJoin = function <K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V, W | undefined]]> {
  return this.cogroup(other, numPartitions).flatMap(([k, [vs, ws]]) => {
    const out: [K, [V, W | undefined]][] = [];
    for (const v of vs) {
      if (ws.length === 0) out.push([k, [v, undefined]]);
      else for (const w of ws) out.push([k, [v, w]]);
    }
    return out;
  });
};

P.aggregateByKey = function <K, V, U>(
  this: RDD<[K, V]>,
  zeroValue: U,
  seqOp: (acc: U, v: V) => U,
  combOp: (a: U, b: U) => U,
  numPartitions?: number,
): RDD<[K, U]> {
  return this.combineByKey((v: V) => seqOp(copyZero(zeroValue), v), seqOp, combOp, numPartitions);
};

P.foldByKey = function <K, V>(this: RDD<[K, V]>, zeroValue: V, f: (a: V, b: V) => V, numPartitions?: number): RDD<[K, V]> {
  return this.combineByKey((v: V) => f(copyZero(zeroValue), v), f, f, numPartitions);
};

P.sortByKey = function <K, V>(this: RDD<[K, V]>, ascending = true, numPartitions?: number): RDD<[K, V]> {
  return this.sortBy((t) => t[0], ascending, numPartitions);
};

P.flatMapValues = function <K, V, W>(this: RDD<[K, V]>, f: (v: V) => Iterable<W>): RDD<[K, W]> {
  return this.flatMap((t) => {
    const out: [K, W][] = [];
    for (const w of f(t[1])) out.push([t[0], w]);
    return out;
  });
};

P.rightOuterJoin = function <K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions?: number): RDD<[K, [V | undefined, W]]> {
  return this.cogroup(other, numPartitions).flatMap(([k, [vs, ws]]) => {
    const out: [K, [V | undefined, W]][] = [];
    if (vs.length === 0) for (const w of ws) out.push([k, [undefined, w]]);
    else for (const v of vs) for (const w of ws) out.push([k, [v, w]]);
    return out;
  });
};

P.fullOuterJoin = function <K, V, W>(
  this: RDD<[K, V]>,
  other: RDD<[K, W]>,
  numPartitions?: number,
): RDD<[K, [V | undefined, W | undefined]]> {
  return this.cogroup(other, numPartitions).flatMap(([k, [vs, ws]]) => {
    const out: [K, [V | undefined, W | undefined]][] = [];
    if (vs.length === 0) for (const w of ws) out.push([k, [undefined, w]]);
    else if (ws.length === 0) for (const v of vs) out.push([k, [v, undefined]]);
    else for (const v of vs) for (const w of ws) out.push([k, [v, w]]);
    return out;
  });
};

P.subtractByKey = function <K, V, W>(this: RDD<[K, V]>, other: RDD<[K, W]>, numPartitions = this.numPartitions): RDD<[K, V]> {
  const tagged = (this.map((t): [K, 0 | 1, unknown] => [t[0], 0, t[1]]) as RDD<[K, 0 | 1, unknown]>).union(
    other.map((t): [K, 0 | 1, unknown] => [t[0], 1, t[1]]),
  );
  return tagged.shuffle(
    numPartitions,
    (t) => t[0],
    (bucket) => {
      const inOther = new KeyMap<K, true>();
      for (let i = 0; i < bucket.length; i++) if (bucket[i][1] === 1) inOther.set(bucket[i][0], true);
      const out: [K, V][] = [];
      for (let i = 0; i < bucket.length; i++)
        if (bucket[i][1] === 0 && !inOther.has(bucket[i][0])) out.push([bucket[i][0], bucket[i][2] as V]);
      return out;
    },
  );
};
