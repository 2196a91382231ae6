/**
 * ReceiverLog: the write-ahead log of one receiver stream
 * (spark.streaming.receiver.writeAheadLog.enable), so that records a
 * receiver stored but no batch has processed yet survive kill -9.
 *
 * Directory: <checkpoint dir>/receivedData/<stream id>/ (beside the
 * checkpoint's LevelDB files, which LevelDB leaves alone). Records are
 * numbered from 0 in the order they were stored: a record's offset. The log
 * is a sequence of segment files named by the offset of their first record,
 * 20 digits: 00000000000000000000.log, 00000000000000004096.log, ...
 *
 * Segment file: entries back to back, one per append (one store() call):
 *
 *   offset  size  field
 *   0       4     payload length N (uint32 BE)
 *   4       4     CRC-32C (Castagnoli) of bytes [8, 20 + N) (uint32 BE)
 *   8       8     offset of the entry's first record (int64 BE)
 *   16      4     number of records (uint32 BE)
 *   20      N     the records as a JSON array (UTF-8; serde.ts: Buffers kept)
 *
 * Invariants: offsets are contiguous across entries and segments (an entry
 * starts where the previous one ended); only the last segment is written to.
 *
 * Durability: append() writes the entry with one synchronous write() before
 * it returns, so once store() returned the records are in the kernel and
 * survive the process being killed (kill -9). Without fsync they are not
 * safe from a machine crash (Spark's log on a local file system is the same).
 *
 * Recovery: open() reads every segment; a torn or corrupt entry at the end
 * of the last segment (a process killed in the middle of a write) is cut
 * off; damage anywhere else is an error (records would be lost).
 *
 * Cleanup: deleteBefore(offset), after each checkpoint with the offset of
 * the first record not yet processed, deletes every segment all of whose
 * records are below it; the active segment too once it is fully processed
 * (the next append starts a new one), so the log holds about one batch.
 *
 * Not safe for concurrent use: one stream appends from the event loop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { crc32c } from '../../protocol/crc32c.js';
import { deserialize, serialize } from './serde.js';

const HEADER = 20;
const SUFFIX = '.log';

/** A segment file and the offsets of its records: [base, end) (base inclusive, end exclusive). */
interface Segment {
  file: string;
  base: number;
  end: number;
  size: number;
}

/** Records read back from the log, with the offset of the first one. */
export interface LoggedRecords<T> {
  offset: number;
  records: T[];
}

function segmentName(base: number): string {
  return `${String(base).padStart(20, '0')}${SUFFIX}`;
}

/** The write-ahead log of one receiver. */
export class ReceiverLog<T> {
  private readonly segments: Segment[] = [];
  private fd: number | null = null;
  private nextOffset = 0;

  private constructor(
    readonly dir: string,
    private readonly segmentBytes: number,
  ) {}

  /**
   * Opens (creating) the log in `dir`, recovering its segments. With
   * `fresh`, deletes what the directory held first (a job that does not
   * continue from its checkpoint starts with an empty log). `startAt`: the
   * first offset not processed according to the checkpoint; new records are
   * numbered from there at least.
   */
  static open<T>(dir: string, options: { fresh?: boolean; segmentBytes?: number; startAt?: number } = {}): ReceiverLog<T> {
    if (options.fresh) fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const log = new ReceiverLog<T>(dir, options.segmentBytes ?? 16 << 20);
    log.recover();
    if (options.startAt !== undefined) {
      // Segments wholly processed (a run that stopped before cleaning up) go; and every
      // segment may have been deleted as processed: offsets go on from the checkpoint's.
      log.deleteBefore(options.startAt);
      if (log.nextOffset < options.startAt) log.nextOffset = options.startAt;
    }
    return log;
  }

  /** The offset the next appended record gets (one past the last record logged). */
  get endOffset(): number {
    return this.nextOffset;
  }

  /** The offset of the first record still in the log. */
  get startOffset(): number {
    return this.segments[0]?.base ?? this.nextOffset;
  }

