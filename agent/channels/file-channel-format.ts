/**
 * On-disk format of the file channel's data files (the log). Big-endian
 * integers throughout.
 *
 * A data file `log-<id>` (id a positive integer, one file written at a time,
 * ids increasing) starts with a 16-byte header and continues with commit
 * blocks back to back, nothing else:
 *
 *   header  "TRBFLOG1" (8 bytes) | u32 file id | u32 0 (reserved)
 *
 *   block   u32 length        bytes after this field (crc included)
 *           u32 crc32c        CRC32C of the bytes after this field
 *           u8  version       1
 *           u32 putCount
 *           putCount events   (below), in put order
 *           u32 takeCount
 *           takeCount × (u32 file id | u32 offset)   addresses of the events taken
 *           u32 markCount
 *           markCount × (u16 keyLength | key utf-8 | i32 valueLength (-1: remove) | value utf-8)
 *
 *   event   u32 length        bytes after this field
 *           u16 headerCount
 *           headerCount × (u16 keyLength | key utf-8 | u32 valueLength | value utf-8)
 *           u32 bodyLength | body
 *
 * An event's address is (file id, offset of its length field); it never
 * changes, and the in-memory queue holds only addresses and lengths.
 *
 * One block is one committed transaction: the channel writes it, fsyncs the
 * file, and only then reports the commit, so a block is either entirely on
 * disk or was never acknowledged. Blocks are appended in commit order. A
 * crash can leave at most a torn last block in the newest file; recovery
 * detects it (short length or CRC mismatch) and truncates it away. A file is
 * closed once it would exceed maxFileSize and never written again.
 */
import { crc32c } from '../../protocol/crc32c.js';
import type { FlumeEvent } from '../event.js';

/** Bytes of a data file header. */
export const FILE_HEADER_SIZE = 16;
const MAGIC = Buffer.from('TRBFLOG1', 'latin1');
/** Bytes before a block's version byte (length and crc). */
export const BLOCK_PREFIX = 8;
const VERSION = 1;

/** The header of data file `id`. */
export function fileHeader(id: number): Buffer {
  const b = Buffer.alloc(FILE_HEADER_SIZE);
  MAGIC.copy(b, 0);
  b.writeUInt32BE(id, 8);
  return b;
}

/** The file id in a header, or -1 when the bytes are not one. */
export function readFileHeader(b: Buffer): number {
  if (b.length < FILE_HEADER_SIZE || !b.subarray(0, 8).equals(MAGIC)) return -1;
  return b.readUInt32BE(8);
}

/** Packs a (file id, offset) address into one safe integer. */
export function packAddress(fileId: number, offset: number): number {
  return fileId * 0x1_0000_0000 + offset;
}

/** The file id of a packed address. */
export function addressFile(addr: number): number {
  return Math.floor(addr / 0x1_0000_0000);
}

/** The offset of a packed address. */
export function addressOffset(addr: number): number {
  return addr % 0x1_0000_0000;
}

/** Encoded size of an event, its length field included. */
export function eventSize(e: FlumeEvent): number {
  let n = 4 + 2 + 4 + e.body.length;
  for (const k in e.headers) n += 2 + Buffer.byteLength(k) + 4 + Buffer.byteLength(e.headers[k]);
  return n;
}

/** What a block holds. */
export interface BlockContent {
  puts: readonly FlumeEvent[];
  /** Packed addresses. */
  takes: readonly number[];
  marks: ReadonlyMap<string, string | null>;
}

/**
 * Encodes a block. `eventOffsets` receives, for each put, the offset of the
 * event's length field from the start of the block, and then the offset just
 * past the last event (so that event i spans eventOffsets[i] to
 * eventOffsets[i + 1], end exclusive).
 */
