/**
 * The memory engine (partition-store.ts): the same names and bytes as the
 * file engine, kept in Buffers, for tests and the embedded broker. No disk
 * is touched, so the log, replica-manager and recovery tests run the same
 * way without one.
 *
 * Model: a log dir is a Map of partition directories and root files; a
 * partition directory a Map of name → MemoryInode; an inode one growable
 * Buffer (capacity doubles) with its length and mtime. A StoreFile refers to
 * its inode, so — like an unlinked file on a real file system — a file
 * removed or renamed while open keeps its bytes for whoever holds it.
 * `sync` is a no-op: every write is "in the page cache" as soon as it
 * returns, and the data survives as long as the engine object does. Reopening
 * log dirs of the same MemoryEngine is a broker restart (after a crash, when
 * nothing was closed).
 *
 * Reads copy bytes out (a Buffer handed to a socket never aliases bytes a
 * later truncate-and-append could overwrite). An asynchronous read copies
 * when it runs — after an armed delay, if any — so it sees the file as it
 * is then, as a real read would.
 *
 * Not safe for concurrent callers beyond the one JS thread.
 */
import type { LogDirStore, OpenMode, PartitionStore, StorageEngine, StoreFile } from './partition-store.js';
import { StorageFaults } from './storage-faults.js';
import { LogDirLockedError } from './log-dir-lock.js';

const EMPTY = Buffer.alloc(0);

/** The bytes of one in-memory file. */
class MemoryInode {
  data: Buffer = EMPTY;
  length = 0;
  mtimeMs = Date.now();

  /** Copies `len` bytes at `position` into `buf[off..]`; returns how many were there. */
  copyOut(buf: Buffer, off: number, len: number, position: number): number {
    const n = Math.max(0, Math.min(len, this.length - position));
    if (n > 0) this.data.copy(buf, off, position, position + n);
    return n;
  }

  /** Makes room for `end` bytes (capacity doubles; new bytes are zero). */
  reserve(end: number): void {
    if (end <= this.data.length) return;
    const grown = Buffer.alloc(Math.max(end, this.data.length * 2, 4096));
    this.data.copy(grown, 0, 0, this.length);
    this.data = grown;
  }

  write(buf: Buffer, off: number, len: number, position: number): number {
    this.reserve(position + len);
    if (position > this.length) this.data.fill(0, this.length, position);
    buf.copy(this.data, position, off, off + len);
    if (position + len > this.length) this.length = position + len;
    this.mtimeMs = Date.now();
    return len;
  }

  truncate(len: number): void {
    this.reserve(len);
    if (len > this.length) this.data.fill(0, this.length, len);
    this.length = len;
    this.mtimeMs = Date.now();
  }
}

function noSuchFile(where: string, name: string): Error {
  return Object.assign(new Error(`ENOENT: no such file ${where}/${name}`), { code: 'ENOENT' });
}

/** An open in-memory file. */
class MemoryStoreFile implements StoreFile {
  private closed = false;

  constructor(
    readonly name: string,
    private readonly inode: MemoryInode,
    private readonly faults: StorageFaults,
  ) {}

  private check(): void {
    if (this.closed) throw new Error(`memory file ${this.name} is closed`);
  }

  size(): number {
    this.check();
    return this.inode.length;
  }

  mtimeMs(): number {
    this.check();
    return this.inode.mtimeMs;
  }

  readSync(buf: Buffer, off: number, len: number, position: number): number {
    this.check();
    this.faults.beforeSync('read', this.name);
    return this.inode.copyOut(buf, off, len, position);
  }

  async read(buf: Buffer, off: number, len: number, position: number): Promise<number> {
    if (this.closed) throw new Error(`memory file ${this.name} is closed`);
    const gate = this.faults.beforeAsync('read', this.name);
    // Pending reads keep the inode (the file engine keeps the descriptor): closing meanwhile is fine.
    await (gate ?? Promise.resolve());
    return this.inode.copyOut(buf, off, len, position);
  }

  writeSync(buf: Buffer, off: number, len: number, position: number): number {
    this.check();
    this.faults.beforeSync('write', this.name);
    return this.inode.write(buf, off, len, position);
  }

  truncate(len: number): void {
    this.check();
    this.faults.beforeSync('write', this.name);
    this.inode.truncate(len);
  }

  sync(): void {
    this.check();
    this.faults.beforeSync('fsync', this.name);
  }

  async syncAsync(): Promise<void> {
    if (this.closed) throw new Error(`memory file ${this.name} is closed`);
    await (this.faults.beforeAsync('fsync', this.name) ?? Promise.resolve());
  }

  close(): void {
    this.closed = true;
  }
}

/** A partition directory in memory. */
class MemoryPartitionStore implements PartitionStore {
  readonly faults: StorageFaults;
  readonly files = new Map<string, MemoryInode>();
  /** Whether ensure() ran (a missing directory lists nothing). */
  created = false;

  constructor(
    readonly path: string,
    parentFaults: StorageFaults | null,
  ) {
    this.faults = new StorageFaults(parentFaults);
  }

