/**
 * The transactional side of one partition log (the parts of Kafka's
 * UnifiedLog that deal with producers): the producer state, the last stable
 * offset, the aborted-transaction indexes of the segments, and the producer
 * snapshots. The partition log calls it after every write, roll, high
 * watermark move, truncation and retention.
 *
 * Last stable offset (LSO, exclusive like the high watermark): the smallest
 * first offset of a transaction that is ongoing or whose marker is not yet
 * below the high watermark, else the high watermark; a read_committed
 * consumer reads below it only. Always log start <= LSO <= high watermark
 * (DeleteRecords may move the log start past an ongoing transaction's start,
 * as in Kafka).
 *
 * Not safe for concurrent callers (owned by one PartitionLog, synchronous).
 */
import type { ProducerStateManager, ProducerStateView } from './producer-state.js';
import type { AbortedTxn } from './txn-index.js';
import type { LocalLog } from './local-log.js';
import type { PartitionStore } from './partition-store.js';
import type { LogLogger } from './log-loader.js';
import { floorSegmentIndex, restoreProducerState } from './log-replay.js';
import { deleteSnapshots, writeSnapshot } from './producer-snapshot.js';

/** Producer state, LSO, aborted-transaction index and snapshots of one partition. */
export class PartitionTxnState {
  /** Transactions ended by an ABORT marker appended here since the log opened (metrics). */
  abortedCount = 0;

  /** Takes over the state loaded with the log. */
  constructor(
    private readonly producers: ProducerStateManager,
    private readonly local: LocalLog,
    private readonly store: PartitionStore,
    private readonly name: string,
    private readonly logger: LogLogger,
  ) {}

  /** The producer state (append validation reads it). */
  get state(): ProducerStateManager {
    return this.producers;
  }

  /** The last stable offset for high watermark `hw` and log start `logStart` (see the header). */
  lastStableOffset(hw: number, logStart: number): number {
    const f = this.producers.firstUnstableOffset();
    return f >= 0 && f < hw ? Math.max(f, logStart) : hw;
  }

  /** Producers with an ongoing transaction in this partition. */
  get ongoingTransactions(): number {
    return this.producers.ongoingTransactions;
  }

  /** Every producer's state (DescribeProducers, tests). */
  view(): ProducerStateView[] {
    return this.producers.view();
  }

  /**
   * After a write of `records[0, end)` (into the active segment): the
   * producer batches go into the producer state, and ABORTs they ended into
   * that segment's index.
   */
  afterWrite(records: Buffer, end: number): void {
    this.producers.updateFromBatches(records, 0, end);
    const active = this.local.allSegments[this.local.segmentCount - 1]!;
    const aborted = this.producers.takeAborted();
    for (let i = 0; i < aborted.length; i++) {
      try {
        active.txnIndex.append(aborted[i]!);
      } catch (err) {
        // The marker is in the log: a restart rebuilds the entry from it.
        this.logger.warn(`${this.name}: cannot index aborted transaction of producer ${aborted[i]!.producerId}: ${(err as Error).message}`);
      }
      this.abortedCount++;
    }
  }

  /** The high watermark moved to `hw`. */
  onHighWatermark(hw: number): void {
    this.producers.onHighWatermark(hw);
  }

  /**
   * The aborted transactions a read_committed fetch of [fetchOffset,
   * upperBound) must report (Kafka's collectAbortedTransactions): from the
   * index of the segment holding fetchOffset on, until an index says the
   * answer is complete. Null when there are none. Sorted by first offset:
   * Kafka answers in index (marker) order, which the Java client does not
   * mind (it queues them by first offset), but kafkajs walks the list in
   * order and would let an aborted transaction that started before an
   * earlier-ended one through to read_committed consumers.
   */
  collectAborted(fetchOffset: number, upperBound: number): AbortedTxn[] | null {
    const segments = this.local.allSegments;
    let out: AbortedTxn[] | null = null;
    for (let i = floorSegmentIndex(segments, fetchOffset); i < segments.length; i++) {
      const idx = segments[i]!.txnIndex;
      if (idx.entries === 0) continue;
      out ??= [];
      if (idx.collect(fetchOffset, upperBound, out)) break;
    }
    if (out === null || out.length === 0) return null;
    if (out.length > 1) out.sort((x, y) => x.firstOffset - y.firstOffset);
    return out;
  }

  /**
   * Writes a producer snapshot at `offset` (a roll, a close), fsynced unless
   * `durable` is false (a roll: on the produce path); a failure is logged: a
   * restart replays more instead.
   */
  snapshot(offset: number, durable = true): void {
    try {
      writeSnapshot(this.store, offset, this.producers, durable);
    } catch (err) {
      this.logger.warn(`${this.name}: cannot write the producer snapshot at ${offset}: ${(err as Error).message}`);
    }
  }

  /** After truncation to `logEndOffset`: snapshots past it go, the state is restored from the latest one left and the log. */
  afterTruncation(logStartOffset: number, logEndOffset: number): void {
    deleteSnapshots(this.store, logEndOffset, true);
    restoreProducerState(this.store, this.local.allSegments, logStartOffset, logEndOffset, this.producers, null);
  }

  /** Everything is gone (the log restarts empty). */
  clear(): void {
    deleteSnapshots(this.store, -1, true);
    this.producers.clear();
  }

  /** Retention moved the log start: older snapshots and producers whose batches are all gone go too. */
  onLogStartMoved(logStartOffset: number): void {
    deleteSnapshots(this.store, logStartOffset);
    this.producers.removeBefore(logStartOffset);
  }
}
