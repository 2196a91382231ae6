/**
 * RDD<T>: the dataset of one batch, split into partitions that are computed
 * lazily and concurrently (Promise.all over partitions).
 *
 * Every partition is computed at most once: its promise is kept (a rejected
 * one is dropped, so a retried job computes it again). That is the batch's
 * cache: several output operations on the same batch share one fetch from
 * Kafka, and a retried batch reuses the partitions that succeeded.
 * Transformations are lazy; actions (collect, count, take, foreach,
 * foreachPartition, countByValue) compute. Pair operations apply to
 * RDD<[K, V]>; keys compare by value (keys.ts): combineByKey and
 * reduceByKey are here (they read through the pipeline), the others in
 * pair-functions.ts.
 *
 * Pipelining (Spark's stages): map, flatMap and filter are narrow, each
 * record of a partition yields its records independently. An RDD marked
 * internal (markInternal: made by a DStream transformation and consumed by
 * exactly one other, so no user code can see it) is not materialized: its
 * one consumer reads through it record by record from the nearest computed
 * ancestor. So `lines.flatMap(split).map(pair).reduceByKey(add)` keeps
 * neither the words nor the pairs of a batch, only the per-key sums.
 * reduceByKey combines within each partition before the shuffle (Spark's
 * map-side combine), so one pair per key and partition is shuffled.
 */
import { KeyMap, compareValues, hashKey, normKey } from './keys.js';

/** Computes one partition. */
export type PartitionFn<T> = (index: number) => T[] | Promise<T[]>;

/** A narrow transformation: given the consumer's sink, the sink for the parent's records. */
type Pipe<T, U> = (sink: (u: U) => void) => (t: T) => void;

let nextRddId = 0;

/** A partitioned, lazily computed dataset. */
export class RDD<T> {
  /** A process-unique id. */
  readonly id = nextRddId++;
  private readonly memo: (Promise<T[]> | undefined)[];
  /** Set on narrow RDDs: the parent and how its records become this RDD's. */
  private narrowParent: RDD<any> | null = null;
  private pipe: Pipe<any, T> | null = null;
  /** Transformations reading this RDD (narrow ones and reduceByKey). */
  private consumers = 0;
  private internal = false;

  /** Creates an RDD of `numPartitions` partitions computed by `computeFn`. */
  constructor(
    readonly numPartitions: number,
    private readonly computeFn: PartitionFn<T>,
  ) {
    this.memo = new Array(numPartitions);
  }

  /** An RDD over arrays already in memory, one per partition. */
  static fromPartitions<T>(partitions: T[][]): RDD<T> {
    return new RDD(partitions.length, (i) => partitions[i]);
  }

  /** Spreads `items` over `numSlices` partitions in contiguous slices (Spark's parallelize). */
  static parallelize<T>(items: T[], numSlices = 1): RDD<T> {
    const n = Math.max(1, numSlices);
    const parts: T[][] = [];
    for (let i = 0; i < n; i++) parts.push(items.slice(Math.floor((i * items.length) / n), Math.floor(((i + 1) * items.length) / n)));
    return RDD.fromPartitions(parts);
  }

  /** An RDD with no partitions. */
  static empty<T>(): RDD<T> {
    return new RDD<T>(0, () => []);
  }

  /** The records of partition `index` (computed once). */
  partition(index: number): Promise<T[]> {
    let p = this.memo[index];
    if (!p) {
      p = Promise.resolve().then(() => this.computeFn(index));
      this.memo[index] = p;
      p.catch(() => {
        if (this.memo[index] === p) this.memo[index] = undefined;
      });
    }
    return p;
  }

  /** All partitions, computed concurrently. */
  partitions(): Promise<T[][]> {
    const ps: Promise<T[]>[] = new Array(this.numPartitions);
    for (let i = 0; i < this.numPartitions; i++) ps[i] = this.partition(i);
    return Promise.all(ps);
  }

  /** Kept for Spark compatibility: every RDD is cached already (an internal one stops being internal). */
  cache(): this {
    this.internal = false;
    return this;
  }

  /**
   * Declares that this RDD is read by one transformation only and seen by no
   * user code, so a narrow RDD need not be materialized (see the top of the file).
   */
  markInternal(): this {
    this.internal = true;
    return this;
  }

  /** A narrow child of this RDD: partition i is pipe applied to the records of partition i. */
  private narrow<U>(pipe: Pipe<T, U>): RDD<U> {
    this.consumers++;
    const child = new RDD<U>(this.numPartitions, async (i) => {
      const out: U[] = [];
      await this.feed(
        i,
        pipe((u) => {
          out.push(u);
        }),
      );
      return out;
    });
    child.narrowParent = this;
    child.pipe = pipe;
    return child;
  }

