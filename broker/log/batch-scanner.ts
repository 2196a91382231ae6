/**
 * Walks the batch headers of a .log file range (a StoreFile of either engine) with few syscalls: it reads
 * chunks into one reusable Buffer and exposes the current batch header as
 * (buf, off) for the record-batch accessors. Used for offset translation,
 * recovery, index rebuilds and producer-state rebuilds. No objects per batch.
 *
 * Not safe for concurrent callers; a scanner borrows a shared scratch chunk
 * (allocating its own if the shared one is in use) and must be close()d.
 */
import {
  RECORD_BATCH_OVERHEAD,
  LOG_OVERHEAD,
  MIN_BATCH_LENGTH,
  CURRENT_MAGIC,
  MAGIC_OFFSET,
  BATCH_LENGTH_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  readInt64,
  isBatchCrcValid,
  batchMaxTimestamp,
} from '../../protocol/record-batch.js';
import type { StoreFile } from './partition-store.js';

/** What next() found. */
export const ScanStatus = {
  /** A complete, well-formed batch is current. */
  BATCH: 0,
  /** The range ended exactly at a batch boundary. */
  END: 1,
  /** The range ends inside a batch (a torn write). */
  TORN: 2,
  /** The bytes at the current position are not a valid batch. */
  CORRUPT: 3,
} as const;

const DEFAULT_CHUNK = 16 * 1024;
let sharedChunk: Buffer | null = Buffer.allocUnsafe(DEFAULT_CHUNK);

/** Batch-by-batch reader of a .log byte range [start, end). */
export class BatchScanner {
  /** Buffer holding the current batch header (and the whole batch when it fit). */
  buf: Buffer;
  /** Where the current batch starts inside `buf`. */
  off = 0;
  /** File position of the current batch. */
  position = -1;
  /** Whole size of the current batch. */
  size = 0;
  /** Why the scan stopped with TORN or CORRUPT. */
  reason = '';
  private chunk: Buffer;
  private chunkStart = 0;
  private chunkLen = 0;
  private next_: number;
  private readonly shared: boolean;

  /** Scans `file` from `start` (a batch boundary) to `end` (exclusive). */
  constructor(
    private readonly file: StoreFile,
    start: number,
    private readonly end: number,
    private readonly validateCrc = false,
    chunkSize = DEFAULT_CHUNK,
  ) {
    if (chunkSize === DEFAULT_CHUNK && sharedChunk !== null) {
      this.chunk = sharedChunk;
      sharedChunk = null;
      this.shared = true;
    } else {
      this.chunk = Buffer.allocUnsafe(chunkSize);
      this.shared = false;
    }
    this.buf = this.chunk;
    this.next_ = start;
  }

  /** Returns the scratch chunk to the pool. */
  close(): void {
    if (this.shared) sharedChunk = this.chunk;
  }

  /** File position right after the current batch (where the next one starts). */
  get nextPosition(): number {
    return this.next_;
  }

  /** baseOffset of the current batch. */
  get baseOffset(): number {
    return readInt64(this.buf, this.off);
  }

  /** Last offset (inclusive) of the current batch. */
  get lastOffset(): number {
    return readInt64(this.buf, this.off) + this.buf.readInt32BE(this.off + LAST_OFFSET_DELTA_OFFSET);
  }

  /** maxTimestamp of the current batch. */
  get maxTimestamp(): number {
    return batchMaxTimestamp(this.buf, this.off);
  }

  /** Makes file bytes [pos, pos+n) available in the chunk; returns their offset in it, or -1 past the end. */
  private ensure(pos: number, n: number): number {
    if (pos + n > this.end) return -1;
    if (pos >= this.chunkStart && pos + n <= this.chunkStart + this.chunkLen) {
      this.buf = this.chunk;
      return pos - this.chunkStart;
    }
    if (n > this.chunk.length) {
      const big = Buffer.allocUnsafe(n);
      this.file.readSync(big, 0, n, pos);
      this.buf = big;
      return 0;
    }
    const want = Math.min(this.chunk.length, this.end - pos);
    let got = 0;
    while (got < want) {
      const r = this.file.readSync(this.chunk, got, want - got, pos + got);
      if (r === 0) break;
      got += r;
    }
    this.chunkStart = pos;
    this.chunkLen = got;
    this.buf = this.chunk;
    return got >= n ? 0 : -1;
  }

  /** Reads the whole current batch into a Buffer (a view when it is already in memory). */
  readBatch(): Buffer {
    const o = this.ensure(this.position, this.size);
    if (o < 0) throw new Error(`batch at position ${this.position} is no longer readable`);
    this.off = o;
    return this.buf.subarray(o, o + this.size);
  }

  /** Advances to the next batch; returns a ScanStatus. */
  next(): number {
    const pos = this.next_;
    if (pos >= this.end) return ScanStatus.END;
    this.position = pos;
    if (this.end - pos < RECORD_BATCH_OVERHEAD) {
      this.reason = `${this.end - pos} trailing bytes at position ${pos} are shorter than a batch header`;
      return ScanStatus.TORN;
    }
    let o = this.ensure(pos, RECORD_BATCH_OVERHEAD);
    if (o < 0) {
      this.reason = `short read at position ${pos}`;
      return ScanStatus.TORN;
    }
    const length = this.buf.readInt32BE(o + BATCH_LENGTH_OFFSET);
    const magic = this.buf.readInt8(o + MAGIC_OFFSET);
    if (length < MIN_BATCH_LENGTH || magic !== CURRENT_MAGIC) {
      this.reason = `invalid batch header at position ${pos} (length ${length}, magic ${magic})`;
      return ScanStatus.CORRUPT;
    }
    const size = LOG_OVERHEAD + length;
    if (pos + size > this.end) {
      this.reason = `batch at position ${pos} of ${size} bytes runs past the end (${this.end})`;
      return ScanStatus.TORN;
    }
    this.size = size;
    if (this.validateCrc) {
      o = this.ensure(pos, size);
      if (o < 0 || !isBatchCrcValid(this.buf, o)) {
        this.reason = `CRC mismatch in batch at position ${pos}`;
        return ScanStatus.CORRUPT;
      }
    }
    this.off = o;
    this.next_ = pos + size;
    return ScanStatus.BATCH;
  }
}
