/**
 * BatchTracker: a StreamingListener that keeps what a streaming job's UI
 * shows (Spark's StreamingJobProgressListener): the batches queued and
 * running now, the last `retained` completed batches, and running totals.
 * BatchInfo objects are copied when a batch completes (the scheduler
 * reuses and drops its own). Times are ms since the epoch; delays in ms.
 */
import type { BatchInfo, StreamingListener } from '../scheduler/listener.js';
import type { Time } from '../dstream/dstream.js';

/** One batch as the UI's API shows it. */
export interface BatchJson {
  /** The batch time (ms since the epoch), Spark's batch id. */
  batchTime: number;
  status: 'queued' | 'processing' | 'completed' | 'failed';
  /** Records of all inputs. */
  inputSize: number;
  /** Records per second: inputSize over the batch interval. */
  inputRate: number;
  submissionTime: number;
  processingStartTime: number | null;
  processingEndTime: number | null;
  schedulingDelay: number | null;
  processingTime: number | null;
  totalDelay: number | null;
  attempts: number;
  failureReason: string | null;
  streamIdToNumRecords: Record<number, number>;
}

/** Collects batch events of one StreamingContext. */
export class BatchTracker implements StreamingListener {
  private readonly active = new Map<Time, BatchInfo>();
  private readonly completed: BatchJson[] = [];
  /** When the context started (ms since the epoch), null before. */
  startTime: number | null = null;
  /** Batches completed since start (including those no longer retained). */
  totalCompleted = 0;
  /** Batches that failed for good. */
  totalFailed = 0;
  /** Records processed since start. */
  totalRecords = 0;

  /** Keeps the last `retained` completed batches; `batchDuration` in ms turns counts into rates. */
  constructor(
    readonly batchDuration: number,
    readonly retained = 1000,
  ) {}

  /** Listener: the context started. */
  onStreamingStarted(e: { time: Time }): void {
    this.startTime = e.time;
  }

  /** Listener: a batch was queued. */
  onBatchSubmitted(e: { batchInfo: BatchInfo }): void {
    this.active.set(e.batchInfo.batchTime, e.batchInfo);
  }

  /** Listener: a batch started processing. */
  onBatchStarted(e: { batchInfo: BatchInfo }): void {
    this.active.set(e.batchInfo.batchTime, e.batchInfo);
  }

  /** Listener: a batch finished (or failed for good). */
  onBatchCompleted(e: { batchInfo: BatchInfo }): void {
    const info = e.batchInfo;
    this.active.delete(info.batchTime);
    const json = this.toJson(info);
    if (info.failureReason) this.totalFailed++;
    else {
      this.totalCompleted++;
      this.totalRecords += info.numRecords;
    }
    this.completed.push(json);
    if (this.completed.length > this.retained) this.completed.shift();
  }

  private toJson(info: BatchInfo): BatchJson {
    const done = info.processingEndTime !== undefined;
    return {
      batchTime: info.batchTime,
      status: info.failureReason ? 'failed' : done ? 'completed' : info.processingStartTime !== undefined ? 'processing' : 'queued',
      inputSize: info.numRecords,
      inputRate: info.numRecords / (this.batchDuration / 1000),
      submissionTime: info.submissionTime,
      processingStartTime: info.processingStartTime ?? null,
      processingEndTime: info.processingEndTime ?? null,
      schedulingDelay: info.schedulingDelay ?? null,
      processingTime: info.processingTime ?? null,
      totalDelay: info.totalDelay ?? null,
      attempts: info.attempts,
      failureReason: info.failureReason ?? null,
      streamIdToNumRecords: { ...info.streamIdToNumRecords },
    };
  }

  /** Completed batches, oldest first (at most `retained`). */
  completedBatches(): readonly BatchJson[] {
    return this.completed;
  }

  /** Queued and running batches, oldest first. */
  activeBatches(): BatchJson[] {
    return [...this.active.values()].sort((a, b) => a.batchTime - b.batchTime).map((i) => this.toJson(i));
  }

  /** Averages over the retained completed batches (null when none). */
  averages(): { inputRate: number | null; schedulingDelay: number | null; processingTime: number | null; totalDelay: number | null } {
    const ok = this.completed.filter((b) => b.status === 'completed');
    const avg = (f: (b: BatchJson) => number | null): number | null => {
      let sum = 0;
      let n = 0;
      for (const b of ok) {
        const v = f(b);
        if (v !== null) {
          sum += v;
          n++;
        }
      }
      return n === 0 ? null : sum / n;
    };
    return {
      inputRate: avg((b) => b.inputRate),
      schedulingDelay: avg((b) => b.schedulingDelay),
      processingTime: avg((b) => b.processingTime),
      totalDelay: avg((b) => b.totalDelay),
    };
  }
}
