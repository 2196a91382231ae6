/**
 * Encoding and decoding of whole v2 record batches with their records, for
 * use OFF the hot path: tests, internal topics, compaction, the log dumper and
 * a future lean client. Produce and fetch never call this (they work on the
 * 61-byte header only; see record-batch.ts).
 *
 * Record layout inside a batch (after decompression):
 *   length varint | attributes int8 | timestampDelta varlong | offsetDelta varint
 *   | keyLength varint (-1 = null) | key | valueLength varint (-1 = null) | value
 *   | headerCount varint | (headerKeyLength varint | utf8 key | headerValueLength varint | value)*
 * varint/varlong are zigzag-encoded base-128, least significant group first.
 *
 * Stateless; safe for any caller (zstd needs `initCodecs()` once).
 */
import {
  RECORD_BATCH_OVERHEAD,
  LOG_OVERHEAD,
  CURRENT_MAGIC,
  NO_PRODUCER_ID,
  NO_PRODUCER_EPOCH,
  NO_SEQUENCE,
  NO_PARTITION_LEADER_EPOCH,
  MIN_BATCH_LENGTH,
  readInt64,
  writeInt64,
  makeAttributes,
  writeBatchCrc,
  isBatchCrcValid,
  compressionOf,
  timestampTypeOf,
  isTransactional,
  isControl,
  ATTRIBUTES_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  PRODUCER_ID_OFFSET,
  PRODUCER_EPOCH_OFFSET,
  BASE_SEQUENCE_OFFSET,
  RECORDS_COUNT_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  PARTITION_LEADER_EPOCH_OFFSET,
  MAGIC_OFFSET,
  CRC_OFFSET,
  BATCH_LENGTH_OFFSET,
} from './record-batch.js';
import { compress, decompress } from './compression.js';

/** A record header: string key, nullable bytes value. */
export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

/** One record to encode. Strings are UTF-8 encoded. */
export interface RecordInput {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  headers?: RecordHeader[];
  /** Epoch ms; defaults to the batch's baseTimestamp. */
  timestamp?: number;
  /** Defaults to the record's index in the batch (set it to leave gaps, as compaction does). */
  offsetDelta?: number;
}

/** Everything that goes into one batch. */
export interface EncodeBatchOptions {
  baseOffset?: number;
  records: RecordInput[];
  /** A Compression value; default NONE. */
  compression?: number;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  /** 0 CreateTime (default), 1 LogAppendTime. */
  timestampType?: number;
  partitionLeaderEpoch?: number;
  transactional?: boolean;
  control?: boolean;
  /** Defaults to the first record's timestamp, else Date.now(). */
  baseTimestamp?: number;
  /** Defaults to the largest record timestamp. */
  maxTimestamp?: number;
  /** Defaults to the largest offsetDelta. */
  lastOffsetDelta?: number;
}

/** A decoded record with absolute offset and timestamp. */
export interface DecodedRecord {
  offset: number;
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
  attributes: number;
}

/** A decoded batch: header fields plus records. */
export interface DecodedBatch {
  baseOffset: number;
  lastOffset: number;
  sizeInBytes: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  crcValid: boolean;
  attributes: number;
  compression: number;
  timestampType: number;
  isTransactional: boolean;
  isControl: boolean;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordsCount: number;
  records: DecodedRecord[];
}

/** Bytes a zigzag varint of the int32 `v` takes. */
export function sizeOfVarint(v: number): number {
  let z = ((v << 1) ^ (v >> 31)) >>> 0;
  let n = 1;
  while (z >= 0x80) {
    z >>>= 7;
    n++;
  }
  return n;
}

/** Bytes a zigzag varlong of the safe integer `v` takes. */
export function sizeOfVarlong(v: number): number {
  let z = v >= 0 ? v * 2 : -v * 2 - 1;
  let n = 1;
  while (z >= 0x80) {
    z = Math.floor(z / 128);
    n++;
  }
  return n;
}

