/**
 * The log of one topic partition: an ordered list of segments (the last one
 * active), the log start offset, log end offset, high watermark, recovery
 * point, idempotent-producer state and leader epoch cache.
 *
 * Offsets: logStartOffset is the first readable offset (inclusive);
 * logEndOffset is the next offset to assign (exclusive end); highWatermark
 * (exclusive) bounds what consumers may read. Invariant:
 * logStartOffset <= highWatermark <= logEndOffset.
 *
 * Hot paths: appendAsLeader and read do no per-record work and create no
 * per-record objects; they walk the 61-byte batch headers only, write and
 * read with synchronous fs calls at explicit positions, and pass the batch
 * bytes through unchanged (apart from the in-place offset/epoch assignment).
 *
 * Not safe for concurrent callers: every method is synchronous and runs to
 * completion on the one JS thread; callers never interleave.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ErrorCode } from '../../protocol/generated/errors.js';
import {
  BATCH_LENGTH_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  PARTITION_LEADER_EPOCH_OFFSET,
  batchBaseSequence,
  batchMaxTimestamp,
  batchPartitionLeaderEpoch,
  batchProducerEpoch,
  batchProducerId,
  lastSequenceOf,
  readInt64,
  setLogAppendTime,
  writeInt64,
} from '../../protocol/record-batch.js';
import type { LogConfig } from './log-config.js';
import { LogSegment } from './segment.js';
import type { ProducerStateManager, ProducerStateView } from './producer-state.js';
import { analyzeLeaderBatches, analyzeFollowerBatches, recompressBatches, newAppendInfo, type AppendInfo } from './append-validator.js';
import type { LeaderEpochCache, EpochEntry } from './leader-epoch-cache.js';
import { loadLog, floorSegmentIndex, rebuildFromBatches, PRODUCER_STATE_CHECKPOINT, type LogLogger } from './log-loader.js';
import { writeFileAtomic } from './checkpoints.js';
import { deletableSegmentCount } from './retention.js';
import { shouldRoll } from './roll-policy.js';
import { findOffsetByTimestamp, findMaxTimestamp } from './timestamp-lookup.js';

export { shouldRoll } from './roll-policy.js';

/** Result of an append (Kafka's LogAppendInfo, reduced to what Produce answers). */
export interface LogAppendResult {
  errorCode: number;
  baseOffset: number;
  lastOffset: number;
  /** -1 unless the topic uses LogAppendTime. */
  logAppendTime: number;
  logStartOffset: number;
  recordCount: number;
  errorMessage?: string | null;
}

/** Result of a read (Kafka's FetchDataInfo plus the offsets a Fetch answer carries). */
export interface LogReadResult {
  errorCode: number;
  /** Whole batches, possibly length 0. */
  records: Buffer;
  highWatermark: number;
  logStartOffset: number;
  logEndOffset: number;
}

/** An error a log operation reports as a Kafka error code. */
export class LogError extends Error {
  constructor(
    readonly errorCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'LogError';
  }
}

/** Options of PartitionLog.open. */
export interface PartitionLogOptions {
  /** The partition dir `<logDir>/<topic>-<partition>`. */
  dir: string;
  topic: string;
  partition: number;
  config: LogConfig;
  /** True after an unclean shutdown: scan from the recovery point. */
  needsRecovery: boolean;
  recoveryPoint?: number;
  logStartOffset?: number;
  highWatermark?: number;
  logger?: LogLogger;
}

const EMPTY = Buffer.alloc(0);
const MAX = Number.MAX_SAFE_INTEGER;
const consoleLogger: LogLogger = { info: (m) => console.info(m), warn: (m) => console.warn(m) };