  /**
   * Passes the records of partition `index` to `sink` in order: an internal
   * narrow RDD not computed yet reads through to its parent; any other
   * computes (and caches) the partition first.
   */
  private async feed(index: number, sink: (t: T) => void): Promise<void> {
    const parent = this.narrowParent;
    if (parent !== null && this.internal && this.consumers <= 1 && this.memo[index] === undefined) {
      await parent.feed(index, this.pipe!(sink));
      return;
    }
    const items = await this.partition(index);
    for (let i = 0; i < items.length; i++) sink(items[i]);
  }

  // ---- transformations -------------------------------------------------

  /** Applies `f` to every record. */
  map<U>(f: (t: T) => U): RDD<U> {
    return this.narrow<U>((sink) => (t) => sink(f(t)));
  }

  /** Applies `f` to every record and flattens the results. */
  flatMap<U>(f: (t: T) => Iterable<U>): RDD<U> {
    return this.narrow<U>((sink) => (t) => {
      const us = f(t);
      if (Array.isArray(us)) {
        for (let i = 0; i < us.length; i++) sink(us[i] as U);
      } else {
        for (const u of us) sink(u);
      }
    });
  }

  /** Keeps the records for which `f` is true. */
  filter(f: (t: T) => boolean): RDD<T> {
    return this.narrow<T>((sink) => (t) => {
      if (f(t)) sink(t);
    });
  }

  /** Applies `f` to each whole partition (with its index). */
  mapPartitions<U>(f: (items: T[], index: number) => Iterable<U> | Promise<Iterable<U>>): RDD<U> {
    return new RDD<U>(this.numPartitions, async (i) => {
      const r = await f(await this.partition(i), i);
      return Array.isArray(r) ? r : [...r];
    });
  }

  /** The partitions of this RDD followed by those of `others`. */
  union(...others: RDD<T>[]): RDD<T> {
    const all: RDD<T>[] = [this, ...others];
    const starts: number[] = [];
    let n = 0;
    for (const r of all) {
      starts.push(n);
      n += r.numPartitions;
    }
    return new RDD<T>(n, (i) => {
      let k = all.length - 1;
      while (starts[k] > i) k--;
      return all[k].partition(i - starts[k]);
    });
  }

  /**
   * @internal Redistributes records into `numPartitions` partitions by
   * `keyOf` (a hash partitioner), then `combine` turns each bucket into a
   * partition; computed once for all the result's partitions.
   */
  shuffle<U>(numPartitions: number, keyOf: (t: T) => unknown, combine: (bucket: T[]) => U[]): RDD<U> {
    const n = Math.max(1, numPartitions);
    return RDD.allAtOnce(n, async (): Promise<U[][]> => {
      const buckets: T[][] = [];
      for (let i = 0; i < n; i++) buckets.push([]);
      for (const part of await this.partitions()) {
        for (let i = 0; i < part.length; i++) buckets[hashKey(keyOf(part[i])) % n].push(part[i]);
      }
      return buckets.map(combine);
    });
  }

  /** @internal An RDD of `n` partitions all computed by one run of `run` (kept; a failed run is forgotten). */
  static allAtOnce<U>(n: number, run: () => Promise<U[][]>): RDD<U> {
    let done: Promise<U[][]> | null = null;
    return new RDD<U>(n, async (i) => {
      if (!done) {
        const p = run();
        done = p;
        p.catch(() => {
          if (done === p) done = null;
        });
      }
      return (await done)[i];
    });
  }

  /** Distinct records (compared by value). */
  distinct(numPartitions = this.numPartitions): RDD<T> {
    return this.shuffle(
      numPartitions,
      (t) => t,
      (bucket) => [...KeyMap.from(bucket.map((t): [T, true] => [t, true])).entries()].map((e) => e[0]),
    );
  }

  /**
   * All records sorted by `f` (numbers and strings natively, see
   * compareValues), stable, cut into `numPartitions` ranges of about equal
   * size; records with equal keys always share a partition (Spark's range
   * partitioner), so a partition may be larger or empty.
   */
  sortBy<K>(f: (t: T) => K, ascending = true, numPartitions = this.numPartitions): RDD<T> {
    const n = Math.max(1, numPartitions);
    const sign = ascending ? 1 : -1;
    return RDD.allAtOnce(n, async (): Promise<T[][]> => {
      const keyed = (await this.collect()).map((t): [K, T] => [f(t), t]);
      keyed.sort((a, b) => sign * compareValues(a[0], b[0]));
      const out: T[][] = [];
      let from = 0;
      for (let i = 0; i < n; i++) {
        let to = Math.max(from, Math.floor(((i + 1) * keyed.length) / n));
        while (to > from && to < keyed.length && compareValues(keyed[to - 1][0], keyed[to][0]) === 0) to++;
        out.push(keyed.slice(from, to).map((x) => x[1]));
        from = to;
      }
      return out;
    });
  }