/** Writes a zigzag varint at `pos`; returns the position after it. */
export function writeVarint(buf: Buffer, pos: number, v: number): number {
  let z = ((v << 1) ^ (v >> 31)) >>> 0;
  while (z >= 0x80) {
    buf[pos++] = (z & 0x7f) | 0x80;
    z >>>= 7;
  }
  buf[pos++] = z;
  return pos;
}

/** Writes a zigzag varlong at `pos`; returns the position after it. */
export function writeVarlong(buf: Buffer, pos: number, v: number): number {
  let z = v >= 0 ? v * 2 : -v * 2 - 1;
  while (z >= 0x80) {
    buf[pos++] = (z % 128) | 0x80;
    z = Math.floor(z / 128);
  }
  buf[pos++] = z;
  return pos;
}

/** A read position over a Buffer with varint readers. */
export class ByteCursor {
  constructor(
    readonly buf: Buffer,
    public pos = 0,
  ) {}

  /** Reads a zigzag varint (int32). */
  readVarint(): number {
    let z = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.buf.length) throw new RangeError('varint runs past the end');
      const b = this.buf[this.pos++]!;
      z |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
      shift += 7;
      if (shift > 28) throw new RangeError('varint too long');
    }
    return (z >>> 1) ^ -(z & 1);
  }

  /** Reads a zigzag varlong as a number (exact up to 2^53). */
  readVarlong(): number {
    let z = 0;
    let mul = 1;
    for (;;) {
      if (this.pos >= this.buf.length) throw new RangeError('varlong runs past the end');
      const b = this.buf[this.pos++]!;
      z += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) break;
      mul *= 128;
      if (mul > 2 ** 63) throw new RangeError('varlong too long');
    }
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  /** Reads `n` bytes as a view (no copy). */
  readBytes(n: number): Buffer {
    if (n < 0 || this.pos + n > this.buf.length) throw new RangeError('bytes run past the end');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

function toBytes(v: Buffer | string | null | undefined): Buffer | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
}

