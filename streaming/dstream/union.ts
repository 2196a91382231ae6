/** union: the records of several streams with one slide duration, batch by batch. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of union. */
export class UnionDStream<T> extends TransformedDStream<T> {
  /** Creates the stream. */
  constructor(streams: DStream<T>[]) {
    super(streams, (rdds) => (rdds[0] as RDD<T>).union(...(rdds.slice(1) as RDD<T>[])));
  }
}
