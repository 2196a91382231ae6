/**
 * Aborted-transaction index (`<20-digit base offset>.txnindex`, Kafka's
 * TransactionIndex): one entry per transaction whose ABORT marker was
 * written into this segment, so that a read_committed fetch can tell its
 * consumer which producers' records to drop.
 *
 * Entry: 34 bytes, big-endian, absolute offsets (Kafka's layout):
 *   0   version          int16  (0)
 *   2   producerId       int64
 *   10  firstOffset      int64  first offset of the transaction (inclusive)
 *   18  lastOffset       int64  offset of its ABORT marker (inclusive)
 *   26  lastStableOffset int64  the partition's last stable offset once it completed
 * File: entries back to back, no header. Invariants: entries are in marker
 * order, so lastOffset is non-decreasing; lastOffset lies in this segment.
 * An entry is in the segment holding its marker, while firstOffset may lie in
 * an earlier segment: a search from an offset walks the segments forward
 * from the one holding it until an entry's lastStableOffset reaches the end
 * of the range searched (Kafka's TxnIndexSearchResult.isComplete).
 *
 * The file is created on the first entry (most segments have none), mirrored
 * in one Buffer in memory (read whole when opened) and written with
 * synchronous positional writes. Derived data: after a crash the entries of
 * replayed segments are rebuilt from their markers (log-loader.ts); a torn
 * tail (length not a multiple of 34) is cut. Not safe for concurrent callers
 * (owned by one segment).
 */
import type { PartitionStore, StoreFile } from './partition-store.js';

/** Bytes per entry. */
export const TXN_INDEX_ENTRY_SIZE = 34;
const INITIAL_CAPACITY = 8 * TXN_INDEX_ENTRY_SIZE;

/** An aborted transaction (Kafka's AbortedTxn). */
export interface AbortedTxn {
  producerId: number;
  /** First offset of the transaction, inclusive. */
  firstOffset: number;
  /** Offset of the ABORT marker, inclusive. */
  lastOffset: number;
  /** Last stable offset of the partition after the transaction completed. */
  lastStableOffset: number;
}

const TWO_32 = 4294967296;
function readI64(b: Buffer, p: number): number {
  return b.readInt32BE(p) * TWO_32 + b.readUInt32BE(p + 4);
}
function writeI64(b: Buffer, p: number, v: number): void {
  const hi = Math.floor(v / TWO_32);
  b.writeInt32BE(hi, p);
  b.writeUInt32BE(v - hi * TWO_32, p + 4);
}

/** The aborted-transaction index of one segment. */
export class TxnIndex {
  private buf: Buffer;
  private count = 0;
  private file: StoreFile | null = null;
  /** Bytes cut from a torn tail when opened (0 when intact). */
  readonly tornBytes: number;

  /** Opens index `name` of `store` (absent: empty, created on the first append). */
  constructor(
    readonly store: PartitionStore,
    readonly name: string,
  ) {
    const data = store.readFile(name);
    if (data === null) {
      this.buf = Buffer.allocUnsafe(INITIAL_CAPACITY);
      this.tornBytes = 0;
      return;
    }
    this.count = Math.floor(data.length / TXN_INDEX_ENTRY_SIZE);
    this.tornBytes = data.length - this.count * TXN_INDEX_ENTRY_SIZE;
    this.buf = Buffer.concat([data], Math.max(INITIAL_CAPACITY, data.length));
    if (this.tornBytes > 0) this.openFile().truncate(this.count * TXN_INDEX_ENTRY_SIZE);
  }

  /** Number of entries. */
  get entries(): number {
    return this.count;
  }

  /** The last entry's lastOffset, or -1 when empty. */
  get lastOffset(): number {
    return this.count === 0 ? -1 : readI64(this.buf, (this.count - 1) * TXN_INDEX_ENTRY_SIZE + 18);
  }

  /** Entry `i` (0-based) as an object (not for hot loops). */
  entry(i: number): AbortedTxn {
    const p = i * TXN_INDEX_ENTRY_SIZE;
    return {
      producerId: readI64(this.buf, p + 2),
      firstOffset: readI64(this.buf, p + 10),
      lastOffset: readI64(this.buf, p + 18),
      lastStableOffset: readI64(this.buf, p + 26),
    };
  }

