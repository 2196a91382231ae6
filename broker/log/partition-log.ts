/**
 * The log of one topic partition (Kafka's UnifiedLog): the offsets a client
 * and the replication protocol see, over the local log (local-log.ts) that
 * holds the segments and does the file work.
 *
 * Owned here: the log start offset, the high watermark, the producer state
 * with its transactions and the last stable offset (partition-txn-state.ts),
 * the leader epoch cache, append validation and offset assignment, and the
 * retention decisions. Owned by the local log: the
 * segments, rolling, reading, truncating, flushing and deleting files, the
 * log end offset and the recovery point.
 *
 * Offsets: logStartOffset is the first readable offset (inclusive);
 * logEndOffset is the next offset to assign (exclusive end); highWatermark
 * (exclusive) bounds what consumers may read; lastStableOffset (exclusive)
 * what read_committed consumers may read. Invariant:
 * logStartOffset <= lastStableOffset <= highWatermark <= logEndOffset.
 *
 * Hot paths: appendAsLeader and read do no per-record work and create no
 * per-record objects; they walk the 61-byte batch headers only and pass the
 * batch bytes through unchanged (apart from the in-place offset/epoch
 * assignment).
 *
 * Not safe for concurrent callers: every method is synchronous and runs to
 * completion on the one JS thread; callers never interleave.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { readInt64 } from '../../protocol/record-batch.js';
import type { LogConfig } from './log-config.js';
import { LocalLog } from './local-log.js';
import type { LogDirStore, PartitionStore } from './partition-store.js';
import type { StorageFaults } from './storage-faults.js';
import { offsetOnly, type LogOffsetMetadata } from './log-offset-metadata.js';
import {
  analyzeLeaderBatches,
  analyzeFollowerBatches,
  assignOffsets,
  recompressBatches,
  newAppendInfo,
  type AppendInfo,
} from './append-validator.js';
import type { LeaderEpochCache, EpochEntry } from './leader-epoch-cache.js';
import { openPartitionDir, type LogLogger, type PartitionLogOptions } from './log-loader.js';
import { PartitionTxnState } from './partition-txn-state.js';
import { deletableSegmentCount } from './retention.js';
import { findOffsetByTimestamp, findMaxTimestamp } from './timestamp-lookup.js';

import { LogError, appendFailed, appendOk, readResult, type LogAppendResult, type LogReadResult } from './log-results.js';

export { shouldRoll } from './roll-policy.js';
export { LogError, type LogAppendResult, type LogReadResult } from './log-results.js';
export type { PartitionLogOptions } from './log-loader.js';

const EMPTY = Buffer.alloc(0);
const MAX = Number.MAX_SAFE_INTEGER;
/** Reads that find the segments changed under them start over at most this often, then answer empty. */
const MAX_READ_ATTEMPTS = 4;
const consoleLogger: LogLogger = { info: (m) => console.info(m), warn: (m) => console.warn(m) };

/** The log of one topic partition. */
export class PartitionLog {
  readonly topic: string;
  readonly partition: number;
  /** The log dir holding this partition's store. */
  readonly logDir: LogDirStore;
  /** This partition's files. */
  readonly store: PartitionStore;
  config: LogConfig;
  readonly leaderEpochCache: LeaderEpochCache;
  /** The segments and their files. */
  readonly local: LocalLog;
  private _logStartOffset: number;
  private _highWatermark: number;
  /** Where the high watermark is in the files (position -1 when unknown): consumer reads stop there. */
  private readonly hwMeta: LogOffsetMetadata;
  /**
   * The transactional side: producer state (DescribeProducers reads
   * `txn.view()`), ongoing transactions, the aborted-transaction index
   * (`txn.collectAborted`), snapshots.
   */
  readonly txn: PartitionTxnState;
  private readonly appendInfo: AppendInfo = newAppendInfo();
  private readonly logger: LogLogger;
  private readonly onStorageError: ((message: string) => void) | undefined;
  private unflushedMessages = 0;
  private lastFlushTime = Date.now();

