/**
 * DataLog: the file channel's data files (format in file-channel-format.ts):
 * appending commit blocks with group commit, reading events back by address,
 * replaying blocks at start, and deleting files no longer needed.
 *
 * Appends are serialized: while one write is in flight, further blocks queue
 * up and go out together in the next write with a single fdatasync (group
 * commit). After the sync each block's `apply` callback runs synchronously,
 * in order, before any promise resolves; so whenever the event loop is free,
 * the channel's memory reflects exactly the blocks up to `endPosition()` and
 * a checkpoint taken then is consistent. A failed write truncates the file
 * back and fails the blocks of that write; later appends try again.
 *
 * Files are spread over the data directories round-robin by id. Not safe for
 * two processes: the channel holds a lock file (file-channel.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FlumeEvent } from '../event.js';
import {
  FILE_HEADER_SIZE,
  addressFile,
  addressOffset,
  blockSize,
  decodeBlock,
  decodeEvent,
  fileHeader,
  readFileHeader,
  type DecodedBlock,
} from './file-channel-format.js';

const READ_CHUNK = 4 << 20;

interface DataFile {
  id: number;
  path: string;
  /** Bytes written (the offset the next block goes to). */
  size: number;
  fh: fs.promises.FileHandle | null;
}

interface PendingAppend {
  block: Buffer;
  apply: (fileId: number, offset: number) => void;
  resolve: () => void;
  reject: (err: Error) => void;
}

/** Called for each valid block during replay, with the block's file id and offset. */
export type ReplayVisitor = (fileId: number, blockOffset: number, block: DecodedBlock) => void;

/** The data files of one file channel. */
export class DataLog {
  private readonly files = new Map<number, DataFile>();
  private current: DataFile | null = null;
  private pending: PendingAppend[] = [];
  private writing = false;

  private constructor(
    private readonly dirs: readonly string[],
    private readonly maxFileSize: number,
  ) {}

  /**
   * Opens the data files in `dirs`, replays every block at or after
   * (fromFile, fromOffset) through `visit`, truncates a torn tail of the
   * newest file, and returns the log ready for appends (to a new file).
   */
  static async open(
    dirs: readonly string[],
    maxFileSize: number,
    fromFile: number,
    fromOffset: number,
    visit: ReplayVisitor,
  ): Promise<DataLog> {
    const log = new DataLog(dirs, maxFileSize);
    for (const dir of dirs) {
      fs.mkdirSync(dir, { recursive: true });
      for (const name of fs.readdirSync(dir)) {
        const m = /^log-(\d+)$/.exec(name);
        if (!m) continue;
        const p = path.join(dir, name);
        log.files.set(Number(m[1]), { id: Number(m[1]), path: p, size: fs.statSync(p).size, fh: null });
      }
    }
    const ids = [...log.files.keys()].sort((a, b) => a - b);
    for (const id of ids) {
      if (id < fromFile) continue;
      const newest = id === ids[ids.length - 1];
      await log.replayFile(log.files.get(id)!, id === fromFile ? Math.max(fromOffset, FILE_HEADER_SIZE) : FILE_HEADER_SIZE, newest, visit);
    }
    return log;
  }

  private async replayFile(f: DataFile, from: number, newest: boolean, visit: ReplayVisitor): Promise<void> {
    const fh = await this.handle(f);
    const head = Buffer.alloc(FILE_HEADER_SIZE);
    await fh.read(head, 0, FILE_HEADER_SIZE, 0);
    if (readFileHeader(head) !== f.id) {
      if (f.size <= FILE_HEADER_SIZE && newest) {
        // Created but its header never reached the disk: an empty file.
        await fh.truncate(0);
        await fh.write(fileHeader(f.id), 0, FILE_HEADER_SIZE, 0);
        f.size = FILE_HEADER_SIZE;
        return;
      }
      throw new Error(`${f.path} is not a data file of this channel (bad header)`);
    }
    let buf = Buffer.alloc(0);
    let bufStart = from;
    let pos = from;
    while (pos < f.size) {
      let rel = pos - bufStart;
      let need = blockSize(buf, rel);
      if (need < 0 || rel + need > buf.length) {
        // Read more: at least the whole block, in chunks.
        const want = Math.max(READ_CHUNK, need > 0 ? need : 0);
        const more = Buffer.allocUnsafe(Math.min(want, f.size - pos));
        const { bytesRead } = await fh.read(more, 0, more.length, pos);
        buf = more.subarray(0, bytesRead);
        bufStart = pos;
        rel = 0;
        need = blockSize(buf, 0);
      }
      const block = need > 0 && need <= buf.length - rel ? decodeBlock(buf, rel) : null;
      if (!block) {
        if (!newest) throw new Error(`${f.path}: corrupt block at offset ${pos} (not the newest file: not a torn write)`);
        // A torn last block: the write was never acknowledged. Cut it off.
        await fh.truncate(pos);
        f.size = pos;
        return;
      }
      visit(f.id, pos, block);
      pos += need;
    }
  }