  /**
   * Spark's combineByKey: per key, the first value becomes a combiner
   * (createCombiner), later values of the same partition merge into it
   * (mergeValue: the map-side combine), and the partitions' combiners merge
   * (mergeCombiners) after the shuffle into `numPartitions` hash partitions.
   * Within a partition, keys come in first-encounter order (partition by
   * partition).
   */
  combineByKey<K, V, C>(
    this: RDD<[K, V]>,
    createCombiner: (v: V) => C,
    mergeValue: (c: C, v: V) => C,
    mergeCombiners: (a: C, b: C) => C,
    numPartitions = this.numPartitions,
  ): RDD<[K, C]> {
    this.consumers++;
    const n = Math.max(1, numPartitions);
    // Map-side combine: each partition's pairs merge per (normalised) key as they are read.
    const combinePartition = async (i: number): Promise<Map<unknown, [K, C]>> => {
      const m = new Map<unknown, [K, C]>();
      await this.feed(i, (t) => {
        const nk = normKey(t[0]);
        const e = m.get(nk);
        if (e === undefined) m.set(nk, [t[0], createCombiner(t[1])]);
        else e[1] = mergeValue(e[1], t[1]);
      });
      return m;
    };
    return RDD.allAtOnce(n, async (): Promise<[K, C][][]> => {
      const ps: Promise<Map<unknown, [K, C]>>[] = [];
      for (let i = 0; i < this.numPartitions; i++) ps.push(combinePartition(i));
      const buckets: Map<unknown, [K, C]>[] = [];
      for (let i = 0; i < n; i++) buckets.push(new Map());
      // Partition order, then first-encounter order: the keys come out as without the combine.
      for (const m of await Promise.all(ps)) {
        for (const [nk, e] of m) {
          const b = buckets[hashKey(e[0]) % n];
          const prev = b.get(nk);
          if (prev === undefined) b.set(nk, e);
          else prev[1] = mergeCombiners(prev[1], e[1]);
        }
      }
      return buckets.map((b) => [...b.values()]);
    });
  }

  /** Merges the values of each key with `f` (associative and commutative). */
  reduceByKey<K, V>(this: RDD<[K, V]>, f: (a: V, b: V) => V, numPartitions = this.numPartitions): RDD<[K, V]> {
    return this.combineByKey((v) => v, f, f, numPartitions);
  }

  // ---- actions ---------------------------------------------------------

  /** All records, partition by partition. */
  async collect(): Promise<T[]> {
    const parts = await this.partitions();
    const out: T[] = [];
    for (const p of parts) for (let i = 0; i < p.length; i++) out.push(p[i]);
    return out;
  }

  /** The number of records. */
  async count(): Promise<number> {
    let n = 0;
    for (const p of await this.partitions()) n += p.length;
    return n;
  }

  /** Whether there is no record. */
  async isEmpty(): Promise<boolean> {
    return (await this.take(1)).length === 0;
  }

  /** The first `n` records, computing partitions one at a time as Spark does. */
  async take(n: number): Promise<T[]> {
    const out: T[] = [];
    for (let i = 0; i < this.numPartitions && out.length < n; i++) {
      const p = await this.partition(i);
      for (let j = 0; j < p.length && out.length < n; j++) out.push(p[j]);
    }
    return out;
  }

  /** The first record, or undefined. */
  async first(): Promise<T | undefined> {
    return (await this.take(1))[0];
  }

  /** Merges all records with `f`; throws on an empty RDD as Spark does. */
  async reduce(f: (a: T, b: T) => T): Promise<T> {
    const all = await this.collect();
    if (all.length === 0) throw new Error('empty collection');
    let acc = all[0];
    for (let i = 1; i < all.length; i++) acc = f(acc, all[i]);
    return acc;
  }

  /** How often each distinct record occurs. */
  async countByValue(): Promise<KeyMap<T, number>> {
    const m = new KeyMap<T, number>();
    for (const p of await this.partitions()) for (let i = 0; i < p.length; i++) m.set(p[i], (m.get(p[i]) ?? 0) + 1);
    return m;
  }

  /** Calls `f` for every record (partitions concurrently; awaits async callbacks in order within a partition). */
  async foreach(f: (t: T) => void | Promise<void>): Promise<void> {
    await this.foreachPartition(async (items) => {
      for (let i = 0; i < items.length; i++) {
        const r = f(items[i]);
        if (r instanceof Promise) await r;
      }
    });
  }

  /** Calls `f` once per partition, all partitions concurrently. */
  async foreachPartition(f: (items: T[], index: number) => void | Promise<void>): Promise<void> {
    const ps: Promise<void>[] = [];
    for (let i = 0; i < this.numPartitions; i++) ps.push(this.partition(i).then((items) => f(items, i)));
    await Promise.all(ps);
  }
}
