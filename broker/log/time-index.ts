/**
 * Time index (`<20-digit base offset>.timeindex`): maps timestamps to offsets
 * within one segment, for ListOffsets by timestamp and time-based retention.
 *
 * Entry: 12 bytes = timestamp int64 BE (a batch maxTimestamp, epoch ms)
 *                 | relative offset int32 BE (offset - segment base offset).
 * Invariants: SPARSE (written alongside offset index entries, plus a final
 * entry when the segment stops being active); strictly MONOTONIC in timestamp
 * and non-decreasing in offset: an entry is only added when its timestamp is
 * larger than the last one. Entry (t, o) means "every batch up to and
 * including the one ending at offset o has maxTimestamp <= t, and the batch
 * ending at o has maxTimestamp == t". Derived data: truncated with the log
 * and REBUILT after a crash or when corrupt.
 *
 * Not safe for concurrent callers (owned by one segment, one thread).
 */
import { IndexFile } from './index-file.js';
import type { PartitionStore } from './partition-store.js';
import { readInt64, writeInt64 } from '../../protocol/record-batch.js';

/** Bytes per time index entry. */
export const TIME_INDEX_ENTRY_SIZE = 12;

/** Sparse timestamp → offset index of one segment. */
export class TimeIndex extends IndexFile {
  /** Opens, or lazily creates, index file `name` of `store`. */
  constructor(store: PartitionStore, name: string, baseOffset: number, maxIndexBytes: number) {
    super(store, name, baseOffset, maxIndexBytes, TIME_INDEX_ENTRY_SIZE);
  }

  /** Timestamp of entry `i`. */
  timestampAt(i: number): number {
    return readInt64(this.buf, i * TIME_INDEX_ENTRY_SIZE);
  }

  /** Absolute offset of entry `i`. */
  offsetAt(i: number): number {
    return this.baseOffset + this.buf.readInt32BE(i * TIME_INDEX_ENTRY_SIZE + 8);
  }

  /** Timestamp of the last entry, or -1 when empty. */
  get lastTimestamp(): number {
    return this.count === 0 ? -1 : this.timestampAt(this.count - 1);
  }

  /** Offset of the last entry, or the base offset when empty. */
  get lastOffset(): number {
    return this.count === 0 ? this.baseOffset : this.offsetAt(this.count - 1);
  }

  /**
   * Appends (timestamp, offset) if `timestamp` is larger than the last
   * entry's; returns whether it was added. Skipped when full unless `force`
   * (the final entry written when a segment stops being active).
   */
  maybeAppend(timestamp: number, offset: number, force = false): boolean {
    if (this.count > 0 && (timestamp <= this.lastTimestamp || offset < this.lastOffset)) return false;
    if (!force && this.isFull()) return false;
    const rel = offset - this.baseOffset;
    if (rel < 0 || rel > 0x7fffffff) throw new RangeError(`offset ${offset} does not fit index with base ${this.baseOffset}`);
    const pos = this.slotForAppend();
    writeInt64(this.buf, pos, timestamp);
    this.buf.writeInt32BE(rel, pos + 8);
    this.commitAppend(pos);
    return true;
  }

  /** Slot of the largest entry with timestamp strictly below `timestamp`, or -1. */
  lowerSlot(timestamp: number): number {
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.timestampAt(mid) < timestamp) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * An offset from which scanning finds the first batch with maxTimestamp >=
   * `timestamp`: batches up to it all have smaller timestamps. The base
   * offset when no entry is below `timestamp`.
   */
  lookupOffsetBefore(timestamp: number): number {
    const slot = this.lowerSlot(timestamp);
    return slot < 0 ? this.baseOffset : this.offsetAt(slot);
  }

  /** Removes every entry with offset >= `offset`. */
  truncateTo(offset: number): void {
    let n = this.count;
    while (n > 0 && this.offsetAt(n - 1) >= offset) n--;
    this.truncateToEntries(n);
  }

  /** Null when well formed and its offsets stay below `nextOffset`, else why it must be rebuilt. */
  sanityCheck(nextOffset: number): string | null {
    if (this.corrupt) return 'length is not a multiple of 12';
    let prevTs = -Infinity;
    let prevRel = -1;
    for (let i = 0; i < this.count; i++) {
      const ts = this.timestampAt(i);
      const rel = this.buf.readInt32BE(i * 12 + 8);
      if (ts <= prevTs || rel < prevRel || rel < 0) return `entry ${i} is not monotonic`;
      if (this.baseOffset + rel >= nextOffset) return `entry ${i} points past the end of the log`;
      prevTs = ts;
      prevRel = rel;
    }
    return null;
  }
}
