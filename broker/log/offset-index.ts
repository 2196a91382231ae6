/**
 * Offset index (`<20-digit base offset>.index`): maps offsets to byte
 * positions in the segment's .log file.
 *
 * Entry: 8 bytes = relative offset int32 BE (offset - segment base offset)
 *                | file position int32 BE (start of a batch in the .log).
 * Invariants: SPARSE (one entry per index.interval.bytes of log, or fewer);
 * strictly MONOTONIC in both offset and position; each entry's offset is the
 * LAST offset of the batch starting at its position, so the largest entry
 * with offset <= target gives a position at or before the batch holding the
 * target. Derived data: truncated with the log and REBUILT after a crash or
 * when found corrupt (length not a multiple of 8, non-monotonic entries, or a
 * position past the end of the log).
 *
 * Not safe for concurrent callers (owned by one segment, one thread).
 */
import { IndexFile } from './index-file.js';
import type { PartitionStore } from './partition-store.js';

/** Bytes per offset index entry. */
export const OFFSET_INDEX_ENTRY_SIZE = 8;

/** An offset and the file position of the batch it belongs to. */
export interface OffsetPosition {
  offset: number;
  position: number;
}

/** Sparse offset → position index of one segment. */
export class OffsetIndex extends IndexFile {
  /** Opens, or lazily creates, index file `name` of `store`. */
  constructor(store: PartitionStore, name: string, baseOffset: number, maxIndexBytes: number) {
    super(store, name, baseOffset, maxIndexBytes, OFFSET_INDEX_ENTRY_SIZE);
  }

  /** Absolute offset of entry `i`. */
  offsetAt(i: number): number {
    return this.baseOffset + this.buf.readInt32BE(i * OFFSET_INDEX_ENTRY_SIZE);
  }

  /** File position of entry `i`. */
  positionAt(i: number): number {
    return this.buf.readInt32BE(i * OFFSET_INDEX_ENTRY_SIZE + 4);
  }

  /** Offset of the last entry, or the base offset when empty. */
  get lastOffset(): number {
    return this.count === 0 ? this.baseOffset : this.offsetAt(this.count - 1);
  }

  /** Position of the last entry, or 0 when empty. */
  get lastPosition(): number {
    return this.count === 0 ? 0 : this.positionAt(this.count - 1);
  }

  /** Appends an entry; `offset` must exceed the last entry's offset and fit in int32 relative to the base. */
  append(offset: number, position: number): void {
    const rel = offset - this.baseOffset;
    if (rel < 0 || rel > 0x7fffffff) throw new RangeError(`offset ${offset} does not fit index with base ${this.baseOffset}`);
    if (this.count > 0 && offset <= this.lastOffset) {
      throw new RangeError(`offset index append of ${offset} not above last offset ${this.lastOffset}`);
    }
    const pos = this.slotForAppend();
    this.buf.writeInt32BE(rel, pos);
    this.buf.writeInt32BE(position, pos + 4);
    this.commitAppend(pos);
  }

  /** Slot of the largest entry with offset <= `target`, or -1 if none. */
  floorSlot(target: number): number {
    const rel = target - this.baseOffset;
    let lo = 0;
    let hi = this.count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.buf.readInt32BE(mid * OFFSET_INDEX_ENTRY_SIZE) <= rel) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** File position to start scanning from for `target`: the floor entry's position, or 0. */
  lookupPosition(target: number): number {
    const slot = this.floorSlot(target);
    return slot < 0 ? 0 : this.positionAt(slot);
  }

  /** The floor entry for `target` (largest offset <= target), or (baseOffset, 0). */
  lookup(target: number): OffsetPosition {
    const slot = this.floorSlot(target);
    return slot < 0 ? { offset: this.baseOffset, position: 0 } : { offset: this.offsetAt(slot), position: this.positionAt(slot) };
  }

  /** Removes every entry with offset >= `offset`. */
  truncateTo(offset: number): void {
    this.truncateToEntries(this.floorSlot(offset - 1) + 1);
  }

  /** Removes every entry with position >= `position` (used when the log is cut at a byte position). */
  truncateToPosition(position: number): void {
    let n = this.count;
    while (n > 0 && this.positionAt(n - 1) >= position) n--;
    this.truncateToEntries(n);
  }

  /** Null when consistent with a log of `logSize` bytes, else why it must be rebuilt. */
  sanityCheck(logSize: number): string | null {
    if (this.corrupt) return 'length is not a multiple of 8';
    let prevRel = -1;
    let prevPos = -1;
    for (let i = 0; i < this.count; i++) {
      const rel = this.buf.readInt32BE(i * 8);
      const pos = this.buf.readInt32BE(i * 8 + 4);
      if (rel <= prevRel || pos <= prevPos) return `entry ${i} is not monotonic`;
      if (pos >= logSize) return `entry ${i} points past the end of the log`;
      prevRel = rel;
      prevPos = pos;
    }
    return null;
  }
}