/** Encodes one v2 record batch (header + records, compressed if asked) and computes its CRC. */
export function encodeRecordBatch(opts: EncodeBatchOptions): Buffer {
  const recs = opts.records;
  const n = recs.length;
  const baseTimestamp = opts.baseTimestamp ?? (n > 0 && recs[0]!.timestamp !== undefined ? recs[0]!.timestamp : Date.now());
  const keys: (Buffer | null)[] = new Array(n);
  const values: (Buffer | null)[] = new Array(n);
  const headerKeys: Buffer[][] = new Array(n);
  const bodySizes: number[] = new Array(n);
  let total = 0;
  let maxTs = -1;
  let maxDelta = n > 0 ? 0 : -1;
  for (let i = 0; i < n; i++) {
    const r = recs[i]!;
    const ts = r.timestamp ?? baseTimestamp;
    if (ts > maxTs) maxTs = ts;
    const delta = r.offsetDelta ?? i;
    if (delta > maxDelta) maxDelta = delta;
    const key = toBytes(r.key);
    const value = toBytes(r.value);
    keys[i] = key;
    values[i] = value;
    let body = 1 + sizeOfVarlong(ts - baseTimestamp) + sizeOfVarint(delta);
    body += key === null ? 1 : sizeOfVarint(key.length) + key.length;
    body += value === null ? 1 : sizeOfVarint(value.length) + value.length;
    const hs = r.headers ?? [];
    const hk: Buffer[] = new Array(hs.length);
    body += sizeOfVarint(hs.length);
    for (let h = 0; h < hs.length; h++) {
      const k = Buffer.from(hs[h]!.key, 'utf8');
      hk[h] = k;
      const hv = hs[h]!.value;
      body += sizeOfVarint(k.length) + k.length + (hv === null ? 1 : sizeOfVarint(hv.length) + hv.length);
    }
    headerKeys[i] = hk;
    bodySizes[i] = body;
    total += sizeOfVarint(body) + body;
  }
  const raw = Buffer.allocUnsafe(total);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const r = recs[i]!;
    p = writeVarint(raw, p, bodySizes[i]!);
    raw[p++] = 0;
    p = writeVarlong(raw, p, (r.timestamp ?? baseTimestamp) - baseTimestamp);
    p = writeVarint(raw, p, r.offsetDelta ?? i);
    const key = keys[i]!;
    if (key === null) p = writeVarint(raw, p, -1);
    else {
      p = writeVarint(raw, p, key.length);
      p += key.copy(raw, p);
    }
    const value = values[i]!;
    if (value === null) p = writeVarint(raw, p, -1);
    else {
      p = writeVarint(raw, p, value.length);
      p += value.copy(raw, p);
    }
    const hs = r.headers ?? [];
    p = writeVarint(raw, p, hs.length);
    for (let h = 0; h < hs.length; h++) {
      const k = headerKeys[i]![h]!;
      p = writeVarint(raw, p, k.length);
      p += k.copy(raw, p);
      const hv = hs[h]!.value;
      if (hv === null) p = writeVarint(raw, p, -1);
      else {
        p = writeVarint(raw, p, hv.length);
        p += hv.copy(raw, p);
      }
    }
  }
  const codec = opts.compression ?? 0;
  const body = compress(codec, raw);
  const out = Buffer.allocUnsafe(RECORD_BATCH_OVERHEAD + body.length);
  writeInt64(out, 0, opts.baseOffset ?? 0);
  out.writeInt32BE(RECORD_BATCH_OVERHEAD - LOG_OVERHEAD + body.length, BATCH_LENGTH_OFFSET);
  out.writeInt32BE(opts.partitionLeaderEpoch ?? NO_PARTITION_LEADER_EPOCH, PARTITION_LEADER_EPOCH_OFFSET);
  out.writeInt8(CURRENT_MAGIC, MAGIC_OFFSET);
  out.writeUInt32BE(0, CRC_OFFSET);
  const tsType = opts.timestampType ?? 0;
  out.writeInt16BE(makeAttributes(codec, tsType, opts.transactional ?? false, opts.control ?? false), ATTRIBUTES_OFFSET);
  out.writeInt32BE(opts.lastOffsetDelta ?? maxDelta, LAST_OFFSET_DELTA_OFFSET);
  writeInt64(out, BASE_TIMESTAMP_OFFSET, baseTimestamp);
  writeInt64(out, MAX_TIMESTAMP_OFFSET, opts.maxTimestamp ?? (n > 0 ? maxTs : baseTimestamp));
  writeInt64(out, PRODUCER_ID_OFFSET, opts.producerId ?? NO_PRODUCER_ID);
  out.writeInt16BE(opts.producerEpoch ?? NO_PRODUCER_EPOCH, PRODUCER_EPOCH_OFFSET);
  out.writeInt32BE(opts.baseSequence ?? NO_SEQUENCE, BASE_SEQUENCE_OFFSET);
  out.writeInt32BE(n, RECORDS_COUNT_OFFSET);
  body.copy(out, RECORD_BATCH_OVERHEAD);
  writeBatchCrc(out, 0);
  return out;
}

/** Options of decodeRecordBatches. */
export interface DecodeOptions {
  /**
   * Return keys, values and header values as views into `buf` (or into the
   * decompressed batch) instead of copies. Views keep the whole source
   * buffer alive and see later writes to it: only for a buffer that is not
   * reused, such as a fetch response owned by the caller. Default false.
   */
  views?: boolean;
}

