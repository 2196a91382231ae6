/**
 * The methods of DStream: each creates the stream of its own file (map.ts,
 * window.ts, ...), attached here so that dstream.ts does not import its
 * subclasses (ES module cycles). Pair methods apply to DStream<[K, V]>.
 */
import path from 'node:path';
import { RDD } from '../rdd/rdd.js';
import { DStream, checkMultiple, type Time } from './dstream.js';
import { MappedDStream } from './map.js';
import { FlatMappedDStream } from './flat-map.js';
import { FilteredDStream } from './filter.js';
import { MapPartitionedDStream } from './map-partitions.js';
import { ReducedByKeyDStream } from './reduce-by-key.js';
import { CountByValueDStream } from './count-by-value.js';
import { GroupedByKeyDStream } from './group-by-key.js';
import { UnionDStream } from './union.js';
import { JoinedDStream, LeftOuterJoinedDStream } from './join.js';
import { TransformedDStream } from './transform.js';
import { WindowedDStream } from './window.js';
import { ReducedWindowedDStream } from './reduce-by-key-and-window.js';
import { StateDStream, type UpdateFunc } from './update-state-by-key.js';
import { MapWithStateDStream } from './map-with-state.js';
import type { StateSpec } from './state-spec.js';
import { ForEachDStream } from './for-each.js';
import { formatBatch } from './print.js';
import { batchDirName, saveAsTextFile } from './save-as-text-files.js';

declare module './dstream.js' {
  interface DStream<T> {
    /** Applies `f` to every record. */
    map<U>(f: (t: T) => U): DStream<U>;
    /** Applies `f` to every record and flattens the results. */
    flatMap<U>(f: (t: T) => Iterable<U>): DStream<U>;
    /** Keeps the records for which `f` is true. */
    filter(f: (t: T) => boolean): DStream<T>;
    /** Applies `f` to each partition of every batch. */
    mapPartitions<U>(f: (items: T[], index: number) => Iterable<U> | Promise<Iterable<U>>): DStream<U>;
    /** A new stream whose batches are `fn` of this stream's batches (Spark's transform). */
    transform<U>(fn: (rdd: RDD<T>, time: Time) => RDD<U> | Promise<RDD<U>>): DStream<U>;
    /** Combines this stream's and `other`'s batches with `fn` (Spark's transformWith). */
    transformWith<U, V>(other: DStream<U>, fn: (a: RDD<T>, b: RDD<U>, time: Time) => RDD<V> | Promise<RDD<V>>): DStream<V>;
    /** This stream's records followed by `other`'s, per batch. */
    union(other: DStream<T>): DStream<T>;
    /** [record, count] per batch. */
    countByValue(numPartitions?: number): DStream<[T, number]>;
    /** The number of records of each batch, as a one-record stream. */
    count(): DStream<number>;
    /** The records of the window (t - windowDuration, t], every slideDuration (default: the batch duration). */
    window(windowDuration: Time, slideDuration?: Time): DStream<T>;
    /** The number of records in each window. */
    countByWindow(windowDuration: Time, slideDuration: Time): DStream<number>;
    /** [record, count] over each window; records whose count drops to 0 are dropped. */
    countByValueAndWindow(windowDuration: Time, slideDuration: Time, numPartitions?: number): DStream<[T, number]>;
    /** Merges the values of each key per batch. */
    reduceByKey<K, V>(this: DStream<[K, V]>, f: (a: V, b: V) => V, numPartitions?: number): DStream<[K, V]>;
    /** The values of each key per batch. */
    groupByKey<K, V>(this: DStream<[K, V]>, numPartitions?: number): DStream<[K, V[]]>;
    /** Applies `f` to each value. */
    mapValues<K, V, W>(this: DStream<[K, V]>, f: (v: V) => W): DStream<[K, W]>;
    /** Inner join with `other`, batch by batch. */
    join<K, V, W>(this: DStream<[K, V]>, other: DStream<[K, W]>, numPartitions?: number): DStream<[K, [V, W]]>;
    /** Left outer join with `other` (undefined where `other` has no value), batch by batch. */
    leftOuterJoin<K, V, W>(this: DStream<[K, V]>, other: DStream<[K, W]>, numPartitions?: number): DStream<[K, [V, W | undefined]]>;
    /**
     * Reduces each key's values over the window. With `invReduceFunc` the
     * window is updated incrementally (add the entering batches, subtract the
     * leaving ones); `filterFunc` drops keys (e.g. zero counts).
     */
    reduceByKeyAndWindow<K, V>(
      this: DStream<[K, V]>,
      reduceFunc: (a: V, b: V) => V,
      invReduceFunc: ((a: V, b: V) => V) | undefined,
      windowDuration: Time,
      slideDuration?: Time,
      numPartitions?: number,
      filterFunc?: (kv: [K, V]) => boolean,
    ): DStream<[K, V]>;
    /** A state per key updated every batch: update(newValues, state) → new state, or undefined to remove. */
    updateStateByKey<K, V, S>(
      this: DStream<[K, V]>,
      update: UpdateFunc<V, S>,
      numPartitions?: number,
      initial?: Iterable<[K, S]>,
    ): DStream<[K, S]>;
    /** Calls the spec's function for every record with its key's state; outputs what it returns. */
    mapWithState<K, V, S, M>(this: DStream<[K, V]>, spec: StateSpec<K, V, S, M>): MapWithStateDStream<K, V, S, M>;
    /** Output: prints the first `num` records of every batch (default 10) in Spark's format. */
    print(num?: number): void;
    /** Output: calls `fn` with every batch's RDD and time. */
    foreachRDD(fn: (rdd: RDD<T>, time: Time) => void | Promise<void>): void;
    /** Output: writes every batch as "<prefix>-<time ms>[.<suffix>]/part-NNNNN". */
    saveAsTextFiles(prefix: string, suffix?: string): void;
    /** Spark compatibility; every RDD is cached already. */
    cache(): DStream<T>;
    /** Spark compatibility; every RDD is cached already. */
    persist(): DStream<T>;
  }
}