  private constructor(opts: PartitionLogOptions) {
    this.topic = opts.topic;
    this.partition = opts.partition;
    this.config = opts.config;
    this.logger = opts.logger ?? consoleLogger;
    this.onStorageError = opts.onStorageError;
    const { logDir, store, loaded } = openPartitionDir(opts, this.logger);
    this.logDir = logDir;
    this.store = store;
    this.local = new LocalLog(this.store, opts.config, loaded.segments, loaded.nextOffset, loaded.recoveryPoint);
    this._logStartOffset = loaded.logStartOffset;
    this._highWatermark = loaded.highWatermark;
    this.hwMeta = offsetOnly(loaded.highWatermark);
    this.txn = new PartitionTxnState(loaded.producerState, this.local, store, `${this.topic}-${this.partition}`, this.logger);
    this.moveHighWatermark(loaded.highWatermark);
    this.leaderEpochCache = loaded.leaderEpochCache;
    this.local.beforeRecoveryPointAdvance = () => this.leaderEpochCache.sync();
    this.local.onBackgroundError = (err) =>
      this.logger.warn(`${this.topic}-${this.partition}: background flush after a roll failed (the recovery point stays): ${err.message}`);
  }

  /** Opens (creating if needed, recovering if asked) the log in `opts.dir`. */
  static open(opts: PartitionLogOptions): PartitionLog {
    return new PartitionLog(opts);
  }

  /** Where this partition's files live (a directory path, or `memory:...`), for messages. */
  get dir(): string {
    return this.store.path;
  }
  /** Faults tests can arm for this partition's files (storage-faults.ts). */
  get faults(): StorageFaults {
    return this.store.faults;
  }

  /** First readable offset (inclusive). */
  get logStartOffset(): number {
    return this._logStartOffset;
  }
  /** Next offset to be assigned (exclusive end of the log). */
  get logEndOffset(): number {
    return this.local.logEndOffset;
  }
  /** Exclusive bound of what consumers may read. */
  get highWatermark(): number {
    return this._highWatermark;
  }
  /** Offsets below this are fsynced (persisted in recovery-point-offset-checkpoint). */
  get recoveryPoint(): number {
    return this.local.recoveryPoint;
  }
  /** Total bytes of all segments. */
  get size(): number {
    return this.local.size;
  }
  /** Number of segments (the last one active). */
  get segmentCount(): number {
    return this.local.segmentCount;
  }

  /** Sets the high watermark, clamped to [logStartOffset, logEndOffset]. */
  setHighWatermark(offset: number): void {
    this.moveHighWatermark(Math.min(Math.max(offset, this._logStartOffset), this.local.logEndOffset));
  }

  /**
   * Last stable offset (exclusive): the first offset of the earliest
   * transaction not yet decided and replicated, else the high watermark;
   * read_committed consumers read below it (partition-txn-state.ts).
   */
  get lastStableOffset(): number {
    return this.txn.lastStableOffset(this._highWatermark, this._logStartOffset);
  }

  /** The high watermark and where it is in the files (position -1 when unknown; see log-offset-metadata.ts). */
  get highWatermarkMetadata(): Readonly<LogOffsetMetadata> {
    return this.hwMeta;
  }

  private moveHighWatermark(offset: number): void {
    this._highWatermark = offset;
    this.txn.onHighWatermark(offset);
    if (this.hwMeta.offset !== offset || this.hwMeta.position < 0) this.local.positionOf(offset, this.hwMeta);
  }

  /** Replaces the config (index interval applies at once; segment sizes on the next roll). */
  updateConfig(config: LogConfig): void {
    this.config = config;
    this.local.updateConfig(config);
  }

  private fail(errorCode: number, errorMessage: string | null): LogAppendResult {
    return appendFailed(errorCode, errorMessage, this._logStartOffset);
  }