  ensure(): void {
    this.created = true;
  }

  list(): string[] {
    return [...this.files.keys()];
  }

  exists(name: string): boolean {
    return this.files.has(name);
  }

  open(name: string, mode: OpenMode): StoreFile {
    let inode = this.files.get(name);
    if (inode !== undefined && mode === 'create') {
      throw Object.assign(new Error(`EEXIST: file already exists ${this.path}/${name}`), { code: 'EEXIST' });
    }
    if (inode === undefined) {
      if (mode === 'open') throw noSuchFile(this.path, name);
      this.files.set(name, (inode = new MemoryInode()));
    }
    return new MemoryStoreFile(name, inode, this.faults);
  }

  readFile(name: string): Buffer | null {
    this.faults.beforeSync('read', name);
    const inode = this.files.get(name);
    return inode === undefined ? null : Buffer.from(inode.data.subarray(0, inode.length));
  }

  writeFile(name: string, data: Buffer): void {
    this.faults.beforeSync('write', name);
    let inode = this.files.get(name);
    if (inode === undefined) this.files.set(name, (inode = new MemoryInode()));
    inode.truncate(0);
    inode.write(data, 0, data.length, 0);
  }

  writeFileAtomic(name: string, data: Buffer | string, durable = true): void {
    this.faults.beforeSync('write', name);
    if (durable) this.faults.beforeSync('fsync', name);
    // A new inode, as the file engine's rename of a temp file: holders of the old one keep it.
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const inode = new MemoryInode();
    inode.write(bytes, 0, bytes.length, 0);
    this.files.set(name, inode);
  }

  rename(from: string, to: string): void {
    const inode = this.files.get(from);
    if (inode === undefined) throw noSuchFile(this.path, from);
    this.files.delete(from);
    this.files.set(to, inode);
  }

  remove(name: string): void {
    this.files.delete(name);
  }
}

/** A log dir in memory. */
class MemoryLogDir implements LogDirStore {
  readonly faults: StorageFaults;
  private readonly partitions = new Map<string, MemoryPartitionStore>();
  private readonly root = new MemoryPartitionStore('', null);
  private locked = false;

  constructor(
    readonly path: string,
    parentFaults: StorageFaults,
  ) {
    this.faults = new StorageFaults(parentFaults);
  }

  ensure(): void {
    this.root.created = true;
  }

  listPartitions(): string[] {
    const out: string[] = [];
    for (const [name, p] of this.partitions) if (p.created) out.push(name);
    return out;
  }

  partition(name: string): PartitionStore {
    let p = this.partitions.get(name);
    if (p === undefined) this.partitions.set(name, (p = new MemoryPartitionStore(`${this.path}/${name}`, this.faults)));
    return p;
  }

  renamePartition(from: string, to: string): void {
    const p = this.partitions.get(from);
    if (p === undefined || !p.created) throw noSuchFile(this.path, from);
    this.partitions.delete(from);
    const moved = this.partition(to) as MemoryPartitionStore;
    for (const [n, inode] of p.files) moved.files.set(n, inode);
    moved.created = true;
  }

  removePartition(name: string): Promise<void> {
    this.partitions.delete(name);
    return Promise.resolve();
  }

  readFile(name: string): Buffer | null {
    this.faults.beforeSync('read', name);
    return this.root.readFile(name);
  }

  writeFileAtomic(name: string, data: Buffer | string): void {
    this.faults.beforeSync('write', name);
    this.faults.beforeSync('fsync', name);
    this.root.writeFileAtomic(name, data);
  }

  async writeFileAtomicAsync(name: string, data: Buffer | string): Promise<void> {
    await this.faults.beforeAsync('write', name);
    await this.faults.beforeAsync('fsync', name);
    this.root.writeFileAtomic(name, data);
  }

  exists(name: string): boolean {
    return this.root.exists(name);
  }

  remove(name: string): void {
    this.root.remove(name);
  }

  lock(): void {
    if (this.locked) throw new LogDirLockedError(this.path, 'another LogManager of this memory engine');
    this.locked = true;
    this.root.created = true;
  }

  unlock(): void {
    this.locked = false;
  }

  abandonLock(): void {
    this.locked = false;
  }
}

/**
 * The memory engine. Log dirs live as long as this object: a second
 * LogManager over the same engine and dirs sees what the first wrote.
 */
export class MemoryEngine implements StorageEngine {
  readonly kind = 'memory';
  readonly faults = new StorageFaults();
  private readonly dirs = new Map<string, MemoryLogDir>();

  /** The log dir named `dir` (created empty on first use). */
  logDir(dir: string): LogDirStore {
    let d = this.dirs.get(dir);
    if (d === undefined) this.dirs.set(dir, (d = new MemoryLogDir(`memory:${dir}`, this.faults)));
    return d;
  }
}

/** A partition store in memory on its own (tests that open one log directly). */
export function memoryPartitionStore(name = 'memory:partition'): PartitionStore {
  return new MemoryPartitionStore(name, null);
}
