/**
 * InputDStream: a stream with no parent, fed from outside (a queue, a
 * socket, files, Kafka). It produces an RDD every batch, is started and
 * stopped with the context, and reports how many records each batch got.
 */
import { DStream, type Time } from './dstream.js';
import type { StreamingContext } from '../context.js';

/** The base of every source. */
export abstract class InputDStream<T> extends DStream<T> {
  /** Creates the source and registers it as an input of the graph. */
  constructor(ssc: StreamingContext) {
    super(ssc);
    ssc.graph.addInputStream(this as InputDStream<unknown>);
  }

  /** No parents. */
  get dependencies(): DStream<unknown>[] {
    return [];
  }

  /** One RDD per batch. */
  get slideDuration(): Time {
    return this.ssc.batchDuration;
  }

  /** Starts receiving (connections, group membership, ...). */
  start(): void | Promise<void> {}

  /** Stops receiving and releases resources. */
  stop(): void | Promise<void> {}

  /** Whether data received but not yet in a batch is waiting (for a graceful stop). */
  hasPendingData(): boolean {
    return false;
  }

  /** Records the number of records of the batch at `time` for the batch listeners. */
  protected reportRecords(time: Time, numRecords: number): void {
    this.ssc.scheduler.reportInput(time, this.id, numRecords);
  }
}
