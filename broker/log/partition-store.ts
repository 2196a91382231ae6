/**
 * The storage engine interface: where the bytes of the logs live. Everything
 * above it — segments, indexes, the local and partition logs, recovery,
 * retention, compaction, checkpoints — is written once against these
 * interfaces; two engines implement them:
 *
 * - file-store.ts: the file system, Kafka's on-disk layout (what a broker
 *   uses): a LogDirStore is a log dir, a PartitionStore is its
 *   `<topic>-<partition>/` directory, a StoreFile an open file descriptor;
 * - memory-store.ts: Buffers in Maps, for tests and the embedded broker
 *   (no disk; the same engine object reopened is a broker restart).
 *
 * Names are plain file names inside their store (`00000000000000000000.log`,
 * `leader-epoch-checkpoint`); `path` is only for messages.
 *
 * Contract every engine keeps:
 * - writeSync/truncate/sync of a StoreFile are synchronous: when they return
 *   the change is visible to every later read (the page cache of a real
 *   disk); `sync` makes it durable.
 * - `read` is asynchronous and sees the file as it is when the read runs; a
 *   file closed or removed while reads (or `syncAsync`s) are pending keeps
 *   its bytes until they finish (an unlinked inode), so a pending read never
 *   fails or reads another file because of a concurrent close.
 * - writeFileAtomic replaces a small file so that a reader (or a restart)
 *   sees either the old or the new content.
 * - every operation asks the store's StorageFaults first (storage-faults.ts).
 * Not safe for concurrent callers beyond the one JS thread.
 */
import type { StorageFaults } from './storage-faults.js';

/** One open file of a store. */
export interface StoreFile {
  /** The file's name in its store. */
  readonly name: string;
  /** Current length in bytes. */
  size(): number;
  /** Last modification time (ms since the epoch). */
  mtimeMs(): number;
  /** Reads up to `len` bytes at `position` into `buf[off, off+len)`; returns the count (0 at the end). */
  readSync(buf: Buffer, off: number, len: number, position: number): number;
  /** As readSync, off the event loop's thread (see the contract above). */
  read(buf: Buffer, off: number, len: number, position: number): Promise<number>;
  /** Writes `buf[off, off+len)` at `position`; returns the count written. */
  writeSync(buf: Buffer, off: number, len: number, position: number): number;
  /** Cuts (or zero-extends) the file to `len` bytes. */
  truncate(len: number): void;
  /** Makes every write so far durable (fsync). */
  sync(): void;
  /** As sync, off the event loop's thread; like a read, it keeps a file closed meanwhile open until it finishes. */
  syncAsync(): Promise<void>;
  /** Releases the file (after pending reads finish); later calls other than close fail. */
  close(): void;
}

/** How StoreFile.open treats an existing or missing file. */
export type OpenMode = 'create' | 'open' | 'openOrCreate';

/** The files of one partition (`<log dir>/<topic>-<partition>/`). */
export interface PartitionStore {
  /** Where it lives, for messages (a directory path, or `memory:<path>`). */
  readonly path: string;
  /** Faults armed for this partition's files (parent: its log dir's). */
  readonly faults: StorageFaults;
  /** Creates the partition's directory if missing. */
  ensure(): void;
  /** Names of its files (not sorted). */
  list(): string[];
  /** Whether file `name` exists. */
  exists(name: string): boolean;
  /** Opens `name` for reading and writing: 'create' fails if it exists, 'open' if it does not. */
  open(name: string, mode: OpenMode): StoreFile;
  /** The whole content of a small file, or null when it does not exist. */
  readFile(name: string): Buffer | null;
  /** Replaces `name` with `data` (not atomic: for files rebuilt after a crash, like empty indexes). */
  writeFile(name: string, data: Buffer): void;
  /**
   * Replaces `name` with `data` atomically (checkpoints); durably (fsynced)
   * unless `durable` is false (then a crash may leave the old content, or none).
   */
  writeFileAtomic(name: string, data: Buffer | string, durable?: boolean): void;
  /** Renames a file, replacing `to` if it exists. */
  rename(from: string, to: string): void;
  /** Removes a file; a missing one is fine. */
  remove(name: string): void;
}

/** A log dir: partition stores plus the files at its root (checkpoints, markers). */
export interface LogDirStore {
  /** The log dir (a path, or `memory:<path>`). */
  readonly path: string;
  /** Faults armed for every file of this log dir (parent: the engine's). */
  readonly faults: StorageFaults;
  /** Creates the log dir if missing. */
  ensure(): void;
  /** Names of the partition directories (and `-delete` leftovers) at the root. */
  listPartitions(): string[];
  /** The store of partition directory `name` (not created until ensure()). */
  partition(name: string): PartitionStore;
  /** Renames a partition directory (deletion renames it to `<name>.<id>-delete` first). */
  renamePartition(from: string, to: string): void;
  /** Removes a partition directory and everything in it, off the event loop where the engine can. */
  removePartition(name: string): Promise<void>;
  /** The whole content of a root file, or null when it does not exist. */
  readFile(name: string): Buffer | null;
  /** Replaces root file `name` atomically. */
  writeFileAtomic(name: string, data: Buffer | string): void;
  /** Replaces root file `name` atomically, the I/O off the event loop where the engine can (periodic checkpoints). */
  writeFileAtomicAsync(name: string, data: Buffer | string): Promise<void>;
  /** Whether root file `name` exists. */
  exists(name: string): boolean;
  /** Removes a root file; a missing one is fine. */
  remove(name: string): void;
  /**
   * Takes the log dir's lock (held until unlock; see log-dir-lock.ts).
   * Throws LogDirLockedError, having touched nothing, when another broker
   * holds it. Creates the dir if missing.
   */
  lock(): void;
  /** Releases the lock (clean shutdown). */
  unlock(): void;
  /** Drops the lock as a process death would, leaving a stale lock behind (crash tests). */
  abandonLock(): void;
}

/** Makes the LogDirStore of each log dir; one engine per broker. */
export interface StorageEngine {
  /** 'file' or 'memory'. */
  readonly kind: string;
  /** Faults armed for every file of this engine. */
  readonly faults: StorageFaults;
  /** The store of log dir `dir` (an absolute path). */
  logDir(dir: string): LogDirStore;
}
