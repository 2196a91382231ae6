/**
 * The file channel's checkpoint: the queue (event addresses and sizes, in
 * order), the source marks, and the log position the snapshot corresponds
 * to, so that a restart loads it and replays only the blocks after that
 * position instead of every data file. Big-endian integers.
 *
 *   "TRBFCKP1" (8 bytes) | u32 crc32c of everything after this field
 *   | u32 log file id | u32 log offset       replay resumes here (the next block, inclusive)
 *   | u32 entryCount | entryCount × (u32 file id | u32 offset | u32 size)
 *   | u32 markCount  | markCount × (u16 keyLength | key | u32 valueLength | value)
 *
 * Written to `checkpoint.tmp`, fsynced, then the current `checkpoint` is
 * renamed to `checkpoint.prev` and the new one renamed into place (and the
 * directory fsynced). Loading takes `checkpoint` if its CRC holds, else
 * `checkpoint.prev`, else none (full replay). The channel deletes a data file
 * only when neither checkpoint needs it, so falling back to the previous one
 * is always possible.
 */
import fs from 'node:fs';
import path from 'node:path';
import { crc32c } from '../../protocol/crc32c.js';
import { addressFile, addressOffset, packAddress } from './file-channel-format.js';

const MAGIC = Buffer.from('TRBFCKP1', 'latin1');

/** What a checkpoint holds. */
export interface Checkpoint {
  logFile: number;
  logOffset: number;
  /** Packed addresses, head first. */
  addrs: number[];
  sizes: number[];
  marks: Map<string, string>;
}

/** The smallest data file id a checkpoint needs (its replay start or its oldest event). */
export function oldestNeededFile(cp: Checkpoint): number {
  let min = cp.logFile;
  for (const a of cp.addrs) min = Math.min(min, addressFile(a));
  return min;
}

/** Encodes a checkpoint. */
export function encodeCheckpoint(cp: Checkpoint): Buffer {
  let size = 8 + 4 + 8 + 4 + cp.addrs.length * 12 + 4;
  for (const [k, v] of cp.marks) size += 2 + Buffer.byteLength(k) + 4 + Buffer.byteLength(v);
  const b = Buffer.allocUnsafe(size);
  MAGIC.copy(b, 0);
  let o = 12;
  b.writeUInt32BE(cp.logFile, o);
  b.writeUInt32BE(cp.logOffset, o + 4);
  b.writeUInt32BE(cp.addrs.length, o + 8);
  o += 12;
  for (let i = 0; i < cp.addrs.length; i++) {
    b.writeUInt32BE(addressFile(cp.addrs[i]), o);
    b.writeUInt32BE(addressOffset(cp.addrs[i]), o + 4);
    b.writeUInt32BE(cp.sizes[i], o + 8);
    o += 12;
  }
  b.writeUInt32BE(cp.marks.size, o);
  o += 4;
  for (const [k, v] of cp.marks) {
    const kl = b.write(k, o + 2);
    b.writeUInt16BE(kl, o);
    o += 2 + kl;
    const vl = b.write(v, o + 4);
    b.writeUInt32BE(vl, o);
    o += 4 + vl;
  }
  b.writeUInt32BE(crc32c(b, 12, o), 8);
  return b.subarray(0, o);
}

/** Decodes a checkpoint; null when the bytes are not a valid one. */
export function decodeCheckpoint(b: Buffer): Checkpoint | null {
  if (b.length < 28 || !b.subarray(0, 8).equals(MAGIC) || crc32c(b, 12) !== b.readUInt32BE(8)) return null;
  let o = 12;
  const cp: Checkpoint = { logFile: b.readUInt32BE(o), logOffset: b.readUInt32BE(o + 4), addrs: [], sizes: [], marks: new Map() };
  const n = b.readUInt32BE(o + 8);
  o += 12;
  for (let i = 0; i < n; i++) {
    cp.addrs.push(packAddress(b.readUInt32BE(o), b.readUInt32BE(o + 4)));
    cp.sizes.push(b.readUInt32BE(o + 8));
    o += 12;
  }
  const m = b.readUInt32BE(o);
  o += 4;
  for (let i = 0; i < m; i++) {
    const kl = b.readUInt16BE(o);
    const k = b.toString('utf8', o + 2, o + 2 + kl);
    o += 2 + kl;
    const vl = b.readUInt32BE(o);
    cp.marks.set(k, b.toString('utf8', o + 4, o + 4 + vl));
    o += 4 + vl;
  }
  return cp;
}

/** Reads `checkpoint`, falling back to `checkpoint.prev`; also returns the one not used for loading (for file retention). */
export function loadCheckpoints(dir: string): { current: Checkpoint | null; previous: Checkpoint | null } {
  const read = (name: string): Checkpoint | null => {
    try {
      return decodeCheckpoint(fs.readFileSync(path.join(dir, name)));
    } catch {
      return null;
    }
  };
  const cur = read('checkpoint');
  const prev = read('checkpoint.prev');
  return cur ? { current: cur, previous: prev } : { current: prev, previous: null };
}

/** Writes a checkpoint durably (temporary file, fsync, rotate the old one to .prev, rename, fsync the directory). */
export async function writeCheckpoint(dir: string, cp: Checkpoint): Promise<void> {
  const tmp = path.join(dir, 'checkpoint.tmp');
  const fh = await fs.promises.open(tmp, 'w');
  try {
    await fh.writeFile(encodeCheckpoint(cp));
    await fh.sync();
  } finally {
    await fh.close();
  }
  const cur = path.join(dir, 'checkpoint');
  if (fs.existsSync(cur)) await fs.promises.rename(cur, path.join(dir, 'checkpoint.prev'));
  await fs.promises.rename(tmp, cur);
  const dh = await fs.promises.open(dir, 'r');
  await dh.sync().catch(() => undefined);
  await dh.close();
}