/** The log of one topic partition. */
export class PartitionLog {
  readonly topic: string;
  readonly partition: number;
  readonly dir: string;
  config: LogConfig;
  /** Offsets below this are fsynced (persisted in recovery-point-offset-checkpoint). */
  recoveryPoint: number;
  readonly leaderEpochCache: LeaderEpochCache;
  private segments: LogSegment[];
  private nextOffset: number;
  private _logStartOffset: number;
  private _highWatermark: number;
  private totalSize = 0;
  private readonly producerState: ProducerStateManager;
  private readonly appendInfo: AppendInfo = newAppendInfo();
  private readonly logger: LogLogger;
  private rollJitterMs: number;
  private unflushedMessages = 0;
  private lastFlushTime = Date.now();
  private closed = false;
  /** Where the previous read ended: a sequential consumer's next fetch skips the offset lookup. */
  private cacheOffset = -1;
  private cachePosition = -1;
  private cacheSegment: LogSegment | null = null;

  private constructor(opts: PartitionLogOptions) {
    this.topic = opts.topic;
    this.partition = opts.partition;
    this.dir = opts.dir;
    this.config = opts.config;
    this.logger = opts.logger ?? consoleLogger;
    this.rollJitterMs = opts.config.segmentJitterMs > 0 ? Math.floor(Math.random() * opts.config.segmentJitterMs) : 0;
    const loaded = loadLog({
      dir: opts.dir,
      name: `${opts.topic}-${opts.partition}`,
      config: opts.config,
      needsRecovery: opts.needsRecovery,
      recoveryPoint: opts.recoveryPoint,
      logStartOffset: opts.logStartOffset,
      highWatermark: opts.highWatermark,
      logger: this.logger,
      now: Date.now(),
    });
    this.segments = loaded.segments;
    this.nextOffset = loaded.nextOffset;
    this._logStartOffset = loaded.logStartOffset;
    this._highWatermark = loaded.highWatermark;
    this.recoveryPoint = loaded.recoveryPoint;
    this.leaderEpochCache = loaded.leaderEpochCache;
    this.producerState = loaded.producerState;
    for (const s of this.segments) this.totalSize += s.size;
  }

  /** Opens (creating if needed, recovering if asked) the log in `opts.dir`. */
  static open(opts: PartitionLogOptions): PartitionLog {
    return new PartitionLog(opts);
  }

  /** First readable offset (inclusive). */
  get logStartOffset(): number {
    return this._logStartOffset;
  }
  /** Next offset to be assigned (exclusive end of the log). */
  get logEndOffset(): number {
    return this.nextOffset;
  }
  /** Exclusive bound of what consumers may read. */
  get highWatermark(): number {
    return this._highWatermark;
  }
  /** Total bytes of all segments. */
  get size(): number {
    return this.totalSize;
  }
  /** Number of segments (the last one active). */
  get segmentCount(): number {
    return this.segments.length;
  }
  /** Base offsets of the segments, oldest first. */
  segmentBaseOffsets(): number[] {
    return this.segments.map((s) => s.baseOffset);
  }

  /** The segments, oldest first, the last one active (read-only use: the log cleaner). */
  get allSegments(): readonly LogSegment[] {
    return this.segments;
  }

  /**
   * Log cleaner: swaps the consecutive inactive segments `old` for the one
   * `install()` puts on disk in their place (same base offset as old[0];
   * install does the file renames). Returns false and changes nothing when
   * `old` are no longer consecutive inactive segments of this open log
   * (retention or a truncation got there first).
   */
  replaceSegments(old: readonly LogSegment[], install: () => LogSegment): boolean {
    const i = this.closed || old.length === 0 ? -1 : this.segments.indexOf(old[0]!);
    if (i < 0 || i + old.length >= this.segments.length) return false;
    for (let k = 0; k < old.length; k++) if (this.segments[i + k] !== old[k]) return false;
    const seg = install();
    for (const s of old) this.totalSize -= s.size;
    this.segments.splice(i, old.length, seg);
    this.totalSize += seg.size;
    this.resetReadCache();
    return true;
  }

  /** Sets the high watermark, clamped to [logStartOffset, logEndOffset]. */
  setHighWatermark(offset: number): void {
    this._highWatermark = Math.min(Math.max(offset, this._logStartOffset), this.nextOffset);
  }

