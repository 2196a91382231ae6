/** map: applies a function to every record of every batch. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of map. */
export class MappedDStream<T, U> extends TransformedDStream<U> {
  /** Creates the stream. */
  constructor(parent: DStream<T>, f: (t: T) => U) {
    super([parent], (rdds) => (rdds[0] as RDD<T>).map(f));
  }

  /** One RDD transformation of the parent's RDD (see DStream.consumesParentOnce). */
  override get consumesParentOnce(): boolean {
    return true;
  }
}
