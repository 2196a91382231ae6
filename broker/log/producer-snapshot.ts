/**
 * Producer state snapshots: `<20-digit offset>.snapshot` in the partition
 * dir (Kafka's file name), the producer state (producer-state.ts) as it was
 * when the log end offset was <offset>: every batch below the offset applied,
 * none at or above it.
 *
 * Written by the partition log when a segment rolls (offset = the new
 * segment's base) and when the log closes (offset = log end offset); each is
 * written whole and atomically (PartitionStore.writeFileAtomic). After a
 * restart, clean or not, the state is read from the latest valid snapshot at
 * or below the log end offset and the batches after it are replayed
 * (log-loader.ts); snapshots above the log end offset (left by a truncated
 * tail) are deleted. Snapshots go with their segments: retention deletes those
 * below the new log start offset, truncation those above the new end.
 *
 * Layout (big-endian; our own, with Kafka's fields per producer plus the 5
 * retained batches, which Kafka's format does not keep):
 *   0   version   int16   1
 *   2   crc       uint32  CRC-32C of bytes [6, end)
 *   6   count     int32   producers
 *   10  producers, each:
 *         producerId int64, epoch int16, coordinatorEpoch int32,
 *         lastTimestamp int64, currentTxnFirstOffset int64 (-1: none),
 *         n int8 (0..5), then n × (firstSeq int32, lastSeq int32,
 *         firstOffset int64, lastOffset int64), oldest first
 * A file that is too short, has another version or a CRC mismatch is
 * corrupt: it is ignored and deleted, and an older one is used.
 */
import { crc32c } from '../../protocol/crc32c.js';
import { readInt64, writeInt64 } from '../../protocol/record-batch.js';
import { BATCHES_TO_RETAIN, ProducerEntry, type ProducerStateManager } from './producer-state.js';
import type { PartitionStore } from './partition-store.js';

const VERSION = 1;
const HEADER = 10;
const PRODUCER_FIXED = 8 + 2 + 4 + 8 + 8 + 1;
const BATCH_BYTES = 4 + 4 + 8 + 8;
const SUFFIX = '.snapshot';
const NAME = /^(\d{20})\.snapshot$/;

/** `<20-digit offset>.snapshot`. */
export function snapshotFileName(offset: number): string {
  return String(offset).padStart(20, '0') + SUFFIX;
}

/** Offsets of the snapshot files in `store`, ascending. */
export function listSnapshots(store: PartitionStore): number[] {
  const out: number[] = [];
  for (const f of store.list()) {
    const m = NAME.exec(f);
    if (m) out.push(Number(m[1]));
  }
  return out.sort((a, b) => a - b);
}

/** Serialises the state (the layout above). */
export function encodeSnapshot(state: ProducerStateManager): Buffer {
  let size = HEADER;
  for (const e of state.entries()) size += PRODUCER_FIXED + e.n * BATCH_BYTES;
  const b = Buffer.allocUnsafe(size);
  b.writeInt16BE(VERSION, 0);
  b.writeInt32BE(state.size, 6);
  let p = HEADER;
  for (const e of state.entries()) {
    writeInt64(b, p, e.producerId);
    b.writeInt16BE(e.epoch, p + 8);
    b.writeInt32BE(e.coordinatorEpoch, p + 10);
    writeInt64(b, p + 14, e.lastTimestamp);
    writeInt64(b, p + 22, e.currentTxnFirstOffset);
    b.writeInt8(e.n, p + 30);
    p += PRODUCER_FIXED;
    for (let i = 0; i < e.n; i++) {
      const s = e.slot(i);
      b.writeInt32BE(e.meta[s]!, p);
      b.writeInt32BE(e.meta[s + 1]!, p + 4);
      writeInt64(b, p + 8, e.meta[s + 2]!);
      writeInt64(b, p + 16, e.meta[s + 3]!);
      p += BATCH_BYTES;
    }
  }
  b.writeUInt32BE(crc32c(b.subarray(6)), 2);
  return b;
}

/** The entries of a snapshot, or null when it is corrupt (see the header). */
export function decodeSnapshot(b: Buffer): ProducerEntry[] | null {
  if (b.length < HEADER || b.readInt16BE(0) !== VERSION || b.readUInt32BE(2) !== crc32c(b.subarray(6))) return null;
  const count = b.readInt32BE(6);
  const out: ProducerEntry[] = [];
  let p = HEADER;
  for (let k = 0; k < count; k++) {
    if (p + PRODUCER_FIXED > b.length) return null;
    const e = new ProducerEntry(readInt64(b, p), b.readInt16BE(p + 8));
    e.coordinatorEpoch = b.readInt32BE(p + 10);
    e.lastTimestamp = readInt64(b, p + 14);
    e.currentTxnFirstOffset = readInt64(b, p + 22);
    const n = b.readInt8(p + 30);
    p += PRODUCER_FIXED;
    if (n < 0 || n > BATCHES_TO_RETAIN || p + n * BATCH_BYTES > b.length) return null;
    for (let i = 0; i < n; i++) {
      e.push(b.readInt32BE(p), b.readInt32BE(p + 4), readInt64(b, p + 8), readInt64(b, p + 16));
      p += BATCH_BYTES;
    }
    out.push(e);
  }
  return p === b.length ? out : null;
}

/**
 * Writes the snapshot of `state` at `offset` (atomically, replacing one at
 * the same offset); fsynced unless `durable` is false (a snapshot lost to a
 * crash, or torn: the CRC tells, only means a longer replay at load).
 */
export function writeSnapshot(store: PartitionStore, offset: number, state: ProducerStateManager, durable = true): void {
  store.writeFileAtomic(snapshotFileName(offset), encodeSnapshot(state), durable);
}

/**
 * Loads into `state` (cleared first) the latest valid snapshot at or below
 * `maxOffset` and at or above `minOffset`, deleting those above `maxOffset`
 * and corrupt ones on the way; returns its offset, or -1 when there is none
 * (the state is then empty).
 */
export function loadLatestSnapshot(store: PartitionStore, state: ProducerStateManager, minOffset: number, maxOffset: number): number {
  state.clear();
  const offsets = listSnapshots(store);
  for (let i = offsets.length - 1; i >= 0; i--) {
    const off = offsets[i]!;
    if (off > maxOffset) {
      store.remove(snapshotFileName(off));
      continue;
    }
    if (off < minOffset) return -1;
    const data = store.readFile(snapshotFileName(off));
    const entries = data === null ? null : decodeSnapshot(data);
    if (entries === null) {
      store.remove(snapshotFileName(off));
      continue;
    }
    for (const e of entries) state.restore(e);
    return off;
  }
  return -1;
}

/** Deletes the snapshots below `offset` (retention moved the log start) or, with `above`, those above it (truncation). */
export function deleteSnapshots(store: PartitionStore, offset: number, above = false): void {
  for (const off of listSnapshots(store)) if (above ? off > offset : off < offset) store.remove(snapshotFileName(off));
}