  private recover(): void {
    const names = fs
      .readdirSync(this.dir)
      .filter((n) => n.endsWith(SUFFIX) && /^\d{20}\.log$/.test(n))
      .sort();
    for (let i = 0; i < names.length; i++) {
      const file = path.join(this.dir, names[i]);
      const base = Number(names[i].slice(0, 20));
      const last = i === names.length - 1;
      const { end, validBytes, size } = this.scan(file, base);
      if (validBytes < size) {
        if (!last)
          throw new Error(
            `receiver write-ahead log ${file}: damaged entry at byte ${validBytes} of a segment that is not the last; records after it would be lost`,
          );
        fs.truncateSync(file, validBytes);
      }
      if (this.segments.length > 0 && base !== this.nextOffset)
        throw new Error(`receiver write-ahead log ${this.dir}: segment ${names[i]} does not start at offset ${this.nextOffset}`);
      this.segments.push({ file, base, end, size: validBytes });
      this.nextOffset = end;
    }
  }

  /** Validates the entries of a segment: the end offset and the bytes up to the first bad entry. */
  private scan(file: string, base: number): { end: number; validBytes: number; size: number } {
    const buf = fs.readFileSync(file);
    let pos = 0;
    let offset = base;
    while (pos + HEADER <= buf.length) {
      const n = buf.readUInt32BE(pos);
      if (pos + HEADER + n > buf.length) break;
      if (crc32c(buf, pos + 8, pos + HEADER + n) !== buf.readUInt32BE(pos + 4)) break;
      if (Number(buf.readBigInt64BE(pos + 8)) !== offset) break;
      offset += buf.readUInt32BE(pos + 16);
      pos += HEADER + n;
    }
    return { end: offset, validBytes: pos, size: buf.length };
  }

  /** Appends `records` durably (one write before returning); returns the offset of the first one. */
  append(records: readonly T[]): number {
    const first = this.nextOffset;
    if (records.length === 0) return first;
    const payload = Buffer.from(serialize(records), 'utf8');
    const entry = Buffer.allocUnsafe(HEADER + payload.length);
    entry.writeUInt32BE(payload.length, 0);
    entry.writeBigInt64BE(BigInt(first), 8);
    entry.writeUInt32BE(records.length, 16);
    payload.copy(entry, HEADER);
    entry.writeUInt32BE(crc32c(entry, 8, entry.length), 4);
    let active = this.segments.at(-1);
    if (!active || this.fd === null || active.size >= this.segmentBytes) {
      this.closeActive();
      // A recovered last segment is appended to; a full one (or none) gets a new segment.
      if (!active || active.size >= this.segmentBytes || active.end !== first) {
        active = { file: path.join(this.dir, segmentName(first)), base: first, end: first, size: 0 };
        this.segments.push(active);
      }
      this.fd = fs.openSync(active.file, 'a');
    }
    let written = 0;
    while (written < entry.length) written += fs.writeSync(this.fd, entry, written, entry.length - written);
    active.size += entry.length;
    active.end = first + records.length;
    this.nextOffset = active.end;
    return first;
  }

  /** The records at offsets at or after `offset` (inclusive), in order, one group per entry. */
  readFrom(offset: number): LoggedRecords<T>[] {
    const out: LoggedRecords<T>[] = [];
    for (const seg of this.segments) {
      if (seg.end <= offset) continue;
      const buf = fs.readFileSync(seg.file);
      let pos = 0;
      while (pos + HEADER <= seg.size) {
        const n = buf.readUInt32BE(pos);
        const first = Number(buf.readBigInt64BE(pos + 8));
        const count = buf.readUInt32BE(pos + 16);
        if (first + count > offset) {
          const records = deserialize<T[]>(buf.toString('utf8', pos + HEADER, pos + HEADER + n));
          const skip = Math.max(0, offset - first);
          out.push({ offset: first + skip, records: skip > 0 ? records.slice(skip) : records });
        }
        pos += HEADER + n;
      }
    }
    return out;
  }

  /** Deletes the segments whose records all lie below `offset` (exclusive): they were processed and checkpointed. */
  deleteBefore(offset: number): void {
    while (this.segments.length > 0 && this.segments[0].end <= offset) {
      const seg = this.segments[0];
      if (this.segments.length === 1) this.closeActive();
      fs.rmSync(seg.file, { force: true });
      this.segments.shift();
    }
  }

  private closeActive(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  /** Closes the active segment. */
  close(): void {
    this.closeActive();
  }
}
