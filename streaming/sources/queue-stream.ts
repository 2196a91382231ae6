/**
 * queueStream: batches taken from a queue the caller fills (a plain array
 * used as Spark's mutable Queue). With oneAtATime each batch takes one
 * element; otherwise it takes all of them (their union). An element is an
 * RDD or an array of records (one partition). An empty queue yields
 * `defaultRDD`, or an empty RDD.
 */
import { RDD } from '../rdd/rdd.js';
import { InputDStream } from '../dstream/input-dstream.js';
import type { Time } from '../dstream/dstream.js';
import type { StreamingContext } from '../context.js';

/** A stream fed from a queue of RDDs. */
export class QueueInputDStream<T> extends InputDStream<T> {
  /** Creates the stream over `queue` (which the caller keeps pushing to). */
  constructor(
    ssc: StreamingContext,
    readonly queue: (RDD<T> | T[])[],
    readonly oneAtATime = true,
    readonly defaultRDD?: RDD<T>,
  ) {
    super(ssc);
  }

  protected async compute(time: Time): Promise<RDD<T>> {
    const taken = this.oneAtATime ? this.queue.splice(0, 1) : this.queue.splice(0);
    const rdds = taken.map((x) => (x instanceof RDD ? x : RDD.fromPartitions([x])));
    const rdd = rdds.length === 0 ? (this.defaultRDD ?? RDD.empty<T>()) : rdds[0].union(...rdds.slice(1));
    this.reportRecords(time, await rdd.count());
    return rdd;
  }

  /** Whether elements are waiting. */
  override hasPendingData(): boolean {
    return this.queue.length > 0;
  }
}