  /**
   * Validates, assigns offsets to and appends the batches in `records` as
   * the leader (see the header of record-batch.ts for what is checked).
   * Offsets and `leaderEpoch` are written into `records` in place; with
   * LogAppendTime the maxTimestamp and CRC are rewritten too. A retried
   * idempotent batch is not appended again and answers its original offsets.
   * `origin` 'coordinator' allows control batches (transaction markers,
   * protocol/control-record.ts), checked against the producer's epoch and
   * coordinator epoch.
   * On a storage error nothing is appended (KAFKA_STORAGE_ERROR).
   */
  appendAsLeader(records: Buffer, leaderEpoch: number, now: number, origin: 'client' | 'coordinator' = 'client'): LogAppendResult {
    if (this.local.isClosed) return this.fail(ErrorCode.KAFKA_STORAGE_ERROR, 'log is closed');
    if (records.length === 0) return this.fail(ErrorCode.NONE, null);
    const info = analyzeLeaderBatches(records, this.config, this.txn.state, now, origin, this.appendInfo);
    if (info.errorCode !== ErrorCode.NONE) {
      // The AppendInfo is reused: the result keeps its own copy of the record errors.
      if (info.recordErrors.length > 0)
        return appendFailed(info.errorCode, info.errorMessage, this._logStartOffset, info.recordErrors.slice());
      return this.fail(info.errorCode, info.errorMessage);
    }
    if (info.duplicate) {
      return appendOk(info.duplicateFirstOffset, info.duplicateLastOffset, -1, 0, this._logStartOffset);
    }
    const logAppendTime = this.config.messageTimestampType === 'LogAppendTime';
    const firstOffset = this.local.logEndOffset;
    const lastOffset = firstOffset + info.offsetCount - 1;
    const recordCount = info.recordCount;
    try {
      if (info.needsRecompression) records = recompressBatches(records, this.config.compressionType);
      assignOffsets(records, firstOffset, leaderEpoch, logAppendTime ? now : -1);
    } catch (err) {
      return this.fail(ErrorCode.KAFKA_STORAGE_ERROR, (err as Error).message);
    }
    const failed = this.write(records, records.length, lastOffset, logAppendTime ? now : info.maxTimestamp, recordCount, now);
    if (failed !== null) return this.fail(ErrorCode.KAFKA_STORAGE_ERROR, failed);
    this.noteWritten(records, records.length, info.hasProducer);
    return appendOk(firstOffset, lastOffset, logAppendTime ? now : -1, recordCount, this._logStartOffset);
  }

  /**
   * Appends batches whose offsets the leader already assigned (replication).
   * Checks structure and CRC, requires the first offset >= logEndOffset
   * (gaps are allowed, as after compaction), and records leader epochs and
   * producer state without sequence checks.
   */
  appendAsFollower(records: Buffer): LogAppendResult {
    if (this.local.isClosed) return this.fail(ErrorCode.KAFKA_STORAGE_ERROR, 'log is closed');
    const end = records.length;
    if (end === 0) return this.fail(ErrorCode.NONE, null);
    const info = analyzeFollowerBatches(records, this.local.logEndOffset, this.config.maxMessageBytes, this.appendInfo);
    if (info.errorCode !== ErrorCode.NONE) return this.fail(info.errorCode, info.errorMessage);
    const firstOffset = readInt64(records, 0);
    const nextOffset = info.nextOffset;
    const recordCount = info.recordCount;
    const failed = this.write(records, end, nextOffset - 1, info.maxTimestamp, recordCount, Date.now());
    if (failed !== null) return this.fail(ErrorCode.KAFKA_STORAGE_ERROR, failed);
    this.noteWritten(records, end, info.hasProducer);
    return appendOk(firstOffset, nextOffset - 1, -1, recordCount, this._logStartOffset);
  }

  /**
   * Writes validated batches (offsets assigned) to the local log and fsyncs
   * when flush.messages is reached. On a storage error (write, roll or that
   * fsync) nothing of them stays in the log — records written but not
   * durable as the topic asks are cut off again — and the error's message
   * is returned; null on success.
   */
  private write(records: Buffer, end: number, lastOffset: number, maxTimestamp: number, recordCount: number, now: number): string | null {
    const sync = this.unflushedMessages + recordCount >= this.config.flushMessages;
    const segments = this.local.segmentCount;
    const firstOffset = this.local.logEndOffset;
    try {
      this.local.append(records, 0, end, lastOffset, maxTimestamp, now, sync);
      // A roll before these batches: snapshot the producer state as of the new segment's base (not yet updated by them),
      // without fsync (its fsync stalled the produce): a snapshot lost to a crash only means a longer replay at load.
      if (this.local.segmentCount !== segments) this.txn.snapshot(firstOffset, false);
    } catch (err) {
      const message = (err as Error).message;
      this.logger.warn(`${this.topic}-${this.partition}: append at offset ${this.local.logEndOffset} failed: ${message}`);
      // After this append has answered: the hook may close this log.
      if (this.onStorageError !== undefined) queueMicrotask(() => this.onStorageError!(message));
      return message;
    }
    if (!sync) this.unflushedMessages += recordCount;
    else {
      this.unflushedMessages = 0;
      this.lastFlushTime = now;
    }
    return null;
  }