/** Decodes the records of the complete batch at `buf[pos, pos + size)`. */
function decodeRecords(buf: Buffer, pos: number, size: number, batch: DecodedBatch, views: boolean): DecodedRecord[] {
  const body = decompress(batch.compression, buf.subarray(pos + RECORD_BATCH_OVERHEAD, pos + size));
  const cur = new ByteCursor(body);
  const out: DecodedRecord[] = [];
  const logAppend = batch.timestampType === 1;
  for (let i = 0; i < batch.recordsCount; i++) {
    const len = cur.readVarint();
    const end = cur.pos + len;
    const attributes = cur.buf.readInt8(cur.pos++);
    const tsDelta = cur.readVarlong();
    const offsetDelta = cur.readVarint();
    const keyLen = cur.readVarint();
    const key = keyLen < 0 ? null : views ? cur.readBytes(keyLen) : Buffer.from(cur.readBytes(keyLen));
    const valueLen = cur.readVarint();
    const value = valueLen < 0 ? null : views ? cur.readBytes(valueLen) : Buffer.from(cur.readBytes(valueLen));
    const hcount = cur.readVarint();
    const headers: RecordHeader[] = [];
    for (let h = 0; h < hcount; h++) {
      const hk = cur.readBytes(cur.readVarint()).toString('utf8');
      const hl = cur.readVarint();
      headers.push({ key: hk, value: hl < 0 ? null : views ? cur.readBytes(hl) : Buffer.from(cur.readBytes(hl)) });
    }
    if (cur.pos !== end) throw new RangeError(`record ${i} length mismatch`);
    out.push({
      offset: batch.baseOffset + offsetDelta,
      timestamp: logAppend ? batch.maxTimestamp : batch.baseTimestamp + tsDelta,
      key,
      value,
      headers,
      attributes,
    });
  }
  return out;
}

/** Reads the header of the complete batch at `pos` (records left empty). */
export function decodeBatchHeader(buf: Buffer, pos: number): DecodedBatch {
  const length = buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
  const attributes = buf.readInt16BE(pos + ATTRIBUTES_OFFSET);
  const baseOffset = readInt64(buf, pos);
  const lastOffsetDelta = buf.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
  return {
    baseOffset,
    lastOffset: baseOffset + lastOffsetDelta,
    sizeInBytes: LOG_OVERHEAD + length,
    partitionLeaderEpoch: buf.readInt32BE(pos + PARTITION_LEADER_EPOCH_OFFSET),
    magic: buf.readInt8(pos + MAGIC_OFFSET),
    crc: buf.readUInt32BE(pos + CRC_OFFSET),
    crcValid: isBatchCrcValid(buf, pos),
    attributes,
    compression: compressionOf(attributes),
    timestampType: timestampTypeOf(attributes),
    isTransactional: isTransactional(attributes),
    isControl: isControl(attributes),
    lastOffsetDelta,
    baseTimestamp: readInt64(buf, pos + BASE_TIMESTAMP_OFFSET),
    maxTimestamp: readInt64(buf, pos + MAX_TIMESTAMP_OFFSET),
    producerId: readInt64(buf, pos + PRODUCER_ID_OFFSET),
    producerEpoch: buf.readInt16BE(pos + PRODUCER_EPOCH_OFFSET),
    baseSequence: buf.readInt32BE(pos + BASE_SEQUENCE_OFFSET),
    recordsCount: buf.readInt32BE(pos + RECORDS_COUNT_OFFSET),
    records: [],
  };
}

/**
 * Decodes every complete batch in `buf` with its records. A trailing partial
 * batch (as a fetch may return) is ignored. Throws on a batch that is not
 * magic 2 or whose records do not parse. CRC is reported, not enforced.
 */
export function decodeRecordBatches(buf: Buffer, options: DecodeOptions = {}): DecodedBatch[] {
  const views = options.views === true;
  const out: DecodedBatch[] = [];
  let pos = 0;
  while (pos + RECORD_BATCH_OVERHEAD <= buf.length) {
    const length = buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
    if (length < MIN_BATCH_LENGTH) throw new RangeError(`batch at ${pos}: length ${length} too small`);
    const size = LOG_OVERHEAD + length;
    if (pos + size > buf.length) break;
    const magic = buf.readInt8(pos + MAGIC_OFFSET);
    if (magic !== CURRENT_MAGIC) throw new RangeError(`batch at ${pos}: unsupported magic ${magic}`);
    const batch = decodeBatchHeader(buf, pos);
    batch.records = decodeRecords(buf, pos, size, batch, views);
    out.push(batch);
    pos += size;
  }
  return out;
}