export function encodeBlock(content: BlockContent, eventOffsets: number[]): Buffer {
  let size = BLOCK_PREFIX + 1 + 4 + 4 + content.takes.length * 8 + 4;
  for (const e of content.puts) size += eventSize(e);
  for (const [k, v] of content.marks) size += 2 + Buffer.byteLength(k) + 4 + (v === null ? 0 : Buffer.byteLength(v));
  const b = Buffer.allocUnsafe(size);
  let o = BLOCK_PREFIX;
  b.writeUInt8(VERSION, o++);
  b.writeUInt32BE(content.puts.length, o);
  o += 4;
  for (const e of content.puts) {
    eventOffsets.push(o);
    const start = o;
    o += 4;
    let hc = 0;
    for (const _ in e.headers) hc++;
    b.writeUInt16BE(hc, o);
    o += 2;
    for (const k in e.headers) {
      const kl = b.write(k, o + 2);
      b.writeUInt16BE(kl, o);
      o += 2 + kl;
      const vl = b.write(e.headers[k], o + 4);
      b.writeUInt32BE(vl, o);
      o += 4 + vl;
    }
    b.writeUInt32BE(e.body.length, o);
    o += 4;
    e.body.copy(b, o);
    o += e.body.length;
    b.writeUInt32BE(o - start - 4, start);
  }
  eventOffsets.push(o);
  b.writeUInt32BE(content.takes.length, o);
  o += 4;
  for (const a of content.takes) {
    b.writeUInt32BE(addressFile(a), o);
    b.writeUInt32BE(addressOffset(a), o + 4);
    o += 8;
  }
  b.writeUInt32BE(content.marks.size, o);
  o += 4;
  for (const [k, v] of content.marks) {
    const kl = b.write(k, o + 2);
    b.writeUInt16BE(kl, o);
    o += 2 + kl;
    if (v === null) {
      b.writeInt32BE(-1, o);
      o += 4;
    } else {
      const vl = b.write(v, o + 4);
      b.writeInt32BE(vl, o);
      o += 4 + vl;
    }
  }
  b.writeUInt32BE(o - 4, 0);
  b.writeUInt32BE(crc32c(b, BLOCK_PREFIX, o), 4);
  return o === size ? b : b.subarray(0, o);
}

/** Decodes the event whose length field starts at `o` in `b`. */
export function decodeEvent(b: Buffer, o: number): FlumeEvent {
  const end = o + 4 + b.readUInt32BE(o);
  o += 4;
  const hc = b.readUInt16BE(o);
  o += 2;
  const headers: Record<string, string> = {};
  for (let i = 0; i < hc; i++) {
    const kl = b.readUInt16BE(o);
    const k = b.toString('utf8', o + 2, o + 2 + kl);
    o += 2 + kl;
    const vl = b.readUInt32BE(o);
    headers[k] = b.toString('utf8', o + 4, o + 4 + vl);
    o += 4 + vl;
  }
  const bl = b.readUInt32BE(o);
  o += 4;
  if (o + bl !== end) throw new Error('event length does not match its contents');
  // A copy: the read buffer is reused.
  return { headers, body: Buffer.from(b.subarray(o, o + bl)) };
}

/** A decoded block: put events with their offsets in the block, take addresses, marks. */
export interface DecodedBlock {
  /** Offsets (from the block start) and lengths (length field included) of the put events. */
  puts: { offset: number; size: number }[];
  takes: number[];
  marks: Map<string, string | null>;
}

/**
 * Checks and decodes the block starting at `o` in `b` (which must hold the
 * whole block). Returns null when the bytes are not a valid block (torn or
 * corrupt).
 */
export function decodeBlock(b: Buffer, o: number): DecodedBlock | null {
  if (o + BLOCK_PREFIX > b.length) return null;
  const len = b.readUInt32BE(o);
  const end = o + 4 + len;
  if (len < 4 + 1 + 12 || end > b.length) return null;
  if (crc32c(b, o + BLOCK_PREFIX, end) !== b.readUInt32BE(o + 4)) return null;
  let p = o + BLOCK_PREFIX;
  if (b.readUInt8(p++) !== VERSION) return null;
  const puts: { offset: number; size: number }[] = [];
  const n = b.readUInt32BE(p);
  p += 4;
  for (let i = 0; i < n; i++) {
    const size = 4 + b.readUInt32BE(p);
    puts.push({ offset: p - o, size });
    p += size;
  }
  const takes: number[] = [];
  const t = b.readUInt32BE(p);
  p += 4;
  for (let i = 0; i < t; i++) {
    takes.push(packAddress(b.readUInt32BE(p), b.readUInt32BE(p + 4)));
    p += 8;
  }
  const marks = new Map<string, string | null>();
  const m = b.readUInt32BE(p);
  p += 4;
  for (let i = 0; i < m; i++) {
    const kl = b.readUInt16BE(p);
    const k = b.toString('utf8', p + 2, p + 2 + kl);
    p += 2 + kl;
    const vl = b.readInt32BE(p);
    p += 4;
    if (vl < 0) marks.set(k, null);
    else {
      marks.set(k, b.toString('utf8', p, p + vl));
      p += vl;
    }
  }
  return p === end ? { puts, takes, marks } : null;
}

/** The total size of the block at `o` according to its length field (BLOCK_PREFIX.. included), or -1 if unreadable. */
export function blockSize(b: Buffer, o: number): number {
  return o + 4 <= b.length ? 4 + b.readUInt32BE(o) : -1;
}
