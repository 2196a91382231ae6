/** rightOuterJoin: per batch, every right record with the matching left values, or undefined (Spark's None). */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of rightOuterJoin. */
export class RightOuterJoinedDStream<K, V, W> extends TransformedDStream<[K, [V | undefined, W]]> {
  /** Creates the right outer join of `left` and `right`. */
  constructor(left: DStream<[K, V]>, right: DStream<[K, W]>, numPartitions?: number) {
    super([left, right], (rdds) => (rdds[0] as RDD<[K, V]>).rightOuterJoin(rdds[1] as RDD<[K, W]>, numPartitions));
  }
}
