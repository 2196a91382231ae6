/** reduceByKey: merges the values of each key within every batch. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of reduceByKey. */
export class ReducedByKeyDStream<K, V> extends TransformedDStream<[K, V]> {
  /** Creates the stream; `numPartitions` defaults to the batch RDD's. */
  constructor(parent: DStream<[K, V]>, f: (a: V, b: V) => V, numPartitions?: number) {
    super([parent], (rdds) => (rdds[0] as RDD<[K, V]>).reduceByKey(f, numPartitions));
  }

  /** One RDD transformation of the parent's RDD (see DStream.consumesParentOnce). */
  override get consumesParentOnce(): boolean {
    return true;
  }
}
