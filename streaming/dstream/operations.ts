/**
 * The methods of DStream: each creates the stream of its own file (map.ts,
 * window.ts, ...), attached here so that dstream.ts does not import its
 * subclasses (ES module cycles). Pair methods apply to DStream<[K, V]> and
 * take an optional partition count (default: the batch RDD's).
 *
 * Windowed operations accept Spark's positional forms or one named options
 * object (window-options.ts): reduceByKeyAndWindow(fn, {invFn,
 * windowDuration, slideDuration, numPartitions, filterFunc}). Windows cover
 * (t - windowDuration, t]: start exclusive, end inclusive. In outer joins the
 * side without a match is undefined (Spark's None).
 *
 * checkpoint(interval) is validated as Spark does (a positive multiple of
 * the stream's slide) and makes a checkpoint directory required at start.
 * It changes nothing else: Spark uses it to cut RDD lineage that grows from
 * batch to batch, which does not happen here (state lives in the streams,
 * not in RDD chains), and the state of every stateful stream is already
 * checkpointed after every batch, atomically with the input offsets.
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
import { RightOuterJoinedDStream } from './right-outer-join.js';
import { FullOuterJoinedDStream } from './full-outer-join.js';
import { CoGroupedDStream } from './cogroup.js';
import { FlatMapValuedDStream } from './flat-map-values.js';
import { CombinedByKeyDStream } from './combine-by-key.js';
import { RepartitionedDStream } from './repartition.js';
import { GlommedDStream } from './glom.js';
import { ReducedDStream } from './reduce.js';
import { reduceByWindow } from './reduce-by-window.js';
import { groupByKeyAndWindow } from './group-by-key-and-window.js';
import { sliceDStream } from './slice.js';
import { resolveWindowArgs, type WindowOptions } from './window-options.js';
import { TransformedDStream } from './transform.js';
import { WindowedDStream } from './window.js';
import { ReducedWindowedDStream } from './reduce-by-key-and-window.js';
import { StateDStream, type UpdateFunc } from './update-state-by-key.js';
import { MapWithStateDStream } from './map-with-state.js';
import type { StateSpec } from './state-spec.js';
import { ForEachDStream } from './for-each.js';
import { formatBatch } from './print.js';
import { batchDirName, saveAsTextFile } from './save-as-text-files.js';
import { saveToKafka, type SaveToKafkaOptions } from '../kafka/kafka-output.js';

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
    /** Each batch's records merged with `f` into one record (none for an empty batch). */
    reduce(f: (a: T, b: T) => T): DStream<T>;
    /** Each partition of every batch as one array. */
    glom(): DStream<T[]>;
    /** Every batch shuffled into exactly `numPartitions` partitions. */
    repartition(numPartitions: number): DStream<T>;
    /** The remembered RDDs of batch times in [fromTime, toTime], both inclusive (slice.ts). */
    slice(fromTime: Time, toTime: Time): Promise<RDD<T>[]>;
    /** Spark's slice(interval). */
    slice(interval: { beginTime: Time; endTime: Time }): Promise<RDD<T>[]>;
    /** Spark's checkpoint interval (see the top of operations.ts); returns this stream. */
    checkpoint(interval: Time): DStream<T>;
    /** One record merging the window's records (reduce-by-window.ts); with an inverse, incrementally. */
    reduceByWindow(f: (a: T, b: T) => T, windowDuration: Time, slideDuration: Time): DStream<T>;
    reduceByWindow(f: (a: T, b: T) => T, invFn: ((a: T, b: T) => T) | undefined, windowDuration: Time, slideDuration: Time): DStream<T>;
    reduceByWindow(f: (a: T, b: T) => T, options: WindowOptions<number, T>): DStream<T>;
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
    /** [key, w] for every w of f(value). */
    flatMapValues<K, V, W>(this: DStream<[K, V]>, f: (v: V) => Iterable<W>): DStream<[K, W]>;
    /** Spark's combineByKey per batch (RDD.combineByKey). */
    combineByKey<K, V, C>(
      this: DStream<[K, V]>,
      createCombiner: (v: V) => C,
      mergeValue: (c: C, v: V) => C,
      mergeCombiners: (a: C, b: C) => C,
      numPartitions?: number,
    ): DStream<[K, C]>;
    /** For each key of either stream's batch, its values in both. */
    cogroup<K, V, W>(this: DStream<[K, V]>, other: DStream<[K, W]>, numPartitions?: number): DStream<[K, [V[], W[]]]>;
    /** Right outer join with `other` (undefined where this stream has no value), batch by batch. */
    rightOuterJoin<K, V, W>(this: DStream<[K, V]>, other: DStream<[K, W]>, numPartitions?: number): DStream<[K, [V | undefined, W]]>;
    /** Full outer join with `other` (undefined for the side without values), batch by batch. */
    fullOuterJoin<K, V, W>(
      this: DStream<[K, V]>,
      other: DStream<[K, W]>,
      numPartitions?: number,
    ): DStream<[K, [V | undefined, W | undefined]]>;
    /** [key, values] over each window (group-by-key-and-window.ts). */
    groupByKeyAndWindow<K, V>(this: DStream<[K, V]>, windowDuration: Time, slideDuration?: Time, numPartitions?: number): DStream<[K, V[]]>;
    groupByKeyAndWindow<K, V>(this: DStream<[K, V]>, options: WindowOptions<K, V>): DStream<[K, V[]]>;
    /** Inner join with `other`, batch by batch. */
    join<K, V, W>(this: DStream<[K, V]>, other: DStream<[K, W]>, numPartitions?: number): DStream<[K, [V, W]]>;
    /** Left outer join with `other` (undefined where `other` has no value), batch by batch. */
    leftOuterJoin<K, V, W>(this: DStream<[K, V]>, other: DStream<[K, W]>, numPartitions?: number): DStream<[K, [V, W | undefined]]>;
    /**
     * Reduces each key's values over the window. With an inverse function the
     * window is updated incrementally (add the entering batches, subtract the
     * leaving ones); `filterFunc` drops keys (e.g. zero counts). Forms: see
     * window-options.ts.
     */
    reduceByKeyAndWindow<K, V>(
      this: DStream<[K, V]>,
      reduceFunc: (a: V, b: V) => V,
      invReduceFunc: ((a: V, b: V) => V) | undefined | null,
      windowDuration: Time,
      slideDuration?: Time,
      numPartitions?: number,
      filterFunc?: (kv: [K, V]) => boolean,
    ): DStream<[K, V]>;
    reduceByKeyAndWindow<K, V>(
      this: DStream<[K, V]>,
      reduceFunc: (a: V, b: V) => V,
      windowDuration: Time,
      slideDuration?: Time,
      numPartitions?: number,
    ): DStream<[K, V]>;
    reduceByKeyAndWindow<K, V>(this: DStream<[K, V]>, reduceFunc: (a: V, b: V) => V, options: WindowOptions<K, V>): DStream<[K, V]>;
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
    /**
     * Output: writes every batch's records to a Kafka topic ([key, value]
     * pairs or values); with `exactlyOnce`, each batch's records and its input
     * offsets in one Kafka transaction (kafka/kafka-output.ts).
     */
    saveToKafka(topic: string, options?: SaveToKafkaOptions): void;
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
P.reduce = function (f) {
  return new ReducedDStream(this, f);
};
P.glom = function () {
  return new GlommedDStream(this);
};
P.repartition = function (numPartitions) {
  return new RepartitionedDStream(this, numPartitions);
};
P.slice = function <T>(this: DStream<T>, from: Time | { beginTime: Time; endTime: Time }, to?: Time) {
  return typeof from === 'number' ? sliceDStream(this, from, to!) : sliceDStream(this, from.beginTime, from.endTime);
};
P.checkpoint = function <T>(this: DStream<T>, interval: Time) {
  if (!(interval > 0) || interval % this.slideDuration !== 0) {
    throw new Error(
      `The checkpoint interval for ${this.checkpointKey} has been set to ${interval} ms which is not a positive multiple of its slide time (${this.slideDuration} ms)`,
    );
  }
  if (this.checkpointDuration === 0) this.ssc.graph.requireCheckpoint(this);
  this.checkpointDuration = interval;
  return this;
};
P.reduceByWindow = function <T>(this: DStream<T>, f: (a: T, b: T) => T, ...rest: unknown[]) {
  return reduceByWindow(this, f, resolveWindowArgs<number, T>('reduceByWindow', rest));
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
P.flatMapValues = function (f) {
  return new FlatMapValuedDStream(this, f);
};
P.combineByKey = function (createCombiner, mergeValue, mergeCombiners, numPartitions) {
  return new CombinedByKeyDStream(this, createCombiner, mergeValue, mergeCombiners, numPartitions);
};
P.cogroup = function (other, numPartitions) {
  return new CoGroupedDStream(this, other, numPartitions);
};
P.rightOuterJoin = function (other, numPartitions) {
  return new RightOuterJoinedDStream(this, other, numPartitions);
};
P.fullOuterJoin = function (other, numPartitions) {
  return new FullOuterJoinedDStream(this, other, numPartitions);
};
P.groupByKeyAndWindow = function <K, V>(this: DStream<[K, V]>, ...args: unknown[]) {
  const w =
    typeof args[0] === 'number'
      ? { windowDuration: args[0], slideDuration: args[1] as Time | undefined, numPartitions: args[2] as number | undefined }
      : resolveWindowArgs<K, V>('groupByKeyAndWindow', args);
  return groupByKeyAndWindow(this, w);
};
P.join = function (other, numPartitions) {
  return new JoinedDStream(this, other, numPartitions);
};
P.leftOuterJoin = function (other, numPartitions) {
  return new LeftOuterJoinedDStream(this, other, numPartitions);
};
P.reduceByKeyAndWindow = function <K, V>(this: DStream<[K, V]>, reduceFunc: (a: V, b: V) => V, ...rest: unknown[]) {
  const {
    invFn: invReduceFunc,
    windowDuration,
    slideDuration,
    numPartitions,
    filterFunc,
  } = resolveWindowArgs<K, V>('reduceByKeyAndWindow', rest);
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
P.saveToKafka = function (topic, options) {
  saveToKafka(this, topic, options);
};
P.cache = function () {
  return this;
};
P.persist = function () {
  return this;
};