  private async handle(f: DataFile): Promise<fs.promises.FileHandle> {
    if (!f.fh) f.fh = await fs.promises.open(f.path, 'r+');
    return f.fh;
  }

  /** Where the next block will go (file id, offset): the end of everything applied. */
  endPosition(): { fileId: number; offset: number } {
    if (this.current) return { fileId: this.current.id, offset: this.current.size };
    const last = Math.max(0, ...this.files.keys());
    return { fileId: last, offset: this.files.get(last)?.size ?? 0 };
  }

  /** Ids of the data files present. */
  fileIds(): number[] {
    return [...this.files.keys()].sort((a, b) => a - b);
  }

  /** Appends a block; `apply` runs once it is durable, before the promise resolves. */
  append(block: Buffer, apply: (fileId: number, offset: number) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ block, apply, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async roll(): Promise<void> {
    const id = Math.max(0, ...this.files.keys()) + 1;
    const dir = this.dirs[id % this.dirs.length];
    const p = path.join(dir, `log-${id}`);
    const fh = await fs.promises.open(p, 'wx+');
    await fh.write(fileHeader(id), 0, FILE_HEADER_SIZE, 0);
    await fh.datasync();
    // The new name must survive a crash too.
    const dh = await fs.promises.open(dir, 'r');
    await dh.sync().catch(() => undefined);
    await dh.close();
    const f: DataFile = { id, path: p, size: FILE_HEADER_SIZE, fh };
    this.files.set(id, f);
    this.current = f;
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        let total = 0;
        for (const p of batch) total += p.block.length;
        try {
          if (!this.current || (this.current.size + total > this.maxFileSize && this.current.size > FILE_HEADER_SIZE)) await this.roll();
          const f = this.current!;
          const base = f.size;
          try {
            await f.fh!.writev(
              batch.map((p) => p.block),
              base,
            );
            await f.fh!.datasync();
          } catch (err) {
            await f.fh!.truncate(base).catch(() => undefined);
            throw err;
          }
          let off = base;
          for (const p of batch) {
            p.apply(f.id, off);
            off += p.block.length;
          }
          f.size = off;
          for (const p of batch) p.resolve();
        } catch (err) {
          for (const p of batch) p.reject(err as Error);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  /**
   * Reads the events at `addrs` (sizes from the queue), reading each run of
   * adjacent events of one file with a single read; appends them to `out`.
   */
  async readEvents(addrs: readonly number[], sizes: readonly number[], out: FlumeEvent[]): Promise<void> {
    let i = 0;
    while (i < addrs.length) {
      const file = addressFile(addrs[i]);
      const start = addressOffset(addrs[i]);
      let end = start + sizes[i];
      let j = i + 1;
      while (j < addrs.length && addressFile(addrs[j]) === file && addressOffset(addrs[j]) === end) end += sizes[j++];
      const f = this.files.get(file);
      if (!f) throw new Error(`data file log-${file} is missing`);
      const fh = await this.handle(f);
      const buf = Buffer.allocUnsafe(end - start);
      const { bytesRead } = await fh.read(buf, 0, buf.length, start);
      if (bytesRead !== buf.length) throw new Error(`${f.path}: short read at ${start}`);
      for (let k = i; k < j; k++) out.push(decodeEvent(buf, addressOffset(addrs[k]) - start));
      i = j;
    }
  }

  /** Deletes the data files with id below `fileId` (never the one being written). */
  async deleteBelow(fileId: number): Promise<number[]> {
    const gone: number[] = [];
    for (const [id, f] of this.files) {
      if (id >= fileId || f === this.current) continue;
      await f.fh?.close().catch(() => undefined);
      fs.rmSync(f.path, { force: true });
      this.files.delete(id);
      gone.push(id);
    }
    return gone;
  }

  /** Waits for queued appends, then closes every file. */
  async close(): Promise<void> {
    while (this.writing || this.pending.length > 0) await new Promise((r) => setTimeout(r, 5));
    for (const f of this.files.values()) {
      await f.fh?.close().catch(() => undefined);
      f.fh = null;
    }
    this.current = null;
  }
}
