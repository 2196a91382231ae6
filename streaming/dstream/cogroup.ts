/** cogroup: per batch, each key of either stream with its values in both. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of cogroup: [key, [this stream's values, other's values]] per batch. */
export class CoGroupedDStream<K, V, W> extends TransformedDStream<[K, [V[], W[]]]> {
  /** Creates the stream. */
  constructor(left: DStream<[K, V]>, right: DStream<[K, W]>, numPartitions?: number) {
    super([left, right], (rdds) => (rdds[0] as RDD<[K, V]>).cogroup(rdds[1] as RDD<[K, W]>, numPartitions));
  }
}
