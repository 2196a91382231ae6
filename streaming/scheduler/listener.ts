/**
 * Batch listeners and the information they get, after Spark's
 * StreamingListener and BatchInfo. Delays are in milliseconds:
 * schedulingDelay = processing start - batch time (how long the batch waited
 * for the previous one), processingDelay (also `processingTime`) = processing
 * end - processing start, totalDelay = processing end - batch time.
 */
import type { Time } from '../dstream/dstream.js';

/** What is known about one batch. */
export interface BatchInfo {
  batchTime: Time;
  submissionTime: Time;
  processingStartTime?: Time;
  processingEndTime?: Time;
  /** Records of all inputs in this batch. */
  numRecords: number;
  /** Records per input stream id. */
  streamIdToNumRecords: Record<number, number>;
  schedulingDelay?: number;
  processingDelay?: number;
  /** Same as processingDelay. */
  processingTime?: number;
  totalDelay?: number;
  /** How many attempts the batch took (1 without retries). */
  attempts: number;
  /** Set when the batch failed for good. */
  failureReason?: string;
}

/** Callbacks for the life of a streaming context (all optional). */
export interface StreamingListener {
  onStreamingStarted?(event: { time: Time }): void;
  onBatchSubmitted?(event: { batchInfo: BatchInfo }): void;
  onBatchStarted?(event: { batchInfo: BatchInfo }): void;
  onBatchCompleted?(event: { batchInfo: BatchInfo }): void;
  onReceiverError?(event: { streamId: number; message: string; error?: unknown }): void;
}

/** Delivers events to listeners; a throwing listener is reported, never fatal. */
export class ListenerBus {
  private readonly listeners: StreamingListener[] = [];

  /** Adds a listener. */
  add(l: StreamingListener): void {
    this.listeners.push(l);
  }

  /** Removes a listener. */
  remove(l: StreamingListener): void {
    const i = this.listeners.indexOf(l);
    if (i >= 0) this.listeners.splice(i, 1);
  }

  /** Calls `name` on every listener that has it. */
  post<K extends keyof StreamingListener>(name: K, event: Parameters<NonNullable<StreamingListener[K]>>[0]): void {
    for (const l of this.listeners) {
      const fn = l[name] as ((e: unknown) => void) | undefined;
      if (!fn) continue;
      try {
        fn.call(l, event);
      } catch (err) {
        console.error(`StreamingListener.${name} threw:`, err);
      }
    }
  }
}