  /**
   * After a write: a batch with a newer leader epoch starts that epoch in the
   * cache (its checkpoint written, not fsynced: leader-epoch-cache.ts; a
   * failure is only logged: the cache in memory is right and the data is
   * written; fsynced at once only when a flush of this append already moved
   * the recovery point past it), and producer batches go into the
   * producer state (transaction markers: the aborted-transaction index).
   */
  private noteWritten(records: Buffer, end: number, hasProducer: boolean): void {
    let failed = this.leaderEpochCache.assignFromBatches(records, end);
    const epochs = this.leaderEpochCache;
    if (failed === null && epochs.needsSync && this.local.recoveryPoint > epochs.latestStartOffset()) {
      try {
        epochs.sync();
      } catch (err) {
        failed = (err as Error).message;
      }
    }
    if (failed !== null) this.logger.warn(`${this.topic}-${this.partition}: cannot write the leader epoch checkpoint: ${failed}`);
    if (hasProducer) this.txn.afterWrite(records, end);
  }

  /**
   * Whole batches from the one holding `fetchOffset`: as many as fit in
   * `maxBytes` whose last offset is < `maxOffsetExclusive`; if none fits and
   * `minOneBatch`, the first batch alone (Kafka's at-least-one-batch rule).
   * Reads one segment per call, asynchronously; when `maxOffsetExclusive` is
   * the high watermark the read stops at its file position. fetchOffset
   * outside [logStartOffset, logEndOffset] → OFFSET_OUT_OF_RANGE; ==
   * logEndOffset → empty, no error; a failing read → KAFKA_STORAGE_ERROR.
   * Truncation, retention or compaction while the read is in flight makes it
   * start over with the new offsets (a few times, then it answers empty).
   */
  async read(fetchOffset: number, maxBytes: number, maxOffsetExclusive: number, minOneBatch: boolean): Promise<LogReadResult> {
    for (let attempt = 0; ; attempt++) {
      const hw = this._highWatermark;
      const leo = this.local.logEndOffset;
      const start = this._logStartOffset;
      const stable = this.txn.lastStableOffset(hw, start);
      const closed = this.local.isClosed;
      if (fetchOffset < start || fetchOffset > leo || closed) {
        return readResult(closed ? ErrorCode.KAFKA_STORAGE_ERROR : ErrorCode.OFFSET_OUT_OF_RANGE, EMPTY, hw, stable, start, leo);
      }
      let records: Buffer | null;
      try {
        records = await this.local.read(
          fetchOffset,
          maxBytes,
          maxOffsetExclusive,
          maxOffsetExclusive === hw ? this.hwMeta : null,
          minOneBatch,
        );
      } catch (err) {
        this.logger.warn(`${this.topic}-${this.partition}: read at ${fetchOffset} failed: ${(err as Error).message}`);
        return readResult(ErrorCode.KAFKA_STORAGE_ERROR, EMPTY, hw, stable, start, leo);
      }
      if (records !== null || attempt >= MAX_READ_ATTEMPTS) return readResult(ErrorCode.NONE, records ?? EMPTY, hw, stable, start, leo);
    }
  }

  /**
   * The first record with timestamp >= `timestamp` at or after the log start
   * offset (ListOffsets by time), or null when no record is that late.
   */
  offsetForTimestamp(timestamp: number): { offset: number; timestamp: number } | null {
    return findOffsetByTimestamp(this.local.allSegments, timestamp, this._logStartOffset);
  }

  /** The largest batch timestamp in the log and the last offset of its batch, or null (ListOffsets MAX_TIMESTAMP). */
  maxTimestampAndOffset(): { offset: number; timestamp: number } | null {
    return findMaxTimestamp(this.local.allSegments);
  }

  /** Kafka's OffsetForLeaderEpoch answer for `epoch` ((-1, -1) when unknown). */
  endOffsetForLeaderEpoch(epoch: number): { leaderEpoch: number; endOffset: number } {
    const r: EpochEntry = this.leaderEpochCache.endOffsetFor(epoch, this.local.logEndOffset);
    return { leaderEpoch: r.epoch, endOffset: r.startOffset };
  }

