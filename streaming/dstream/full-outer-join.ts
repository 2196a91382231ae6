/** fullOuterJoin: per batch, every key of either stream; the side without values is undefined (Spark's None). */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of fullOuterJoin. */
export class FullOuterJoinedDStream<K, V, W> extends TransformedDStream<[K, [V | undefined, W | undefined]]> {
  /** Creates the full outer join of `left` and `right`. */
  constructor(left: DStream<[K, V]>, right: DStream<[K, W]>, numPartitions?: number) {
    super([left, right], (rdds) => (rdds[0] as RDD<[K, V]>).fullOuterJoin(rdds[1] as RDD<[K, W]>, numPartitions));
  }
}
