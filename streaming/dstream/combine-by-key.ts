/** combineByKey: per batch, Spark's generic per-key aggregation (see RDD.combineByKey). */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of combineByKey. */
export class CombinedByKeyDStream<K, V, C> extends TransformedDStream<[K, C]> {
  /** Creates the stream. */
  constructor(
    parent: DStream<[K, V]>,
    createCombiner: (v: V) => C,
    mergeValue: (c: C, v: V) => C,
    mergeCombiners: (a: C, b: C) => C,
    numPartitions?: number,
  ) {
    super([parent], (rdds) => (rdds[0] as RDD<[K, V]>).combineByKey(createCombiner, mergeValue, mergeCombiners, numPartitions));
  }

  /** One RDD transformation of the parent's RDD (see DStream.consumesParentOnce). */
  override get consumesParentOnce(): boolean {
    return true;
  }
}
