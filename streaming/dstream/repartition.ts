/** repartition: every batch shuffled into exactly n partitions (see RDD.repartition). */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of repartition. */
export class RepartitionedDStream<T> extends TransformedDStream<T> {
  /** Creates the stream; `numPartitions` must be a positive integer. */
  constructor(parent: DStream<T>, numPartitions: number) {
    if (!Number.isInteger(numPartitions) || numPartitions < 1)
      throw new Error(`repartition: the number of partitions must be a positive integer, got ${numPartitions}`);
    super([parent], (rdds) => (rdds[0] as RDD<T>).repartition(numPartitions));
  }
}
