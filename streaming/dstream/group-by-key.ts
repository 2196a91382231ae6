/** groupByKey: [key, values] pairs of every batch. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of groupByKey. */
export class GroupedByKeyDStream<K, V> extends TransformedDStream<[K, V[]]> {
  /** Creates the stream. */
  constructor(parent: DStream<[K, V]>, numPartitions?: number) {
    super([parent], (rdds) => (rdds[0] as RDD<[K, V]>).groupByKey(numPartitions));
  }
}
