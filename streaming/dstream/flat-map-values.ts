/** flatMapValues: [key, w] for every w a function makes of a pair's value, every batch. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of flatMapValues. */
export class FlatMapValuedDStream<K, V, W> extends TransformedDStream<[K, W]> {
  /** Creates the stream. */
  constructor(parent: DStream<[K, V]>, f: (v: V) => Iterable<W>) {
    super([parent], (rdds) => (rdds[0] as RDD<[K, V]>).flatMapValues(f));
  }

  /** One RDD transformation of the parent's RDD (see DStream.consumesParentOnce). */
  override get consumesParentOnce(): boolean {
    return true;
  }
}
