/**
 * The part shared by the offset index and the time index: a store file of
 * fixed-size big-endian entries, mirrored in memory as ONE Buffer (searched by
 * binary search in the subclasses; never an array of objects).
 *
 * File format: `entries * entrySize` bytes, no header, no padding. (Kafka
 * preallocates index files to segment.index.bytes while a segment is active
 * and trims them when it closes; we never preallocate, so the file length is
 * always exactly the valid entries. A Kafka-written preallocated index that
 * was not trimmed shows up as non-monotonic zero entries and is rebuilt.)
 *
 * Writes are synchronous positional writes (StoreFile.writeSync), so an entry
 * is in the OS page cache when append returns. Indexes are derived data: after a
 * crash they are truncated or rebuilt from the log. Not safe for concurrent
 * callers: one PartitionLog owns each index and runs on one thread.
 */
import type { PartitionStore, StoreFile } from './partition-store.js';

const INITIAL_CAPACITY_ENTRIES = 64;

/** A fixed-entry-size index file mirrored in one Buffer. */
export abstract class IndexFile {
  /** Entry bytes in memory; capacity grows by doubling up to maxEntries. */
  protected buf: Buffer;
  /** Number of valid entries. */
  protected count = 0;
  /** Most entries this index may hold (segment.index.bytes / entrySize). */
  readonly maxEntries: number;
  private file: StoreFile | null = null;

  /**
   * Opens (or creates, lazily on first write) the index `name` of `store`.
   * An existing file is read whole; a length that is not a multiple of the
   * entry size marks it corrupt (see `corrupt`).
   */
  constructor(
    readonly store: PartitionStore,
    readonly name: string,
    readonly baseOffset: number,
    maxIndexBytes: number,
    readonly entrySize: number,
  ) {
    this.maxEntries = Math.max(1, Math.floor(maxIndexBytes / entrySize));
    const data = store.readFile(name);
    if (data === null) {
      this.buf = Buffer.allocUnsafe(INITIAL_CAPACITY_ENTRIES * entrySize);
      this.exists = false;
    } else {
      this.exists = true;
      this.corrupt = data.length % entrySize !== 0;
      this.count = Math.floor(data.length / entrySize);
      this.buf = data.length >= INITIAL_CAPACITY_ENTRIES * entrySize ? data : Buffer.concat([data], INITIAL_CAPACITY_ENTRIES * entrySize);
    }
  }

  /** Whether the file existed when opened. */
  readonly exists: boolean;
  /** Whether the file length was not a multiple of the entry size when opened. */
  readonly corrupt: boolean = false;

  /** Number of entries. */
  get entries(): number {
    return this.count;
  }

  /** Whether no more entries fit (the segment must roll). */
  isFull(): boolean {
    return this.count >= this.maxEntries;
  }

  /** Size of the index file in bytes. */
  get sizeInBytes(): number {
    return this.count * this.entrySize;
  }

  /**
   * Reserves room for one more entry and returns its byte position in `buf`.
   * maxEntries is the roll threshold checked by callers (isFull), not a hard
   * cap: the final time index entry of a segment may go one past it, as in Kafka.
   */
  protected slotForAppend(): number {
    const pos = this.count * this.entrySize;
    if (pos + this.entrySize > this.buf.length) {
      const cap = Math.min(this.maxEntries + 1, Math.max(INITIAL_CAPACITY_ENTRIES, this.count * 2)) * this.entrySize;
      const grown = Buffer.allocUnsafe(Math.max(cap, pos + this.entrySize));
      this.buf.copy(grown, 0, 0, pos);
      this.buf = grown;
    }
    return pos;
  }

  /** Writes the entry prepared at byte position `pos` of `buf` to the file and counts it. */
  protected commitAppend(pos: number): void {
    this.openFile().writeSync(this.buf, pos, this.entrySize, pos);
    this.count++;
  }

  private openFile(): StoreFile {
    if (this.file === null) this.file = this.store.open(this.name, 'openOrCreate');
    return this.file;
  }

  /** Keeps the first `n` entries, dropping the rest in memory and on disk. */
  truncateToEntries(n: number): void {
    if (n >= this.count && this.exists) return;
    this.count = Math.max(0, Math.min(n, this.count));
    this.openFile().truncate(this.count * this.entrySize);
  }

  /** Removes every entry. */
  reset(): void {
    this.count = 0;
    this.openFile().truncate(0);
  }

  /** fsyncs the file if it is open for writing. */
  flush(): void {
    if (this.file !== null) this.file.sync();
  }

  /** Closes the file (the index stays readable from memory; a later write reopens it). */
  close(): void {
    if (this.file !== null) {
      this.file.close();
      this.file = null;
    }
  }

  /** Closes and removes the file; missing files are ignored. */
  deleteFile(): void {
    this.close();
    this.store.remove(this.name);
  }
}
