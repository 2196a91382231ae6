/**
 * Kafka v2 record batch (magic 2) header: layout, accessors, validation.
 *
 * Byte layout (all integers big-endian):
 *
 *   offset  size  field
 *   0       8     baseOffset            int64  (assigned by the broker)
 *   8       4     batchLength           int32  bytes after this field (whole batch = 12 + batchLength)
 *   12      4     partitionLeaderEpoch  int32  (assigned by the broker)
 *   16      1     magic                 int8   always 2 here
 *   17      4     crc                   uint32 CRC32C of bytes [21, end of batch)
 *   21      2     attributes            int16  bits 0-2 codec, 3 timestamp type, 4 transactional,
 *                                              5 control, 6 has delete horizon
 *   23      4     lastOffsetDelta       int32
 *   27      8     baseTimestamp         int64
 *   35      8     maxTimestamp          int64
 *   43      8     producerId            int64  (-1 = not idempotent)
 *   51      2     producerEpoch         int16
 *   53      4     baseSequence          int32
 *   57      4     recordsCount          int32
 *   61      ...   records (possibly compressed as one block)
 *
 * baseOffset, batchLength and partitionLeaderEpoch lie before the CRC range,
 * so the broker can assign offsets and the leader epoch in place without
 * recomputing the checksum. Everything here reads straight from a Buffer at a
 * position: no objects on the hot path. Stateless; safe for any caller.
 */
import { ErrorCode } from './generated/errors.js';
import { crc32c } from './crc32c.js';

/** Field positions relative to the start of a batch. */
export const BASE_OFFSET_OFFSET = 0;
export const BATCH_LENGTH_OFFSET = 8;
export const PARTITION_LEADER_EPOCH_OFFSET = 12;
export const MAGIC_OFFSET = 16;
export const CRC_OFFSET = 17;
export const ATTRIBUTES_OFFSET = 21;
export const LAST_OFFSET_DELTA_OFFSET = 23;
export const BASE_TIMESTAMP_OFFSET = 27;
export const MAX_TIMESTAMP_OFFSET = 35;
export const PRODUCER_ID_OFFSET = 43;
export const PRODUCER_EPOCH_OFFSET = 51;
export const BASE_SEQUENCE_OFFSET = 53;
export const RECORDS_COUNT_OFFSET = 57;
/** Size of the v2 batch header: records start here. */
export const RECORD_BATCH_OVERHEAD = 61;
/** baseOffset + batchLength: the bytes not counted by batchLength. */
export const LOG_OVERHEAD = 12;
/** The smallest legal batchLength value (a header with no records). */
export const MIN_BATCH_LENGTH = RECORD_BATCH_OVERHEAD - LOG_OVERHEAD;
/** The only record format this broker stores. */
export const CURRENT_MAGIC = 2;

/** Compression codecs as stored in attribute bits 0-2. */
export const Compression = { NONE: 0, GZIP: 1, SNAPPY: 2, LZ4: 3, ZSTD: 4 } as const;
/** A codec id (a value of Compression). */
export type CompressionCodec = (typeof Compression)[keyof typeof Compression];
/** Timestamp types as stored in attribute bit 3. */
export const TimestampType = { CREATE_TIME: 0, LOG_APPEND_TIME: 1 } as const;
/** A timestamp type id (a value of TimestampType). */
export type TimestampTypeId = (typeof TimestampType)[keyof typeof TimestampType];

/** Attribute bit masks. */
export const COMPRESSION_CODEC_MASK = 0x07;
export const TIMESTAMP_TYPE_MASK = 0x08;
export const TRANSACTIONAL_FLAG_MASK = 0x10;
export const CONTROL_FLAG_MASK = 0x20;
export const DELETE_HORIZON_FLAG_MASK = 0x40;

/** No producer id / epoch / sequence (a non-idempotent batch). */
export const NO_PRODUCER_ID = -1;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
/** No partition leader epoch assigned. */
export const NO_PARTITION_LEADER_EPOCH = -1;

const TWO_32 = 4294967296;

