/** mapPartitions: applies a function to each whole partition of every batch. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of mapPartitions. */
export class MapPartitionedDStream<T, U> extends TransformedDStream<U> {
  /** Creates the stream. */
  constructor(parent: DStream<T>, f: (items: T[], index: number) => Iterable<U> | Promise<Iterable<U>>) {
    super([parent], (rdds) => (rdds[0] as RDD<T>).mapPartitions(f));
  }
}
