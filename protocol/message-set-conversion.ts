/**
 * Conversion between the old message formats (v0/v1, message-set.ts) and
 * the v2 record batches Tributary stores, as Kafka 3.x converts:
 *
 * - Up-conversion (Produce v0-v2): every message of the payload, wrappers
 *   opened, becomes one record of a single v2 batch (no producer id), with
 *   the wrappers' codec (the first compressed one's) as the batch's. Magic 0
 *   messages have no timestamp: their records carry -1 (NO_TIMESTAMP), which
 *   the timestamp checks skip, as Kafka's do.
 * - Down-conversion (Fetch v0-v3: v0-v1 read magic 0, v2-v3 magic 1): every
 *   stored batch becomes messages of the fetch's magic; control batches are
 *   dropped, records below the fetch offset too (a v2 batch is read whole),
 *   headers are lost (the old formats have none). A compressed batch becomes
 *   one wrapper of the same codec, except lz4 under magic 0, written
 *   uncompressed: Kafka 0.8-0.9 framed lz4 with a wrong header checksum
 *   that current lz4 libraries refuse, and Tributary does not write that
 *   framing. A zstd batch cannot be expressed in v0/v1: the partition answers
 *   UNSUPPORTED_COMPRESSION_TYPE, as Kafka does for fetches below v10.
 *
 * Per-record work, off the hot path: only old clients pay for it.
 */
import { Compression, LOG_OVERHEAD, BATCH_LENGTH_OFFSET, ATTRIBUTES_OFFSET, compressionOf } from './record-batch.js';
import { decodeRecordBatches, encodeRecordBatch, type RecordInput } from './record-codec.js';
import {
  LEGACY_CODEC_MASK,
  LEGACY_TIMESTAMP_TYPE_MASK,
  MessageSetError,
  messageEntrySize,
  readMessageSet,
  wrapMessageSet,
  writeMessageEntry,
  type LegacyMessage,
} from './message-set.js';

/** The magic a Fetch version answers in: v0-v1 magic 0, v2-v3 magic 1, v4+ magic 2. */
export function fetchMagic(fetchVersion: number): number {
  return fetchVersion <= 1 ? 0 : fetchVersion <= 3 ? 1 : 2;
}

/** A Produce payload up-converted: one v2 batch and how many records it holds. */
export interface UpConverted {
  readonly batch: Buffer;
  readonly recordCount: number;
  /** The magic of the messages (0 or 1). */
  readonly magic: number;
}

/**
 * Converts a Produce v0-v2 payload (a message set of magic 0 or 1) into one
 * v2 batch. Throws {@link MessageSetError} for a payload Kafka refuses (bad
 * CRC, mixed or unknown magic, an empty set, codec 4+).
 */
export function upConvertMessageSet(payload: Buffer): UpConverted {
  const messages: LegacyMessage[] = readMessageSet(payload, true);
  if (messages.length === 0) throw new MessageSetError('INVALID_RECORD', 'the message set holds no message');
  let codec: number = Compression.NONE;
  for (let pos = 0; pos < payload.length && codec === Compression.NONE;) {
    // The first wrapper's codec, read from the entry headers (readMessageSet opened the wrappers).
    const size = payload.readInt32BE(pos + 8);
    codec = payload.readInt8(pos + 17) & LEGACY_CODEC_MASK;
    pos += 12 + size;
  }
  const magic = messages[0].magic;
  const records: RecordInput[] = new Array(messages.length);
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    if (m.magic !== magic) throw new MessageSetError('INVALID_RECORD', `messages of magic ${magic} and ${m.magic} in one request`);
    records[i] = { key: m.key, value: m.value, timestamp: m.timestamp, offsetDelta: i };
  }
  return {
    batch: encodeRecordBatch({ records, compression: codec, baseTimestamp: messages[0].timestamp }),
    recordCount: messages.length,
    magic,
  };
}

/**
 * Converts stored v2 batches (as a fetch read them) to a message set of
 * `magic` (0 or 1), from `fetchOffset` (inclusive). Throws
 * {@link MessageSetError} UNSUPPORTED_COMPRESSION_TYPE for a zstd batch.
 */
export function downConvertBatches(records: Buffer, magic: number, fetchOffset: number): Buffer {
  // zstd first, before decoding anything (zstd can only be read once its codec is loaded).
  for (let pos = 0; pos + ATTRIBUTES_OFFSET + 2 <= records.length; pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET)) {
    if (compressionOf(records.readInt16BE(pos + ATTRIBUTES_OFFSET)) === Compression.ZSTD) {
      throw new MessageSetError('UNSUPPORTED_COMPRESSION_TYPE', `zstd-compressed records cannot be read as message format v${magic}`);
    }
  }
  const parts: Buffer[] = [];
  for (const b of decodeRecordBatches(records, { views: true })) {
    if (b.isControl) continue;
    const logAppend = b.timestampType === 1;
    const attributes = magic === 1 && logAppend ? LEGACY_TIMESTAMP_TYPE_MASK : 0;
    let first = 0;
    while (first < b.records.length && b.records[first].offset < fetchOffset) first++;
    if (first === b.records.length) continue;
    const wrap = b.compression !== Compression.NONE && !(magic === 0 && b.compression === Compression.LZ4);
    let size = 0;
    for (let i = first; i < b.records.length; i++) size += messageEntrySize(magic, b.records[i].key, b.records[i].value);
    const set = Buffer.allocUnsafe(size);
    const base = b.records[first].offset;
    let p = 0;
    for (let i = first; i < b.records.length; i++) {
      const r = b.records[i];
      // Inside a magic 1 wrapper offsets are relative to the first (KIP-31); elsewhere absolute.
      const offset = wrap && magic === 1 ? r.offset - base : r.offset;
      p = writeMessageEntry(set, p, offset, magic, wrap ? 0 : attributes, magic === 1 ? r.timestamp : -1, r.key, r.value);
    }
    if (!wrap) parts.push(set);
    else {
      const last = b.records[b.records.length - 1].offset;
      parts.push(wrapMessageSet(set, magic, b.compression, last, b.maxTimestamp, logAppend));
    }
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}