/** Reads a big-endian int64 as a number (exact up to 2^53). */
export function readInt64(buf: Buffer, pos: number): number {
  return buf.readInt32BE(pos) * TWO_32 + buf.readUInt32BE(pos + 4);
}

/** Writes a number (a safe integer, possibly negative) as a big-endian int64. */
export function writeInt64(buf: Buffer, pos: number, value: number): void {
  const high = Math.floor(value / TWO_32);
  buf.writeInt32BE(high, pos);
  buf.writeUInt32BE(value - high * TWO_32, pos + 4);
}

/** baseOffset of the batch at `pos`. */
export function batchBaseOffset(buf: Buffer, pos: number): number {
  return readInt64(buf, pos + BASE_OFFSET_OFFSET);
}
/** batchLength field (bytes after the length field) of the batch at `pos`. */
export function batchLength(buf: Buffer, pos: number): number {
  return buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
}
/** Whole size in bytes of the batch at `pos` (12 + batchLength). */
export function batchSize(buf: Buffer, pos: number): number {
  return LOG_OVERHEAD + buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
}
/** partitionLeaderEpoch of the batch at `pos`. */
export function batchPartitionLeaderEpoch(buf: Buffer, pos: number): number {
  return buf.readInt32BE(pos + PARTITION_LEADER_EPOCH_OFFSET);
}
/** magic byte of the batch at `pos`. */
export function batchMagic(buf: Buffer, pos: number): number {
  return buf.readInt8(pos + MAGIC_OFFSET);
}
/** Stored CRC of the batch at `pos`. */
export function batchCrc(buf: Buffer, pos: number): number {
  return buf.readUInt32BE(pos + CRC_OFFSET);
}
/** attributes of the batch at `pos`. */
export function batchAttributes(buf: Buffer, pos: number): number {
  return buf.readInt16BE(pos + ATTRIBUTES_OFFSET);
}
/** lastOffsetDelta of the batch at `pos`. */
export function batchLastOffsetDelta(buf: Buffer, pos: number): number {
  return buf.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
}
/** Last offset (inclusive) of the batch at `pos`: baseOffset + lastOffsetDelta. */
export function batchLastOffset(buf: Buffer, pos: number): number {
  return readInt64(buf, pos) + buf.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
}
/** baseTimestamp of the batch at `pos`. */
export function batchBaseTimestamp(buf: Buffer, pos: number): number {
  return readInt64(buf, pos + BASE_TIMESTAMP_OFFSET);
}
/** maxTimestamp of the batch at `pos`. */
export function batchMaxTimestamp(buf: Buffer, pos: number): number {
  return readInt64(buf, pos + MAX_TIMESTAMP_OFFSET);
}
/** producerId of the batch at `pos` (-1 when not idempotent). */
export function batchProducerId(buf: Buffer, pos: number): number {
  return readInt64(buf, pos + PRODUCER_ID_OFFSET);
}
/** producerEpoch of the batch at `pos`. */
export function batchProducerEpoch(buf: Buffer, pos: number): number {
  return buf.readInt16BE(pos + PRODUCER_EPOCH_OFFSET);
}
/** baseSequence of the batch at `pos`. */
export function batchBaseSequence(buf: Buffer, pos: number): number {
  return buf.readInt32BE(pos + BASE_SEQUENCE_OFFSET);
}
/** recordsCount of the batch at `pos`. */
export function batchRecordsCount(buf: Buffer, pos: number): number {
  return buf.readInt32BE(pos + RECORDS_COUNT_OFFSET);
}

/** Compression codec (attribute bits 0-2). */
export function compressionOf(attributes: number): number {
  return attributes & COMPRESSION_CODEC_MASK;
}
/** Timestamp type (attribute bit 3): 0 CreateTime, 1 LogAppendTime. */
export function timestampTypeOf(attributes: number): number {
  return (attributes & TIMESTAMP_TYPE_MASK) === 0 ? 0 : 1;
}
/** Whether the transactional bit (4) is set. */
export function isTransactional(attributes: number): boolean {
  return (attributes & TRANSACTIONAL_FLAG_MASK) !== 0;
}
/** Whether the control bit (5) is set. */
export function isControl(attributes: number): boolean {
  return (attributes & CONTROL_FLAG_MASK) !== 0;
}
/** Builds an attributes value from its parts. */
export function makeAttributes(compression: number, timestampType: number, transactional = false, control = false): number {
  return (
    (compression & COMPRESSION_CODEC_MASK) |
    (timestampType === 1 ? TIMESTAMP_TYPE_MASK : 0) |
    (transactional ? TRANSACTIONAL_FLAG_MASK : 0) |
    (control ? CONTROL_FLAG_MASK : 0)
  );
}

