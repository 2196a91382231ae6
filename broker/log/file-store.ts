/**
 * The file engine (partition-store.ts): Kafka's on-disk layout, what a
 * broker runs on. A LogDirStore is a log dir, a PartitionStore its
 * `<topic>-<partition>/` directory, a StoreFile one file descriptor opened
 * read-write.
 *
 * Writes, truncation and fsync are synchronous syscalls at explicit
 * positions (an append is in the page cache when it returns; see segment.ts).
 * Reads on the fetch path are asynchronous (`fs.read` on libuv's thread
 * pool), so a cold-cache read of a large backlog does not stall the event
 * loop; so is the fsync of a segment a roll closes (syncAsync). A pending
 * read or syncAsync holds its descriptor open: close() of a file with
 * reads in flight only marks it closed, and the descriptor is closed by the
 * last read to finish — so a descriptor number is never reused under a
 * pending read, and a read of a file that retention or truncation removed
 * meanwhile still reads the (unlinked) file it started on.
 *
 * Not safe for concurrent callers beyond the one JS thread.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LogDirStore, OpenMode, PartitionStore, StorageEngine, StoreFile } from './partition-store.js';
import { StorageFaults } from './storage-faults.js';
import { writeFileAtomic, writeFileAtomicAsync } from './checkpoints.js';
import { LogDirLock } from './log-dir-lock.js';

const OPEN_FLAGS: Record<OpenMode, number> = {
  create: fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_EXCL,
  open: fs.constants.O_RDWR,
  openOrCreate: fs.constants.O_RDWR | fs.constants.O_CREAT,
};

function readWhole(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** One file descriptor of the file engine. */
class FileStoreFile implements StoreFile {
  private fd: number;
  private closed = false;
  private pending = 0;

  constructor(
    readonly name: string,
    private readonly fullPath: string,
    mode: OpenMode,
    private readonly faults: StorageFaults,
  ) {
    this.fd = fs.openSync(fullPath, OPEN_FLAGS[mode], 0o644);
  }

  private check(): void {
    if (this.closed) throw new Error(`${this.fullPath} is closed`);
  }

  size(): number {
    this.check();
    return fs.fstatSync(this.fd).size;
  }

  mtimeMs(): number {
    this.check();
    return fs.fstatSync(this.fd).mtimeMs;
  }

  readSync(buf: Buffer, off: number, len: number, position: number): number {
    this.check();
    this.faults.beforeSync('read', this.name);
    return fs.readSync(this.fd, buf, off, len, position);
  }

  read(buf: Buffer, off: number, len: number, position: number): Promise<number> {
    if (this.closed) return Promise.reject(new Error(`${this.fullPath} is closed`));
    this.pending++;
    const gate = this.faults.beforeAsync('read', this.name);
    return new Promise<number>((resolve, reject) => {
      const done = (err: Error | null, n: number): void => {
        if (--this.pending === 0 && this.closed) this.release();
        if (err) reject(err);
        else resolve(n);
      };
      const run = (): void => fs.read(this.fd, buf, off, len, position, done);
      if (gate === null) run();
      else gate.then(run, (err: Error) => done(err, 0));
    });
  }

  writeSync(buf: Buffer, off: number, len: number, position: number): number {
    this.check();
    this.faults.beforeSync('write', this.name);
    return fs.writeSync(this.fd, buf, off, len, position);
  }

  truncate(len: number): void {
    this.check();
    this.faults.beforeSync('write', this.name);
    fs.ftruncateSync(this.fd, len);
  }

  sync(): void {
    this.check();
    this.faults.beforeSync('fsync', this.name);
    fs.fsyncSync(this.fd);
  }

  syncAsync(): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`${this.fullPath} is closed`));
    this.pending++;
    const gate = this.faults.beforeAsync('fsync', this.name);
    return new Promise<void>((resolve, reject) => {
      const done = (err: Error | null): void => {
        if (--this.pending === 0 && this.closed) this.release();
        if (err) reject(err);
        else resolve();
      };
      const run = (): void => fs.fsync(this.fd, done);
      if (gate === null) run();
      else gate.then(run, done);
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.pending === 0) this.release();
  }

  private release(): void {
    if (this.fd < 0) return;
    fs.closeSync(this.fd);
    this.fd = -1;
  }
}