  /** Latest leader epoch written to this log, -1 if none. */
  latestEpoch(): number {
    return this.leaderEpochCache.latestEpoch();
  }

  /**
   * DeleteRecords: moves the log start offset up to `offset` (-1 means the
   * high watermark) and deletes segments wholly below it. Throws LogError
   * OFFSET_OUT_OF_RANGE when `offset` is above the high watermark. Returns
   * the new log start offset.
   */
  deleteRecordsBefore(offset: number): number {
    const target = offset === -1 ? this._highWatermark : offset;
    if (target < 0 || target > this._highWatermark) {
      throw new LogError(ErrorCode.OFFSET_OUT_OF_RANGE, `offset ${offset} is above the high watermark ${this._highWatermark}`);
    }
    if (target > this._logStartOffset) {
      this._logStartOffset = target;
      this.leaderEpochCache.truncateFromStart(target);
      this.deleteSegments(this.deletable('logStartOffset', 0));
      this.txn.onLogStartMoved(target);
    }
    return this._logStartOffset;
  }

  /** Deletes segments by log start offset, retention.ms and retention.bytes; returns how many. */
  applyRetention(now: number): number {
    let n = 0;
    for (const rule of ['logStartOffset', 'time', 'size'] as const) n += this.deleteSegments(this.deletable(rule, now));
    return n;
  }

  private deletable(rule: 'logStartOffset' | 'time' | 'size', now: number): number {
    const l = this.local;
    return deletableSegmentCount(rule, l.allSegments, l.logEndOffset, this._highWatermark, this._logStartOffset, this.config, now);
  }

  private deleteSegments(count: number): number {
    if (count <= 0) return 0;
    const newStart = this.local.deleteOldestSegments(count);
    if (newStart > this._logStartOffset) {
      this._logStartOffset = newStart;
      if (this._highWatermark < newStart) this.moveHighWatermark(newStart);
      this.leaderEpochCache.truncateFromStart(newStart);
    }
    this.txn.onLogStartMoved(this._logStartOffset);
    this.logger.info(`${this.topic}-${this.partition}: deleted ${count} segment(s); log start offset ${this._logStartOffset}`);
    return count;
  }

  /**
   * Removes every batch whose last offset is >= `offset` (replication:
   * follower truncation). Whole batches only. A no-op when offset >= LEO.
   */
  truncateTo(offset: number): void {
    if (offset < 0) throw new RangeError(`cannot truncate to ${offset}`);
    if (offset >= this.local.logEndOffset) return;
    if (offset < this.local.allSegments[0]!.baseOffset) {
      this.truncateFullyAndStartAt(offset);
      return;
    }
    const leo = this.local.truncateTo(offset);
    if (this._logStartOffset > leo) this._logStartOffset = leo;
    if (this._highWatermark > leo) this.moveHighWatermark(leo);
    this.leaderEpochCache.truncateFromEnd(leo);
    this.txn.afterTruncation(this._logStartOffset, leo);
  }

  /** Deletes everything and restarts the log empty at `offset` (start, end and high watermark). */
  truncateFullyAndStartAt(offset: number): void {
    this.local.truncateFullyAndStartAt(offset);
    this._logStartOffset = offset;
    this.moveHighWatermark(offset);
    this.leaderEpochCache.clear();
    this.txn.clear();
  }

  /** fsyncs every segment from the recovery point on; the recovery point becomes the log end offset. */
  flush(now = Date.now()): void {
    if (this.local.isClosed) return;
    this.local.flush();
    this.unflushedMessages = 0;
    this.lastFlushTime = now;
  }

  /** Flushes when flush.ms has passed since the last flush and there is something to flush. */
  flushIfDue(now: number): void {
    if (this.config.flushMs < MAX && this.unflushedMessages > 0 && now - this.lastFlushTime >= this.config.flushMs) this.flush(now);
  }

  /** Closes every file (writes final time index entries and a producer snapshot at the log end). */
  close(): void {
    if (this.local.isClosed) return;
    this.txn.snapshot(this.local.logEndOffset);
    try {
      this.leaderEpochCache.sync();
    } catch (err) {
      // Loading repairs it from the batches (an unclean shutdown then).
      this.logger.warn(`${this.topic}-${this.partition}: cannot write the leader epoch checkpoint: ${(err as Error).message}`);
    }
    this.local.close();
  }
}