  /** Replaces the config (index interval applies at once; segment sizes on the next roll). */
  updateConfig(config: LogConfig): void {
    this.config = config;
    this.rollJitterMs = config.segmentJitterMs > 0 ? Math.floor(Math.random() * config.segmentJitterMs) : 0;
    for (const s of this.segments) s.setIndexIntervalBytes(config.indexIntervalBytes);
  }

  private fail(errorCode: number, errorMessage: string | null): LogAppendResult {
    return {
      errorCode,
      baseOffset: -1,
      lastOffset: -1,
      logAppendTime: -1,
      logStartOffset: this._logStartOffset,
      recordCount: 0,
      errorMessage,
    };
  }

  /**
   * Validates, assigns offsets to and appends the batches in `records` as
   * the leader (see the header of record-batch.ts for what is checked).
   * Offsets and `leaderEpoch` are written into `records` in place; with
   * LogAppendTime the maxTimestamp and CRC are rewritten too. A retried
   * idempotent batch is not appended again and answers its original offsets.
   * `origin` 'coordinator' allows control batches (transaction markers).
   */
  appendAsLeader(records: Buffer, leaderEpoch: number, now: number, origin: 'client' | 'coordinator' = 'client'): LogAppendResult {
    if (this.closed) return this.fail(ErrorCode.KAFKA_STORAGE_ERROR, 'log is closed');
    if (records.length === 0) return this.fail(ErrorCode.NONE, null);
    const info = analyzeLeaderBatches(records, this.config, this.producerState, now, origin, this.appendInfo);
    if (info.errorCode !== ErrorCode.NONE) return this.fail(info.errorCode, info.errorMessage);
    if (info.duplicate) {
      return {
        errorCode: ErrorCode.NONE,
        baseOffset: info.duplicateFirstOffset,
        lastOffset: info.duplicateLastOffset,
        logAppendTime: -1,
        logStartOffset: this._logStartOffset,
        recordCount: 0,
        errorMessage: null,
      };
    }
    const logAppendTime = this.config.messageTimestampType === 'LogAppendTime';
    const firstOffset = this.nextOffset;
    const lastOffset = firstOffset + info.offsetCount - 1;
    const recordCount = info.recordCount;
    try {
      if (info.needsRecompression) records = recompressBatches(records, this.config.compressionType);
      const end = records.length;
      const seg = this.maybeRoll(end, logAppendTime ? now : info.maxTimestamp, lastOffset, now);
      let off = firstOffset;
      for (let pos = 0; pos < end; pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET)) {
        writeInt64(records, pos, off);
        records.writeInt32BE(leaderEpoch, pos + PARTITION_LEADER_EPOCH_OFFSET);
        if (logAppendTime) setLogAppendTime(records, pos, now);
        off += records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET) + 1;
      }
      seg.append(records, 0, end);
      this.totalSize += end;
    } catch (err) {
      this.logger.warn(`${this.topic}-${this.partition}: append failed: ${(err as Error).message}`);
      return this.fail(ErrorCode.KAFKA_STORAGE_ERROR, (err as Error).message);
    }
    this.nextOffset = lastOffset + 1;
    if (leaderEpoch > this.leaderEpochCache.latestEpoch()) this.leaderEpochCache.assign(leaderEpoch, firstOffset);
    if (info.hasProducer) this.updateProducerState(records, 0, records.length);
    this.afterAppend(recordCount, now);
    return {
      errorCode: ErrorCode.NONE,
      baseOffset: firstOffset,
      lastOffset,
      logAppendTime: logAppendTime ? now : -1,
      logStartOffset: this._logStartOffset,
      recordCount,
      errorMessage: null,
    };
  }

  /**
   * Appends batches whose offsets the leader already assigned (replication).
   * Checks structure and CRC, requires the first offset >= logEndOffset
   * (gaps are allowed, as after compaction), and records leader epochs and
   * producer state without sequence checks.
   */
  appendAsFollower(records: Buffer): LogAppendResult {
    if (this.closed) return this.fail(ErrorCode.KAFKA_STORAGE_ERROR, 'log is closed');
    const end = records.length;
    if (end === 0) return this.fail(ErrorCode.NONE, null);
    const info = analyzeFollowerBatches(records, this.nextOffset, this.config.maxMessageBytes, this.appendInfo);
    if (info.errorCode !== ErrorCode.NONE) return this.fail(info.errorCode, info.errorMessage);
    const firstOffset = readInt64(records, 0);
    const nextOffset = info.nextOffset;
    const recordCount = info.recordCount;
    const now = Date.now();
    try {
      this.maybeRoll(end, info.maxTimestamp, nextOffset - 1, now).append(records, 0, end);
    } catch (err) {
      return this.fail(ErrorCode.KAFKA_STORAGE_ERROR, (err as Error).message);
    }
    this.nextOffset = nextOffset;
    this.totalSize += end;
    for (let pos = 0; pos < end; pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET)) {
      const epoch = batchPartitionLeaderEpoch(records, pos);
      if (epoch > this.leaderEpochCache.latestEpoch()) this.leaderEpochCache.assign(epoch, readInt64(records, pos));
    }
    if (info.hasProducer) this.updateProducerState(records, 0, end);
    this.afterAppend(recordCount, now);
    return {
      errorCode: ErrorCode.NONE,
      baseOffset: firstOffset,
      lastOffset: nextOffset - 1,
      logAppendTime: -1,
      logStartOffset: this._logStartOffset,
      recordCount,
      errorMessage: null,
    };
  }

  private updateProducerState(records: Buffer, start: number, end: number): void {
    for (let pos = start; pos < end; pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET)) {
      const pid = batchProducerId(records, pos);
      if (pid < 0) continue;
      const base = readInt64(records, pos);
      const delta = records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
      const firstSeq = batchBaseSequence(records, pos);
      this.producerState.update(
        pid,
        batchProducerEpoch(records, pos),
        firstSeq,
        lastSequenceOf(firstSeq, delta),
        base,
        base + delta,
        batchMaxTimestamp(records, pos),
      );
    }
  }

  private afterAppend(recordCount: number, now: number): void {
    this.unflushedMessages += recordCount;
    if (this.unflushedMessages >= this.config.flushMessages) this.flush(now);
  }

  private maybeRoll(messagesSize: number, maxTimestamp: number, maxOffset: number, now: number): LogSegment {
    const active = this.segments[this.segments.length - 1]!;
    if (!shouldRoll(active, this.config, this.rollJitterMs, messagesSize, maxTimestamp, maxOffset, now)) return active;
    return this.roll(this.nextOffset);
  }

  /**
   * Starts a new active segment at `baseOffset` (default: the log end
   * offset). The old one gets its final time index entry and is fsynced, and
   * the recovery point moves to the new segment's base.
   */
  roll(baseOffset = this.nextOffset): LogSegment {
    const active = this.segments[this.segments.length - 1]!;
    if (active.size === 0 && active.baseOffset === baseOffset) return active;
    active.onBecomeInactive();
    active.flush();
    const seg = LogSegment.open(this.dir, baseOffset, this.config, true);
    this.segments.push(seg);
    if (this.recoveryPoint < baseOffset && this.recoveryPoint >= active.baseOffset) this.recoveryPoint = baseOffset;
    return seg;
  }

  /**
   * Whole batches from the one holding `fetchOffset`: as many as fit in
   * `maxBytes` whose last offset is < `maxOffsetExclusive`; if none fits and
   * `minOneBatch`, the first batch alone (Kafka's at-least-one-batch rule).
   * Reads one segment per call. fetchOffset outside [logStartOffset,
   * logEndOffset] → OFFSET_OUT_OF_RANGE; == logEndOffset → empty, no error.
   */
  read(fetchOffset: number, maxBytes: number, maxOffsetExclusive: number, minOneBatch: boolean): LogReadResult {
    const hw = this._highWatermark;
    const leo = this.nextOffset;
    const lso = this._logStartOffset;
    if (fetchOffset < lso || fetchOffset > leo || this.closed) {
      return {
        errorCode: this.closed ? ErrorCode.KAFKA_STORAGE_ERROR : ErrorCode.OFFSET_OUT_OF_RANGE,
        records: EMPTY,
        highWatermark: hw,
        logStartOffset: lso,
        logEndOffset: leo,
      };
    }
    let records: Buffer = EMPTY;
    if (fetchOffset < leo && fetchOffset < maxOffsetExclusive) {
      let i = floorSegmentIndex(this.segments, fetchOffset);
      for (; i < this.segments.length; i++) {
        const seg = this.segments[i]!;
        let pos: number;
        if (seg === this.cacheSegment && fetchOffset === this.cacheOffset) pos = this.cachePosition;
        else pos = seg.translateOffset(fetchOffset);
        if (pos < 0 || pos >= seg.size) continue;
        records = seg.read(pos, maxBytes, maxOffsetExclusive, minOneBatch);
        if (records.length > 0) {
          this.cacheSegment = seg;
          this.cachePosition = pos + records.length;
          this.cacheOffset = lastOffsetOf(records) + 1;
        }
        break;
      }
    }
    return { errorCode: ErrorCode.NONE, records, highWatermark: hw, logStartOffset: lso, logEndOffset: leo };
  }

  private resetReadCache(): void {
    this.cacheSegment = null;
    this.cacheOffset = -1;
    this.cachePosition = -1;
  }

  /**
   * The first record with timestamp >= `timestamp` at or after the log start
   * offset (ListOffsets by time), or null when no record is that late.
   */
  offsetForTimestamp(timestamp: number): { offset: number; timestamp: number } | null {
    return findOffsetByTimestamp(this.segments, timestamp, this._logStartOffset);
  }

  /** The largest batch timestamp in the log and the last offset of its batch, or null (ListOffsets MAX_TIMESTAMP). */
  maxTimestampAndOffset(): { offset: number; timestamp: number } | null {
    return findMaxTimestamp(this.segments);
  }

  /** Kafka's OffsetForLeaderEpoch answer for `epoch` ((-1, -1) when unknown). */
  endOffsetForLeaderEpoch(epoch: number): { leaderEpoch: number; endOffset: number } {
    const r: EpochEntry = this.leaderEpochCache.endOffsetFor(epoch, this.nextOffset);
    return { leaderEpoch: r.epoch, endOffset: r.startOffset };
  }

  /** Latest leader epoch written to this log, -1 if none. */
  latestEpoch(): number {
    return this.leaderEpochCache.latestEpoch();
  }

  /** Idempotent-producer state (for tests and DescribeProducers). */
  producerStates(): ProducerStateView[] {
    return this.producerState.view();
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
      this.deleteSegments(
        deletableSegmentCount('logStartOffset', this.segments, this.nextOffset, this._highWatermark, target, this.config, 0),
      );
    }
    return this._logStartOffset;
  }

  /** Deletes segments by log start offset, retention.ms and retention.bytes; returns how many. */
  applyRetention(now: number): number {
    let n = 0;
    for (const rule of ['logStartOffset', 'time', 'size'] as const) {
      n += this.deleteSegments(
        deletableSegmentCount(rule, this.segments, this.nextOffset, this._highWatermark, this._logStartOffset, this.config, now),
      );
    }
    return n;
  }

  private deleteSegments(count: number): number {
    if (count <= 0) return 0;
    if (count >= this.segments.length) this.roll(this.nextOffset);
    const doomed = this.segments.splice(0, count);
    for (const s of doomed) {
      this.totalSize -= s.size;
      s.deleteFiles();
    }
    const newStart = this.segments[0]!.baseOffset;
    if (newStart > this._logStartOffset) {
      this._logStartOffset = newStart;
      if (this._highWatermark < newStart) this._highWatermark = newStart;
      this.leaderEpochCache.truncateFromStart(newStart);
    }
    this.producerState.removeBefore(this._logStartOffset);
    this.resetReadCache();
    this.logger.info(`${this.topic}-${this.partition}: deleted ${count} segment(s); log start offset ${this._logStartOffset}`);
    return count;
  }

  /**
   * Removes every batch whose last offset is >= `offset` (replication:
   * follower truncation). Whole batches only. A no-op when offset >= LEO.
   */
  truncateTo(offset: number): void {
    if (offset < 0) throw new RangeError(`cannot truncate to ${offset}`);
    if (offset >= this.nextOffset) return;
    if (offset < this.segments[0]!.baseOffset) {
      this.truncateFullyAndStartAt(offset);
      return;
    }
    while (this.segments.length > 1 && this.segments[this.segments.length - 1]!.baseOffset > offset) {
      const s = this.segments.pop()!;
      this.totalSize -= s.size;
      s.deleteFiles();
    }
    const last = this.segments[this.segments.length - 1]!;
    this.totalSize -= last.truncateTo(offset);
    this.nextOffset = last.readNextOffset();
    if (this._logStartOffset > this.nextOffset) this._logStartOffset = this.nextOffset;
    if (this._highWatermark > this.nextOffset) this._highWatermark = this.nextOffset;
    if (this.recoveryPoint > this.nextOffset) this.recoveryPoint = this.nextOffset;
    this.leaderEpochCache.truncateFromEnd(this.nextOffset);
    rebuildFromBatches(this.segments, this._logStartOffset, this.producerState, null);
    this.resetReadCache();
  }

  /** Deletes everything and restarts the log empty at `offset` (start, end and high watermark). */
  truncateFullyAndStartAt(offset: number): void {
    for (const s of this.segments) s.deleteFiles();
    this.segments = [LogSegment.open(this.dir, offset, this.config, true)];
    this.totalSize = 0;
    this.nextOffset = offset;
    this._logStartOffset = offset;
    this._highWatermark = offset;
    this.recoveryPoint = offset;
    this.leaderEpochCache.clear();
    this.producerState.clear();
    this.resetReadCache();
  }

  /** fsyncs every segment from the recovery point on; the recovery point becomes the log end offset. */
  flush(now = Date.now()): void {
    if (this.closed) return;
    for (let i = floorSegmentIndex(this.segments, this.recoveryPoint); i < this.segments.length; i++) this.segments[i]!.flush();
    this.recoveryPoint = this.nextOffset;
    this.unflushedMessages = 0;
    this.lastFlushTime = now;
  }

  /** Flushes when flush.ms has passed since the last flush and there is something to flush. */
  flushIfDue(now: number): void {
    if (this.config.flushMs < MAX && this.unflushedMessages > 0 && now - this.lastFlushTime >= this.config.flushMs) this.flush(now);
  }

  /** Closes every file (writes final time index entries and the producer-state checkpoint). */
  close(): void {
    if (this.closed) return;
    try {
      writeFileAtomic(path.join(this.dir, PRODUCER_STATE_CHECKPOINT), this.producerState.toCheckpoint(this.nextOffset));
    } catch (err) {
      this.logger.warn(`${this.topic}-${this.partition}: cannot write producer state: ${(err as Error).message}`);
    }
    for (const s of this.segments) s.close();
    this.closed = true;
  }

  /** Closes the log and removes its whole directory. */
  deleteFiles(): void {
    this.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Last offset of the last batch in a buffer of whole batches. */
function lastOffsetOf(records: Buffer): number {
  let pos = 0;
  let last = -1;
  while (pos < records.length) {
    last = readInt64(records, pos) + records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
    pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET);
  }
  return last;
}
