/**
 * A log segment: `<20-digit zero-padded base offset>.log` plus its `.index`
 * (offset-index.ts), `.timeindex` (time-index.ts) and, once a transaction
 * aborted in it, `.txnindex` (txn-index.ts).
 *
 * .log format: v2 record batches back to back, byte for byte as the leader
 * stored them (offsets and leader epoch assigned), nothing else: no header,
 * no padding. Invariants: batches are contiguous; offsets strictly increase
 * from batch to batch and are all >= the base offset; the last offset of the
 * segment minus the base fits in an int32 (relative offsets in the indexes).
 * Only the last (active) segment of a partition is appended to.
 *
 * The files live in a PartitionStore (partition-store.ts: the file engine,
 * or the memory engine for tests). Writes are synchronous positional writes:
 * the bytes are in the OS page cache when append returns, so they survive a
 * kill -9 (not a power loss; fsync happens on flush()). After a crash the segment is
 * scanned (recover()), a torn or corrupt tail is cut off and both indexes are
 * rebuilt.
 *
 * Not safe for concurrent callers: owned by one LocalLog, used from one
 * thread.
 */
import {
  LOG_OVERHEAD,
  BATCH_LENGTH_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  RECORD_BATCH_OVERHEAD,
  readInt64,
  batchMaxTimestamp,
} from '../../protocol/record-batch.js';
import { OffsetIndex } from './offset-index.js';
import { TimeIndex } from './time-index.js';
import { TxnIndex } from './txn-index.js';
import { BatchScanner, ScanStatus } from './batch-scanner.js';
import type { PartitionStore, StoreFile } from './partition-store.js';

/** `<20 digits>` + suffix, as Kafka names segment files. */
export function segmentFileName(baseOffset: number, suffix: '.log' | '.index' | '.timeindex' | '.txnindex' | string): string {
  return String(baseOffset).padStart(20, '0') + suffix;
}

/** Base offset encoded in a segment file name, or -1 if it is not one. */
export function parseSegmentBaseOffset(name: string): number {
  const m = /^(\d{20})\.(log|index|timeindex|txnindex)$/.exec(name);
  return m === null ? -1 : Number(m[1]);
}

/** Sizes a segment needs from the LogConfig. */
export interface SegmentConfig {
  segmentIndexBytes: number;
  indexIntervalBytes: number;
}

/** Outcome of scanning a segment after a crash. */
export interface SegmentRecoveryResult {
  /** Bytes cut from the end (0 when the segment was intact). */
  truncatedBytes: number;
  /** Why bytes were cut. */
  reason: string;
  /** One past the last offset of the segment after recovery (the base offset when empty). */
  nextOffset: number;
}

const EMPTY = Buffer.alloc(0);
const INT32_MAX = 0x7fffffff;
/** How far from the end of a segment a fetch reads bytes this process wrote synchronously (see readsSynchronouslyAt). */
const RECENT_TAIL_BYTES = 256 * 1024;

/** One segment: a .log of batches and its two sparse indexes. */
export class LogSegment {
  /** Bytes in the .log file. */
  size: number;
  /** Largest batch maxTimestamp seen, -1 if none. */
  maxTimestampSoFar = -1;
  /** Last offset of the batch that has maxTimestampSoFar. */
  offsetOfMaxTimestampSoFar = -1;
  /** maxTimestamp of the first batch (drives segment.ms), -1 if unknown or empty. */
  rollingBasedTimestamp = -1;
  /** When this object was created (segment.ms fallback when batches carry no timestamps). */
  readonly created: number;
  private bytesSinceLastIndexEntry = 0;
  private closed = false;
  /** Every byte from this file position on was written through this object (since it was opened, or below a truncation). */
  private writtenFrom: number;
  /** The aborted transactions whose ABORT marker is in this segment. */
  readonly txnIndex: TxnIndex;

  private constructor(
    readonly store: PartitionStore,
    readonly baseOffset: number,
    private indexIntervalBytes: number,
    readonly offsetIndex: OffsetIndex,
    readonly timeIndex: TimeIndex,
    private readonly file: StoreFile,
    size: number,
    now: number,
  ) {
    this.size = size;
    this.writtenFrom = size;
    this.created = now;
    this.txnIndex = new TxnIndex(store, segmentFileName(baseOffset, '.txnindex'));
  }