const add = (a: number, b: number): number => a + b;
const sub = (a: number, b: number): number => a - b;
const P = DStream.prototype;

P.map = function (f) {
  return new MappedDStream(this, f);
};
P.flatMap = function (f) {
  return new FlatMappedDStream(this, f);
};
P.filter = function (f) {
  return new FilteredDStream(this, f);
};
P.mapPartitions = function (f) {
  return new MapPartitionedDStream(this, f);
};
P.transform = function <T, U>(this: DStream<T>, fn: (rdd: RDD<T>, time: Time) => RDD<U> | Promise<RDD<U>>) {
  return new TransformedDStream<U>([this], (rdds, time) => fn(rdds[0] as RDD<T>, time));
};
P.transformWith = function <T, U, V>(
  this: DStream<T>,
  other: DStream<U>,
  fn: (a: RDD<T>, b: RDD<U>, time: Time) => RDD<V> | Promise<RDD<V>>,
) {
  return new TransformedDStream<V>([this, other], (rdds, time) => fn(rdds[0] as RDD<T>, rdds[1] as RDD<U>, time));
};
P.union = function (other) {
  return new UnionDStream([this, other]);
};
P.countByValue = function (numPartitions) {
  return new CountByValueDStream(this, numPartitions);
};
P.count = function () {
  return this.transform(async (rdd) => RDD.parallelize([await rdd.count()]));
};
P.window = function (windowDuration, slideDuration) {
  return new WindowedDStream(this, windowDuration, slideDuration ?? this.slideDuration);
};
P.countByWindow = function (windowDuration, slideDuration) {
  return this.map((): [string, number] => ['', 1])
    .reduceByKeyAndWindow(add, sub, windowDuration, slideDuration)
    .map((kv) => kv[1]);
};
P.countByValueAndWindow = function <T>(this: DStream<T>, windowDuration: Time, slideDuration: Time, numPartitions?: number) {
  return this.map((t): [T, number] => [t, 1]).reduceByKeyAndWindow(
    add,
    sub,
    windowDuration,
    slideDuration,
    numPartitions,
    (kv) => kv[1] !== 0,
  );
};
P.reduceByKey = function (f, numPartitions) {
  return new ReducedByKeyDStream(this, f, numPartitions);
};
P.groupByKey = function (numPartitions) {
  return new GroupedByKeyDStream(this, numPartitions);
};
P.mapValues = function <K, V, W>(this: DStream<[K, V]>, f: (v: V) => W) {
  return this.map(([k, v]): [K, W] => [k, f(v)]);
};
P.join = function (other, numPartitions) {
  return new JoinedDStream(this, other, numPartitions);
};
P.leftOuterJoin = function (other, numPartitions) {
  return new LeftOuterJoinedDStream(this, other, numPartitions);
};
P.reduceByKeyAndWindow = function <K, V>(
  this: DStream<[K, V]>,
  reduceFunc: (a: V, b: V) => V,
  invReduceFunc: ((a: V, b: V) => V) | undefined,
  windowDuration: Time,
  slideDuration?: Time,
  numPartitions?: number,
  filterFunc?: (kv: [K, V]) => boolean,
) {
  const slide = slideDuration ?? this.slideDuration;
  checkMultiple(this.ssc, 'window duration', windowDuration);
  checkMultiple(this.ssc, 'slide duration', slide);
  const reduced = this.reduceByKey(reduceFunc, numPartitions);
  if (!invReduceFunc) {
    const out = reduced.window(windowDuration, slide).reduceByKey(reduceFunc, numPartitions);
    return filterFunc ? out.filter(filterFunc) : out;
  }
  return new ReducedWindowedDStream(reduced, reduceFunc, invReduceFunc, windowDuration, slide, numPartitions ?? 1, filterFunc);
};
P.updateStateByKey = function (update, numPartitions, initial) {
  return new StateDStream(this, update, numPartitions ?? 1, initial);
};
P.mapWithState = function (spec) {
  return new MapWithStateDStream(this, spec);
};
P.print = function (num = 10) {
  new ForEachDStream(
    this,
    async (rdd, time) => {
      process.stdout.write(await formatBatch(rdd, time, num));
    },
    'print',
  );
};
P.foreachRDD = function (fn) {
  new ForEachDStream(this, fn, 'foreachRDD');
};
P.saveAsTextFiles = function (prefix, suffix) {
  new ForEachDStream(this, (rdd, time) => saveAsTextFile(rdd, path.resolve(batchDirName(prefix, suffix, time))), 'saveAsTextFiles');
};
P.cache = function () {
  return this;
};
P.persist = function () {
  return this;
};
