/**
 * JobScheduler: runs batches one at a time, in batch-time order (Spark's
 * default of one concurrent job set: batches never overlap; a slow batch
 * makes the next ones wait, which shows as scheduling delay).
 *
 * A batch: generate the RDDs and jobs of every output, run the jobs in
 * registration order, let stateful and window streams take in the batch,
 * make the new state current, write the checkpoint (state and input offsets
 * in one atomic LevelDB batch), then run post-checkpoint hooks (Kafka offset
 * commits). Listeners hear submitted / started / completed.
 *
 * Failure policy: when generating the batch or an output operation throws,
 * the batch is attempted again after `retryBackoffMs`, resuming at the failed
 * output operation (outputs that already succeeded are not run twice; the
 * batch's RDDs, and so its Kafka offset ranges, stay the same). After
 * `maxAttempts` attempts (conf spark.task.maxFailures, default 4) the
 * context stops with the error: awaitTermination() rejects with it, and
 * neither a checkpoint nor an offset commit is written for that batch.
 */
import type { Time } from '../dstream/dstream.js';
import type { Job } from '../dstream/for-each.js';
import type { DStreamGraph } from '../graph.js';
import type { CheckpointStore } from '../state/checkpoint-store.js';
import type { BatchInfo, ListenerBus } from './listener.js';

/** What the scheduler needs from its context. */
export interface SchedulerHost {
  graph: DStreamGraph;
  listenerBus: ListenerBus;
  checkpointStore: CheckpointStore | null;
  /** Stops the context with `err` (the batch failed for good). */
  fail(err: Error): void;
}

/** Thrown when a batch failed every attempt. */
export class BatchFailedError extends Error {
  /** Creates the error for the batch at `batchTime`. */
  constructor(
    readonly batchTime: Time,
    readonly attempts: number,
    cause: unknown,
  ) {
    super(`batch ${batchTime} failed after ${attempts} attempt(s): ${(cause as Error)?.message ?? cause}`, { cause });
    this.name = 'BatchFailedError';
  }
}

/** The sequential batch runner. */
export class JobScheduler {
  private readonly queue: Time[] = [];
  private readonly infos = new Map<Time, BatchInfo>();
  private running: Promise<void> | null = null;
  private idleWaiters: (() => void)[] = [];
  private halted = false;
  /** Batches completed successfully. */
  completedBatches = 0;
  /** Time of the last successful batch (-1: none). */
  lastCompletedTime: Time = -1;

  /** Creates the scheduler. */
  constructor(
    private readonly host: SchedulerHost,
    readonly maxAttempts: number,
    readonly retryBackoffMs: number,
  ) {}

  /** Records an input's record count for the batch at `time`. */
  reportInput(time: Time, streamId: number, numRecords: number): void {
    const info = this.infos.get(time);
    if (!info) return;
    info.streamIdToNumRecords[streamId] = numRecords;
    info.numRecords = Object.values(info.streamIdToNumRecords).reduce((a, b) => a + b, 0);
  }

  /** Queues the batch at `time`. */
  submit(time: Time): void {
    if (this.halted) return;
    const info: BatchInfo = { batchTime: time, submissionTime: Date.now(), numRecords: 0, streamIdToNumRecords: {}, attempts: 0 };
    this.infos.set(time, info);
    this.queue.push(time);
    this.host.listenerBus.post('onBatchSubmitted', { batchInfo: info });
    this.pump();
  }

  private pump(): void {
    if (this.running) return;
    const time = this.halted ? undefined : this.queue.shift();
    if (time === undefined) {
      for (const w of this.idleWaiters.splice(0)) w();
      return;
    }
    this.running = this.runBatch(time)
      .catch((err) => {
        this.halted = true;
        this.queue.length = 0;
        this.host.fail(err as Error);
      })
      .finally(() => {
        this.running = null;
        this.infos.delete(time);
        this.pump();
      });
  }

  /** Resolves when no batch is queued or running. */
  whenIdle(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  /** Drops queued batches (the running one finishes) and accepts no more. */
  halt(): void {
    this.halted = true;
    this.queue.length = 0;
    if (!this.running) for (const w of this.idleWaiters.splice(0)) w();
  }

  private async runBatch(time: Time): Promise<void> {
    const { graph, listenerBus } = this.host;
    const info = this.infos.get(time)!;
    info.processingStartTime = Date.now();
    info.schedulingDelay = info.processingStartTime - time;
    let jobs: Job[] | null = null;
    let next = 0;
    let materialized = false;
    for (;;) {
      info.attempts++;
      try {
        if (!jobs) {
          jobs = await graph.generateJobs(time);
          listenerBus.post('onBatchStarted', { batchInfo: info });
        }
        while (next < jobs.length) {
          await jobs[next].run();
          next++;
        }
        if (!materialized) {
          await graph.materialize(time);
          materialized = true;
        }
        break;
      } catch (err) {
        if (info.attempts >= this.maxAttempts) {
          const failed = new BatchFailedError(time, info.attempts, err);
          this.finish(info, failed.message);
          throw failed;
        }
        await new Promise((r) => setTimeout(r, this.retryBackoffMs));
      }
    }
    graph.commitBatch(time);
    const store = this.host.checkpointStore;
    if (store) await store.write(time, graph.snapshots());
    await graph.afterCheckpoint(time);
    graph.clearOldMetadata(time);
    this.completedBatches++;
    this.lastCompletedTime = time;
    this.finish(info);
  }

  private finish(info: BatchInfo, failureReason?: string): void {
    info.processingEndTime = Date.now();
    info.processingDelay = info.processingEndTime - (info.processingStartTime ?? info.processingEndTime);
    info.processingTime = info.processingDelay;
    info.totalDelay = info.processingEndTime - info.batchTime;
    if (failureReason) info.failureReason = failureReason;
    this.host.listenerBus.post('onBatchCompleted', { batchInfo: info });
  }
}
