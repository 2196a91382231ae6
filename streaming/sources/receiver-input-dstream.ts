/**
 * ReceiverInputDStream: a stream fed by a Receiver (receiver.ts). Each batch
 * takes what was stored since the previous batch as one partition — at most
 * spark.streaming.receiver.maxRate records per second of batch (0: no
 * limit); the rest waits for the next batches, and store() asks the
 * receiver to pause once more than two batches' worth wait.
 *
 * Stored records are numbered in the order they were stored (offsets). The
 * stream's checkpoint entry is the offset of the first record no completed
 * batch has processed, written atomically with the state of the stateful
 * streams.
 *
 * Without a write-ahead log, records stored but not yet processed by a
 * completed batch live in memory only and are lost if the process dies
 * (Spark without its log behaves the same). With
 * spark.streaming.receiver.writeAheadLog.enable=true (needs a checkpoint
 * directory) every store() is written to the receiver's log
 * (state/receiver-log.ts) before it returns; a job restarted with
 * getOrCreate replays the log from the checkpoint's offset, so nothing a
 * receiver stored is lost and nothing already in checkpointed state is
 * counted again. Segments are deleted once checkpointed as processed. A job
 * started without getOrCreate (or whose checkpoint was discarded) starts
 * with an empty log.
 */
import path from 'node:path';
import { RDD } from '../rdd/rdd.js';
import { InputDStream } from '../dstream/input-dstream.js';
import type { Time } from '../dstream/dstream.js';
import type { StreamingContext } from '../context.js';
import { ReceiverLog } from '../state/receiver-log.js';
import type { Receiver } from './receiver.js';

/** The checkpoint entry of a receiver stream (null without a write-ahead log). */
interface ReceiverCheckpoint {
  /** Offset of the first record not processed by a checkpointed batch. */
  processed: number;
}

/** A stream fed by a Receiver. */
export class ReceiverInputDStream<T> extends InputDStream<T> {
  private buffer: T[] = [];
  /** Offset of buffer[0]. */
  private bufferStart = 0;
  /** The offset each computed batch took records up to (exclusive), by batch time. */
  private readonly taken = new Map<Time, number>();
  /** First offset not processed by a completed batch. */
  private processed = 0;
  private restoredProcessed: number | null = null;
  private log: ReceiverLog<T> | null = null;
  /** Records per batch at most (Infinity: no limit). */
  private readonly perBatch: number;
  private paused = false;

  /** Creates the stream. */
  constructor(
    ssc: StreamingContext,
    readonly receiver: Receiver<T>,
  ) {
    super(ssc);
    const maxRate = ssc.confNumber('spark.streaming.receiver.maxRate');
    this.perBatch = maxRate > 0 ? Math.max(1, Math.floor((maxRate * ssc.batchDuration) / 1000)) : Infinity;
  }

  /**
   * @internal called by Receiver.store: logs (with the write-ahead log) and
   * buffers the records; false when the receiver should pause.
   */
  push(data: T | T[]): boolean {
    const records = Array.isArray(data) ? data : [data];
    if (this.log) this.log.append(records);
    for (let i = 0; i < records.length; i++) this.buffer.push(records[i]);
    if (this.buffer.length > 2 * this.perBatch) this.paused = true;
    return !this.paused;
  }

  /** Opens (and replays) the write-ahead log when it is on, then starts the receiver. */
  override async start(): Promise<void> {
    if (this.ssc.confBoolean('spark.streaming.receiver.writeAheadLog.enable')) this.openLog();
    await this.receiver.startWith(this);
  }

  private openLog(): void {
    const store = this.ssc.checkpointStore;
    if (!store || !this.ssc.checkpointDir)
      throw new Error(
        'spark.streaming.receiver.writeAheadLog.enable=true needs a checkpoint directory: call ssc.checkpoint(dir) or build the job with StreamingContext.getOrCreate(dir, factory)',
      );
    const from = store.recovering ? (this.restoredProcessed ?? 0) : 0;
    const log = ReceiverLog.open<T>(path.join(this.ssc.checkpointDir, 'receivedData', String(this.id)), {
      fresh: !store.recovering,
      startAt: from,
    });
    this.log = log;
    let replayed = 0;
    this.bufferStart = Math.max(from, log.startOffset);
    for (const entry of log.readFrom(this.bufferStart)) {
      for (let i = 0; i < entry.records.length; i++) this.buffer.push(entry.records[i]);
      replayed += entry.records.length;
    }
    this.processed = this.bufferStart;
    if (replayed > 0)
      process.stderr.write(
        `INFO Receiver ${this.id} (${this.receiver.constructor.name}): replaying ${replayed} record(s) stored but not processed before the restart (write-ahead log ${log.dir})\n`,
      );
  }

  /** Stops the receiver and closes the log. */
  override async stop(): Promise<void> {
    await this.receiver.shutdown();
    this.log?.close();
  }

  /** Stops receiving but keeps what was stored (graceful stop). */
  async stopReceiving(): Promise<void> {
    await this.receiver.shutdown();
  }

  /** Whether stored records wait for a batch. */
  override hasPendingData(): boolean {
    return this.buffer.length > 0;
  }

  protected compute(time: Time): RDD<T> {
    const n = Math.min(this.buffer.length, this.perBatch);
    let data: T[];
    if (n === this.buffer.length) {
      data = this.buffer;
      this.buffer = [];
    } else {
      data = this.buffer.splice(0, n);
    }
    this.bufferStart += n;
    this.taken.set(time, this.bufferStart);
    this.reportRecords(time, data.length);
    if (this.paused && this.buffer.length <= this.perBatch) {
      this.paused = false;
      this.receiver.onDrain?.();
    }
    return RDD.fromPartitions([data]);
  }

  /** The batch at `time` succeeded: its records count as processed. */
  override commitBatch(time: Time): void {
    const until = this.taken.get(time);
    if (until !== undefined && until > this.processed) this.processed = until;
    for (const t of this.taken.keys()) if (t <= time) this.taken.delete(t);
  }

  /** The first unprocessed offset (with the write-ahead log; null without). */
  override snapshot(): unknown {
    return this.log ? ({ processed: this.processed } satisfies ReceiverCheckpoint) : null;
  }

  /** Where the write-ahead log is replayed from. */
  override restore(data: unknown): void {
    const p = (data as ReceiverCheckpoint | null)?.processed;
    if (typeof p === 'number') this.restoredProcessed = p;
  }

  /** Deletes the log segments the checkpoint just written covers. */
  override async afterCheckpoint(): Promise<void> {
    this.log?.deleteBefore(this.processed);
  }
}