/** A partition directory. */
class FilePartitionStore implements PartitionStore {
  readonly faults: StorageFaults;

  constructor(
    readonly path: string,
    parentFaults: StorageFaults | null,
  ) {
    this.faults = new StorageFaults(parentFaults);
  }

  ensure(): void {
    fs.mkdirSync(this.path, { recursive: true });
  }

  list(): string[] {
    try {
      return fs.readdirSync(this.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  exists(name: string): boolean {
    return fs.existsSync(path.join(this.path, name));
  }

  open(name: string, mode: OpenMode): StoreFile {
    return new FileStoreFile(name, path.join(this.path, name), mode, this.faults);
  }

  readFile(name: string): Buffer | null {
    this.faults.beforeSync('read', name);
    return readWhole(path.join(this.path, name));
  }

  writeFile(name: string, data: Buffer): void {
    this.faults.beforeSync('write', name);
    fs.writeFileSync(path.join(this.path, name), data);
  }

  writeFileAtomic(name: string, data: Buffer | string, durable = true): void {
    this.faults.beforeSync('write', name);
    if (durable) this.faults.beforeSync('fsync', name);
    writeFileAtomic(path.join(this.path, name), data, durable);
  }

  rename(from: string, to: string): void {
    fs.renameSync(path.join(this.path, from), path.join(this.path, to));
  }

  remove(name: string): void {
    fs.rmSync(path.join(this.path, name), { force: true });
  }
}

/** A log dir of the file engine. */
class FileLogDir implements LogDirStore {
  readonly faults: StorageFaults;
  private held: LogDirLock | null = null;

  constructor(
    readonly path: string,
    parentFaults: StorageFaults,
  ) {
    this.faults = new StorageFaults(parentFaults);
  }

  ensure(): void {
    fs.mkdirSync(this.path, { recursive: true });
  }

  listPartitions(): string[] {
    const out: string[] = [];
    for (const e of fs.readdirSync(this.path, { withFileTypes: true })) if (e.isDirectory()) out.push(e.name);
    return out;
  }

  partition(name: string): PartitionStore {
    return new FilePartitionStore(path.join(this.path, name), this.faults);
  }

  renamePartition(from: string, to: string): void {
    fs.renameSync(path.join(this.path, from), path.join(this.path, to));
  }

  async removePartition(name: string): Promise<void> {
    await fs.promises.rm(path.join(this.path, name), { recursive: true, force: true });
  }

  readFile(name: string): Buffer | null {
    this.faults.beforeSync('read', name);
    return readWhole(path.join(this.path, name));
  }

  writeFileAtomic(name: string, data: Buffer | string): void {
    this.faults.beforeSync('write', name);
    this.faults.beforeSync('fsync', name);
    writeFileAtomic(path.join(this.path, name), data);
  }

  async writeFileAtomicAsync(name: string, data: Buffer | string): Promise<void> {
    await this.faults.beforeAsync('write', name);
    await this.faults.beforeAsync('fsync', name);
    await writeFileAtomicAsync(path.join(this.path, name), data);
  }

  exists(name: string): boolean {
    return fs.existsSync(path.join(this.path, name));
  }

  remove(name: string): void {
    fs.rmSync(path.join(this.path, name), { force: true });
  }

  lock(): void {
    if (this.held !== null) return;
    fs.mkdirSync(this.path, { recursive: true });
    this.held = LogDirLock.acquire(this.path);
  }

  unlock(): void {
    this.held?.release();
    this.held = null;
  }

  abandonLock(): void {
    this.held?.abandon();
    this.held = null;
  }
}

/** The file engine: Kafka's on-disk layout. */
export class FileEngine implements StorageEngine {
  readonly kind = 'file';
  readonly faults = new StorageFaults();

  /** The log dir at `dir`. */
  logDir(dir: string): LogDirStore {
    return new FileLogDir(path.resolve(dir), this.faults);
  }
}

/** A partition store over directory `dir` on its own (tools and tests that open one log directly). */
export function filePartitionStore(dir: string): PartitionStore {
  return new FilePartitionStore(path.resolve(dir), null);
}
