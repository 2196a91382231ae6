/** countByValue: [record, count] pairs of every batch. */
import type { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of countByValue. */
export class CountByValueDStream<T> extends TransformedDStream<[T, number]> {
  /** Creates the stream. */
  constructor(parent: DStream<T>, numPartitions?: number) {
    super([parent], (rdds) =>
      (rdds[0] as RDD<T>)
        .map((t): [T, number] => [t, 1])
        .markInternal()
        .reduceByKey((a, b) => a + b, numPartitions),
    );
  }

  /** One RDD transformation of the parent's RDD (see DStream.consumesParentOnce). */
  override get consumesParentOnce(): boolean {
    return true;
  }
}
