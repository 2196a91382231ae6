/** flatMap: applies a function returning many records to every record. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of flatMap. */
export class FlatMappedDStream<T, U> extends TransformedDStream<U> {
  /** Creates the stream. */
  constructor(parent: DStream<T>, f: (t: T) => Iterable<U>) {
    super([parent], (rdds) => (rdds[0] as RDD<T>).flatMap(f));
  }

  /** One RDD transformation of the parent's RDD (see DStream.consumesParentOnce). */
  override get consumesParentOnce(): boolean {
    return true;
  }
}
