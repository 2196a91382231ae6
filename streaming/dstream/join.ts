/** join and leftOuterJoin: per batch, the join of two pair streams' RDDs. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** Pairs of values with equal keys in both streams' batch RDDs. */
export class JoinedDStream<K, V, W> extends TransformedDStream<[K, [V, W]]> {
  /** Creates the inner join of `left` and `right`. */
  constructor(left: DStream<[K, V]>, right: DStream<[K, W]>, numPartitions?: number) {
    super([left, right], (rdds) => (rdds[0] as RDD<[K, V]>).join(rdds[1] as RDD<[K, W]>, numPartitions));
  }
}

/** Every record of the left stream with the matching right values, or undefined. */
export class LeftOuterJoinedDStream<K, V, W> extends TransformedDStream<[K, [V, W | undefined]]> {
  /** Creates the left outer join of `left` and `right`. */
  constructor(left: DStream<[K, V]>, right: DStream<[K, W]>, numPartitions?: number) {
    super([left, right], (rdds) => (rdds[0] as RDD<[K, V]>).leftOuterJoin(rdds[1] as RDD<[K, W]>, numPartitions));
  }
}