  /** Appends an entry; its lastOffset must not be below the last entry's (marker order). */
  append(t: AbortedTxn): void {
    if (t.lastOffset < this.lastOffset) {
      throw new RangeError(`aborted transaction ending at ${t.lastOffset} appended after one ending at ${this.lastOffset}`);
    }
    const p = this.count * TXN_INDEX_ENTRY_SIZE;
    if (p + TXN_INDEX_ENTRY_SIZE > this.buf.length) {
      const grown = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(grown, 0, 0, p);
      this.buf = grown;
    }
    this.buf.writeInt16BE(0, p);
    writeI64(this.buf, p + 2, t.producerId);
    writeI64(this.buf, p + 10, t.firstOffset);
    writeI64(this.buf, p + 18, t.lastOffset);
    writeI64(this.buf, p + 26, t.lastStableOffset);
    this.openFile().writeSync(this.buf, p, TXN_INDEX_ENTRY_SIZE, p);
    this.count++;
  }

  /**
   * Adds to `out` every entry with lastOffset >= `fetchOffset` and
   * firstOffset < `upperBound` (the transactions overlapping the range
   * [fetchOffset, upperBound)); returns true when an entry's lastStableOffset
   * is >= `upperBound`, i.e. no later segment can add to the answer.
   */
  collect(fetchOffset: number, upperBound: number, out: AbortedTxn[]): boolean {
    // Entries are in lastOffset order: the ones ending at or after fetchOffset are a suffix.
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (readI64(this.buf, mid * TXN_INDEX_ENTRY_SIZE + 18) < fetchOffset) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.count; i++) {
      const p = i * TXN_INDEX_ENTRY_SIZE;
      if (readI64(this.buf, p + 10) < upperBound) out.push(this.entry(i));
      if (readI64(this.buf, p + 26) >= upperBound) return true;
    }
    return false;
  }

  /** Removes every entry whose marker is at or after `offset` (truncation of the log). */
  truncateTo(offset: number): void {
    let n = this.count;
    while (n > 0 && readI64(this.buf, (n - 1) * TXN_INDEX_ENTRY_SIZE + 18) >= offset) n--;
    if (n === this.count) return;
    this.count = n;
    this.openFile().truncate(n * TXN_INDEX_ENTRY_SIZE);
  }

  /** Removes every entry (before a rebuild). */
  reset(): void {
    if (this.count === 0 && this.file === null && !this.store.exists(this.name)) return;
    this.count = 0;
    this.openFile().truncate(0);
  }

  /** Null when the entries are consistent with a segment holding offsets [baseOffset, nextOffset), else why not. */
  sanityCheck(baseOffset: number, nextOffset: number): string | null {
    let prev = -1;
    for (let i = 0; i < this.count; i++) {
      const t = this.entry(i);
      if (this.buf.readInt16BE(i * TXN_INDEX_ENTRY_SIZE) < 0) return `entry ${i} has a negative version`;
      if (t.lastOffset < prev) return `entry ${i} is not in marker order`;
      if (t.lastOffset < baseOffset || t.lastOffset >= nextOffset || t.firstOffset > t.lastOffset) {
        return `entry ${i} (${t.firstOffset}..${t.lastOffset}) lies outside the segment`;
      }
      prev = t.lastOffset;
    }
    return null;
  }

  private openFile(): StoreFile {
    if (this.file === null) this.file = this.store.open(this.name, 'openOrCreate');
    return this.file;
  }

  /** fsyncs the file if it is open. */
  flush(): void {
    if (this.file !== null) this.file.sync();
  }

  /** Closes the file (entries stay readable from memory; a later write reopens it). */
  close(): void {
    if (this.file !== null) {
      this.file.close();
      this.file = null;
    }
  }

  /** Closes and removes the file. */
  deleteFile(): void {
    this.close();
    this.store.remove(this.name);
  }
}
