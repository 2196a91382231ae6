/** filter: keeps the records for which a predicate holds. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of filter. */
export class FilteredDStream<T> extends TransformedDStream<T> {
  /** Creates the stream. */
  constructor(parent: DStream<T>, f: (t: T) => boolean) {
    super([parent], (rdds) => (rdds[0] as RDD<T>).filter(f));
  }

  /** One RDD transformation of the parent's RDD (see DStream.consumesParentOnce). */
  override get consumesParentOnce(): boolean {
    return true;
  }
}
