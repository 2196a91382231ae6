/** glom: each partition of every batch as one array record. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of glom. */
export class GlommedDStream<T> extends TransformedDStream<T[]> {
  /** Creates the stream. */
  constructor(parent: DStream<T>) {
    super([parent], (rdds) => (rdds[0] as RDD<T>).glom());
  }
}