/** Sequence of the last record of a batch, wrapping at int32 max as Kafka does. */
export function lastSequenceOf(baseSequence: number, lastOffsetDelta: number): number {
  if (baseSequence < 0) return NO_SEQUENCE;
  const s = baseSequence + lastOffsetDelta;
  return s > 0x7fffffff ? s - 0x80000000 : s;
}

/** Computes the CRC32C that belongs in the batch at `pos` (attributes..end). */
export function computeBatchCrc(buf: Buffer, pos: number): number {
  return crc32c(buf, pos + ATTRIBUTES_OFFSET, pos + batchSize(buf, pos));
}
/** Recomputes and stores the CRC of the batch at `pos`. */
export function writeBatchCrc(buf: Buffer, pos: number): void {
  buf.writeUInt32BE(computeBatchCrc(buf, pos), pos + CRC_OFFSET);
}
/** Whether the stored CRC of the (complete) batch at `pos` is right. */
export function isBatchCrcValid(buf: Buffer, pos: number): boolean {
  return computeBatchCrc(buf, pos) === buf.readUInt32BE(pos + CRC_OFFSET);
}

/**
 * Rewrites the batch at `pos` as LogAppendTime: maxTimestamp = `now`, the
 * timestamp-type bit set, CRC recomputed (Kafka's setMaxTimestamp).
 */
export function setLogAppendTime(buf: Buffer, pos: number, now: number): void {
  writeInt64(buf, pos + MAX_TIMESTAMP_OFFSET, now);
  const attrs = buf.readInt16BE(pos + ATTRIBUTES_OFFSET);
  buf.writeInt16BE(attrs | TIMESTAMP_TYPE_MASK, pos + ATTRIBUTES_OFFSET);
  writeBatchCrc(buf, pos);
}

/**
 * Structural checks of the batch at `pos` within `buf[pos, end)`, as done on
 * produce. Returns ErrorCode.NONE or the error to answer with:
 * - fewer than 17 bytes, or batchLength below the header size, or the batch
 *   running past `end` → CORRUPT_MESSAGE
 * - magic other than 2 → UNSUPPORTED_FOR_MESSAGE_FORMAT
 * - whole batch larger than `maxBatchBytes` → MESSAGE_TOO_LARGE
 * - negative lastOffsetDelta, recordsCount < 1 → INVALID_RECORD
 * - CRC32C mismatch → CORRUPT_MESSAGE
 */
export function validateBatch(buf: Buffer, pos: number, end: number, maxBatchBytes: number): number {
  const remaining = end - pos;
  if (remaining < MAGIC_OFFSET + 1) return ErrorCode.CORRUPT_MESSAGE;
  const magic = buf.readInt8(pos + MAGIC_OFFSET);
  if (magic !== CURRENT_MAGIC) return ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT;
  const length = buf.readInt32BE(pos + BATCH_LENGTH_OFFSET);
  if (length < MIN_BATCH_LENGTH) return ErrorCode.CORRUPT_MESSAGE;
  const size = LOG_OVERHEAD + length;
  if (size > remaining) return ErrorCode.CORRUPT_MESSAGE;
  if (size > maxBatchBytes) return ErrorCode.MESSAGE_TOO_LARGE;
  if (buf.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET) < 0) return ErrorCode.INVALID_RECORD;
  if (buf.readInt32BE(pos + RECORDS_COUNT_OFFSET) < 1) return ErrorCode.INVALID_RECORD;
  if (!isBatchCrcValid(buf, pos)) return ErrorCode.CORRUPT_MESSAGE;
  return ErrorCode.NONE;
}