  /**
   * Opens the segment starting at `baseOffset` in `store`, creating empty
   * files when `create` (an existing .log is then an error). Indexes are
   * loaded as they are; the caller checks them with indexesNeedRebuild().
   */
  static open(store: PartitionStore, baseOffset: number, config: SegmentConfig, create: boolean, now = Date.now()): LogSegment {
    const file = store.open(segmentFileName(baseOffset, '.log'), create ? 'create' : 'open');
    const indexName = segmentFileName(baseOffset, '.index');
    const timeIndexName = segmentFileName(baseOffset, '.timeindex');
    let size: number;
    let oi: OffsetIndex;
    let ti: TimeIndex;
    try {
      size = file.size();
      if (create) {
        store.writeFile(indexName, EMPTY);
        store.writeFile(timeIndexName, EMPTY);
        // A new segment starts with no aborted transactions, whatever an older one at this base left.
        store.remove(segmentFileName(baseOffset, '.txnindex'));
      }
      oi = new OffsetIndex(store, indexName, baseOffset, config.segmentIndexBytes);
      ti = new TimeIndex(store, timeIndexName, baseOffset, config.segmentIndexBytes);
    } catch (err) {
      file.close();
      // A segment being created leaves nothing half-made behind (a retry creates it again).
      if (create) for (const name of [segmentFileName(baseOffset, '.log'), indexName, timeIndexName]) store.remove(name);
      throw err;
    }
    const seg = new LogSegment(store, baseOffset, config.indexIntervalBytes, oi, ti, file, size, now);
    if (ti.entries > 0) {
      seg.maxTimestampSoFar = ti.lastTimestamp;
      seg.offsetOfMaxTimestampSoFar = ti.lastOffset;
    }
    seg.bytesSinceLastIndexEntry = Math.max(0, size - oi.lastPosition);
    if (size >= RECORD_BATCH_OVERHEAD) {
      const head = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD);
      file.readSync(head, 0, RECORD_BATCH_OVERHEAD, 0);
      seg.rollingBasedTimestamp = batchMaxTimestamp(head, 0);
    }
    return seg;
  }

  /** Path of the .log file (for messages). */
  get logPath(): string {
    return `${this.store.path}/${segmentFileName(this.baseOffset, '.log')}`;
  }

  /** Updates index.interval.bytes after a config change. */
  setIndexIntervalBytes(n: number): void {
    this.indexIntervalBytes = n;
  }

  /** Whether `offset` can be stored relative to this segment's base (int32). */
  canConvertToRelativeOffset(offset: number): boolean {
    return offset - this.baseOffset <= INT32_MAX && offset >= this.baseOffset;
  }

  /** The segment's largest timestamp for retention: maxTimestampSoFar, else the file's mtime. */
  largestTimestamp(): number {
    if (this.maxTimestampSoFar >= 0) return this.maxTimestampSoFar;
    return this.file.mtimeMs();
  }

  /**
   * Appends `buf[start, end)`, which holds complete batches with offsets
   * already assigned, then adds index entries: one offset entry (the batch's
   * last offset → its position) and one time entry whenever more than
   * index.interval.bytes were written since the previous entry. Throws on a
   * storage error, with the segment as it was before the call.
   */
  append(buf: Buffer, start: number, end: number): void {
    const base = this.size;
    const len = end - start;
    let written = 0;
    // A failed write leaves `size` where it was: the next append overwrites whatever reached the file.
    while (written < len) written += this.file.writeSync(buf, start + written, len - written, base + written);
    this.size = base + len;
    try {
      this.indexBatches(buf, start, end, base);
    } catch (err) {
      // The batches are written but not indexed: take them back out, indexes and all.
      this.truncateTo(readInt64(buf, start));
      throw err;
    }
  }

  /** Index bookkeeping for the batches in `buf[start, end)` that start at file position `filePos`. */
  private indexBatches(buf: Buffer, start: number, end: number, filePos: number): void {
    let p = start;
    while (p < end) {
      const size = LOG_OVERHEAD + buf.readInt32BE(p + BATCH_LENGTH_OFFSET);
      const last = readInt64(buf, p) + buf.readInt32BE(p + LAST_OFFSET_DELTA_OFFSET);
      const maxTs = batchMaxTimestamp(buf, p);
      this.noteBatch(last, maxTs, filePos + (p - start), size);
      p += size;
    }
  }

  private noteBatch(lastOffset: number, maxTimestamp: number, position: number, size: number): void {
    if (position === 0) this.rollingBasedTimestamp = maxTimestamp;
    if (maxTimestamp > this.maxTimestampSoFar) {
      this.maxTimestampSoFar = maxTimestamp;
      this.offsetOfMaxTimestampSoFar = lastOffset;
    }
    if (this.bytesSinceLastIndexEntry > this.indexIntervalBytes) {
      if (!this.offsetIndex.isFull()) this.offsetIndex.append(lastOffset, position);
      if (this.maxTimestampSoFar >= 0) this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar);
      this.bytesSinceLastIndexEntry = 0;
    }
    this.bytesSinceLastIndexEntry += size;
  }

  /**
   * File position of the first batch whose last offset is >= `offset`
   * (the batch holding it, or the next one after a gap), or -1 if none.
   * Scans batch headers from the floor index entry (or `startingPosition`).
   */
  translateOffset(offset: number, startingPosition = 0): number {
    const start = Math.max(startingPosition, this.offsetIndex.lookupPosition(offset));
    const sc = new BatchScanner(this.file, start, this.size);
    try {
      while (sc.next() === ScanStatus.BATCH) if (sc.lastOffset >= offset) return sc.position;
      return -1;
    } finally {
      sc.close();
    }
  }

  /**
   * Reads `len` bytes at file `position` into `buf[0, len)` asynchronously
   * (the fetch path: segment-reader.ts); returns how many were there (fewer
   * only when the file is shorter).
   */
  async readFullyAsync(buf: Buffer, len: number, position: number): Promise<number> {
    let got = 0;
    while (got < len) {
      const r = await this.file.read(buf, got, len - got, position + got);
      if (r === 0) break;
      got += r;
    }
    return got;
  }

  /**
   * Whether a fetch reads from file `position` to the end synchronously
   * (readFullySync) instead of on the thread pool: when this process wrote
   * those bytes itself and they are among the last RECENT_TAIL_BYTES of the
   * segment. Such bytes are in the page cache (dirty, or just written back),
   * so the read is a memory copy of at most that many bytes, while the hop to
   * the thread pool and back costs two thread wake-ups, which on a loaded
   * machine take longer than the copy: the follower fetches and tailing
   * consumers of the acks=all path read exactly these bytes (issue 16,
   * bench/README.md). Bytes found on disk at open may be cold: those are
   * always read asynchronously. So are all reads of a store with storage
   * faults armed (the tests of reads in flight hold or delay them).
   */
  readsSynchronouslyAt(position: number): boolean {
    return position >= this.writtenFrom && this.size - position <= RECENT_TAIL_BYTES && !this.store.faults.isArmed;
  }

  /** As readFullyAsync, on the event loop's thread (for readsSynchronouslyAt positions). */
  readFullySync(buf: Buffer, len: number, position: number): number {
    let got = 0;
    while (got < len) {
      const r = this.file.readSync(buf, got, len - got, position + got);
      if (r === 0) break;
      got += r;
    }
    return got;
  }

  /** A scanner over this segment's batches from `position` (the caller closes it). */
  scanner(position = 0, validateCrc = false, chunkSize?: number): BatchScanner {
    return new BatchScanner(this.file, position, this.size, validateCrc, chunkSize);
  }

  /**
   * One past the last offset in the segment (the base offset when empty),
   * found by scanning from the last offset index entry.
   */
  readNextOffset(): number {
    const sc = this.scanner(this.offsetIndex.lastPosition);
    let next = this.baseOffset;
    try {
      while (sc.next() === ScanStatus.BATCH) next = sc.lastOffset + 1;
    } finally {
      sc.close();
    }
    return next;
  }

  /**
   * Whether the batch headers from the last offset index entry run exactly to
   * the end of the file; false when the tail is torn or not a batch at all.
   */
  hasCleanTail(): boolean {
    const sc = this.scanner(this.offsetIndex.lastPosition);
    try {
      let st: number;
      do st = sc.next();
      while (st === ScanStatus.BATCH);
      return st === ScanStatus.END;
    } finally {
      sc.close();
    }
  }

  /** Null when both indexes are consistent with the log, else why they must be rebuilt. */
  indexesNeedRebuild(): string | null {
    if (this.size > 0 && !this.offsetIndex.exists) return 'offset index is missing';
    if (this.size > 0 && !this.timeIndex.exists) return 'time index is missing';
    const oi = this.offsetIndex.sanityCheck(this.size);
    if (oi !== null) return `offset index: ${oi}`;
    const ti = this.timeIndex.sanityCheck(this.size === 0 ? this.baseOffset : Number.MAX_SAFE_INTEGER);
    if (ti !== null) return `time index: ${ti}`;
    return null;
  }

  /**
   * Scans the whole segment validating every batch (length, magic, CRC,
   * increasing offsets), rebuilds both indexes, and cuts the file at the
   * first invalid batch.
   */
  recover(): SegmentRecoveryResult {
    this.offsetIndex.reset();
    this.timeIndex.reset();
    this.maxTimestampSoFar = -1;
    this.offsetOfMaxTimestampSoFar = -1;
    this.rollingBasedTimestamp = -1;
    this.bytesSinceLastIndexEntry = 0;
    const sc = this.scanner(0, true, 1024 * 1024);
    let next = this.baseOffset;
    let valid = 0;
    let reason = '';
    try {
      for (;;) {
        const st = sc.next();
        if (st === ScanStatus.END) break;
        if (st !== ScanStatus.BATCH) {
          reason = sc.reason;
          break;
        }
        const base = sc.baseOffset;
        const last = sc.lastOffset;
        if (base < next || last < base || !this.canConvertToRelativeOffset(last)) {
          reason = `batch at position ${sc.position} has offsets ${base}..${last}, expected from ${next}`;
          break;
        }
        this.noteBatch(last, sc.maxTimestamp, sc.position, sc.size);
        next = last + 1;
        valid = sc.nextPosition;
      }
    } finally {
      sc.close();
    }
    const truncatedBytes = this.size - valid;
    if (truncatedBytes > 0) {
      this.file.truncate(valid);
      this.size = valid;
      this.writtenFrom = Math.min(this.writtenFrom, valid);
    }
    if (this.maxTimestampSoFar >= 0) this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
    return { truncatedBytes, reason, nextOffset: next };
  }

  /**
   * Removes every batch whose last offset is >= `offset` (whole batches:
   * a batch holding `offset` goes entirely). Returns the bytes removed.
   */
  truncateTo(offset: number): number {
    const pos = this.translateOffset(offset);
    if (pos < 0) return 0;
    const removed = this.size - pos;
    this.file.truncate(pos);
    this.size = pos;
    this.writtenFrom = Math.min(this.writtenFrom, pos);
    this.offsetIndex.truncateToPosition(pos);
    this.timeIndex.truncateTo(offset);
    this.txnIndex.truncateTo(offset);
    this.bytesSinceLastIndexEntry = Math.max(0, pos - this.offsetIndex.lastPosition);
    if (this.timeIndex.entries > 0) {
      this.maxTimestampSoFar = this.timeIndex.lastTimestamp;
      this.offsetOfMaxTimestampSoFar = this.timeIndex.lastOffset;
    } else {
      this.maxTimestampSoFar = -1;
      this.offsetOfMaxTimestampSoFar = -1;
      if (pos > 0) this.recover();
    }
    if (pos === 0) this.rollingBasedTimestamp = -1;
    return removed;
  }

  /** Called when a newer segment becomes active: writes the final time index entry, releases index fds. */
  onBecomeInactive(): void {
    if (this.maxTimestampSoFar >= 0) this.timeIndex.maybeAppend(this.maxTimestampSoFar, this.offsetOfMaxTimestampSoFar, true);
    this.offsetIndex.close();
    this.timeIndex.close();
    this.txnIndex.close();
  }

  /** fsyncs the .log and its indexes. */
  flush(): void {
    this.file.sync();
    this.offsetIndex.flush();
    this.timeIndex.flush();
    this.txnIndex.flush();
  }

  /**
   * fsyncs the .log off the event loop (an inactive segment: its index
   * files are closed, see onBecomeInactive, so there is nothing else to
   * flush; indexes are checked and rebuilt at load when they are not right).
   * The segment may be closed or deleted meanwhile: the descriptor stays
   * open until the fsync finishes.
   */
  flushAsync(): Promise<void> {
    this.offsetIndex.flush();
    this.timeIndex.flush();
    this.txnIndex.flush();
    return this.file.syncAsync();
  }

  /** Writes the final time index entry and closes every file. */
  close(): void {
    if (this.closed) return;
    this.onBecomeInactive();
    this.file.close();
    this.closed = true;
  }

  /** Closes and removes the .log and its indexes (a read in flight still finishes on the removed file). */
  deleteFiles(): void {
    if (!this.closed) {
      this.file.close();
      this.closed = true;
    }
    this.store.remove(segmentFileName(this.baseOffset, '.log'));
    this.offsetIndex.deleteFile();
    this.timeIndex.deleteFile();
    this.txnIndex.deleteFile();
  }
}
