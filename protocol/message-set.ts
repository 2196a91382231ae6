/**
 * Kafka's message formats v0 and v1 (magic 0 and 1, the "MessageSet" of
 * Kafka 0.8-0.10): what Produce v0-v2 carries and Fetch v0-v3 answers.
 * Tributary stores only v2 batches; message-set-conversion.ts converts.
 *
 * A message set is a sequence of entries, no count in front (all integers
 * big-endian):
 *
 *   offset  size  field
 *   0       8     offset       int64  (magic 1 inner message of a wrapper: relative, see below)
 *   8       4     messageSize  int32  bytes of the message that follows
 *   12      4     crc          uint32 CRC-32 (zlib's, not CRC-32C) of bytes [16, 12 + messageSize)
 *   16      1     magic        int8   0 or 1
 *   17      1     attributes   int8   bits 0-2 codec (0 none, 1 gzip, 2 snappy, 3 lz4),
 *                                     bit 3 timestamp type (magic 1: 0 CreateTime, 1 LogAppendTime)
 *   18      8     timestamp    int64  magic 1 only (-1: none)
 *   then          key          int32 length (-1 = null) + bytes
 *   then          value        int32 length (-1 = null) + bytes
 *
 * A compressed message (codec != 0) is a wrapper: its value is a whole
 * message set of the same magic, compressed; its key is null. In a magic 0
 * wrapper the inner offsets are absolute (the broker rewrites them); in a
 * magic 1 wrapper the wrapper carries the absolute offset of the last inner
 * message and the inner offsets are relative, 0 for the first (KIP-31), so
 * inner message i has offset `wrapper - innerLast + inner_i`. A magic 0
 * lz4 wrapper may carry Kafka 0.8-0.9's wrong LZ4 header checksum, which is
 * accepted (as Kafka 3.x does). A magic 1
 * wrapper with LogAppendTime gives every inner message its own timestamp.
 *
 * A fetch may end in a partial entry; readers stop there. Stateless; safe for
 * any caller. Off the hot path: only old clients' requests come here.
 */
import { crc32 } from 'node:zlib';
import { compress, decompress } from './compression.js';
import { readInt64, writeInt64 } from './record-batch.js';
import { withProperLz4HeaderChecksum } from './lz4-legacy-frame.js';

/** Bytes before a message: offset + messageSize. */
export const LEGACY_LOG_OVERHEAD = 12;
/** Smallest message (crc, magic, attributes, key and value lengths) of magic 0; magic 1 adds 8. */
export const MESSAGE_V0_MIN_SIZE = 14;
/** Attribute bit 3 of a magic 1 message: LogAppendTime. */
export const LEGACY_TIMESTAMP_TYPE_MASK = 0x08;
/** Attribute bits 0-2: the compression codec. */
export const LEGACY_CODEC_MASK = 0x07;

/** One message of a message set, with its wrapper already opened. */
export interface LegacyMessage {
  /** As written: absolute, or relative inside a magic 1 wrapper before resolving. */
  offset: number;
  magic: number;
  attributes: number;
  /** -1 for magic 0 and for no timestamp. */
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
}

/** Why a message set could not be read: Kafka's error name and a message. */
export class MessageSetError extends Error {
  constructor(
    /** CORRUPT_MESSAGE, INVALID_RECORD or UNSUPPORTED_COMPRESSION_TYPE. */
    readonly errorName: 'CORRUPT_MESSAGE' | 'INVALID_RECORD' | 'UNSUPPORTED_COMPRESSION_TYPE',
    message: string,
  ) {
    super(message);
  }
}

function readBytes(buf: Buffer, pos: number, end: number, what: string): [Buffer | null, number] {
  if (pos + 4 > end) throw new MessageSetError('CORRUPT_MESSAGE', `message ${what} length runs past the message`);
  const len = buf.readInt32BE(pos);
  if (len < 0) return [null, pos + 4];
  if (pos + 4 + len > end) throw new MessageSetError('CORRUPT_MESSAGE', `message ${what} of ${len} bytes runs past the message`);
  return [buf.subarray(pos + 4, pos + 4 + len), pos + 4 + len];
}

/**
 * Reads the message set `buf` into `out` (wrappers opened, inner offsets made
 * absolute). `strict`: a partial trailing entry is an error (a produce
 * payload) instead of the end (a fetch answer). Checks every CRC. Throws
 * {@link MessageSetError}. Keys and values are views into `buf` or into the
 * decompressed wrapper.
 */
export function readMessageSet(buf: Buffer, strict: boolean, out: LegacyMessage[] = [], inner = -1): LegacyMessage[] {
  const end = buf.length;
  let pos = 0;
  while (pos < end) {
    if (pos + LEGACY_LOG_OVERHEAD > end) {
      if (strict) throw new MessageSetError('CORRUPT_MESSAGE', `message set ends in a partial entry at byte ${pos} of ${end}`);
      break;
    }
    const size = buf.readInt32BE(pos + 8);
    if (size < MESSAGE_V0_MIN_SIZE) throw new MessageSetError('CORRUPT_MESSAGE', `message at byte ${pos} has size ${size}`);
    const mEnd = pos + LEGACY_LOG_OVERHEAD + size;
    if (mEnd > end) {
      if (strict) throw new MessageSetError('CORRUPT_MESSAGE', `message at byte ${pos} (${size} bytes) runs past the set's ${end} bytes`);
      break;
    }
    const m = pos + LEGACY_LOG_OVERHEAD;
    const magic = buf.readInt8(m + 4);
    if (magic !== 0 && magic !== 1) {
      throw new MessageSetError(
        'INVALID_RECORD',
        `message at byte ${pos} has magic ${magic}; Produce v0-v2 carries message format v0 or v1`,
      );
    }
    if (inner >= 0 && magic !== inner) {
      throw new MessageSetError('INVALID_RECORD', `a magic ${inner} wrapper holds a magic ${magic} message`);
    }
    if (magic === 1 && size < MESSAGE_V0_MIN_SIZE + 8) throw new MessageSetError('CORRUPT_MESSAGE', `message at byte ${pos} is too short`);
    const stored = buf.readUInt32BE(m);
    const computed = crc32(buf.subarray(m + 4, mEnd));
    if (stored !== computed) {
      throw new MessageSetError('CORRUPT_MESSAGE', `message at byte ${pos}: CRC ${stored} does not match the computed ${computed}`);
    }
    const attributes = buf.readInt8(m + 5);
    const timestamp = magic === 1 ? readInt64(buf, m + 6) : -1;
    const [key, afterKey] = readBytes(buf, m + (magic === 1 ? 14 : 6), mEnd, 'key');
    const [value, p] = readBytes(buf, afterKey, mEnd, 'value');
    if (p !== mEnd) throw new MessageSetError('CORRUPT_MESSAGE', `message at byte ${pos} has ${mEnd - p} bytes after its value`);
    const offset = readInt64(buf, pos);
    const codec = attributes & LEGACY_CODEC_MASK;
    if (codec === 0) {
      out.push({ offset, magic, attributes, timestamp, key, value });
    } else {
      if (inner >= 0) throw new MessageSetError('INVALID_RECORD', 'a compressed message inside a compressed message');
      if (codec > 3) throw new MessageSetError('UNSUPPORTED_COMPRESSION_TYPE', `codec ${codec} is not valid for message format v${magic}`);
      if (value === null) throw new MessageSetError('INVALID_RECORD', `compressed message at byte ${pos} has a null value`);
      let body: Buffer;
      try {
        // Kafka 0.8-0.9 wrote magic 0 lz4 frames with a wrong header checksum (lz4-legacy-frame.ts).
        body = decompress(codec, magic === 0 && codec === 3 ? withProperLz4HeaderChecksum(value) : value);
      } catch (err) {
        throw new MessageSetError('CORRUPT_MESSAGE', `compressed message at byte ${pos}: ${(err as Error).message}`);
      }
      const first = out.length;
      readMessageSet(body, true, out, magic);
      if (magic === 1 && out.length > first) {
        // KIP-31: inner offsets are relative; the wrapper holds the last one's absolute offset.
        const shift = offset - out[out.length - 1].offset;
        const logAppend = (attributes & LEGACY_TIMESTAMP_TYPE_MASK) !== 0;
        for (let i = first; i < out.length; i++) {
          out[i].offset += shift;
          if (logAppend) {
            out[i].timestamp = timestamp;
            out[i].attributes |= LEGACY_TIMESTAMP_TYPE_MASK;
          }
        }
      }
    }
    pos = mEnd;
  }
  return out;
}

/** Size of one message's entry (offset, size and message) with that key and value. */
export function messageEntrySize(magic: number, key: Buffer | null, value: Buffer | null): number {
  return (
    LEGACY_LOG_OVERHEAD +
    MESSAGE_V0_MIN_SIZE +
    (magic === 1 ? 8 : 0) +
    (key === null ? 0 : key.length) +
    (value === null ? 0 : value.length)
  );
}

/** Writes one message entry at `pos` (CRC computed); returns the position after it. */
export function writeMessageEntry(
  out: Buffer,
  pos: number,
  offset: number,
  magic: number,
  attributes: number,
  timestamp: number,
  key: Buffer | null,
  value: Buffer | null,
): number {
  const size = messageEntrySize(magic, key, value);
  writeInt64(out, pos, offset);
  out.writeInt32BE(size - LEGACY_LOG_OVERHEAD, pos + 8);
  const m = pos + LEGACY_LOG_OVERHEAD;
  out.writeInt8(magic, m + 4);
  out.writeInt8(attributes, m + 5);
  let p = m + 6;
  if (magic === 1) {
    writeInt64(out, p, timestamp);
    p += 8;
  }
  for (const b of [key, value]) {
    if (b === null) out.writeInt32BE(-1, p);
    else {
      out.writeInt32BE(b.length, p);
      b.copy(out, p + 4);
    }
    p += 4 + (b === null ? 0 : b.length);
  }
  out.writeUInt32BE(crc32(out.subarray(m + 4, pos + size)), m);
  return pos + size;
}

/**
 * A compressed wrapper entry around `innerSet` (a message set of `magic`):
 * the value is `innerSet` compressed with `codec`; `offset` is the wrapper's
 * (magic 1: the last inner message's absolute offset).
 */
export function wrapMessageSet(
  innerSet: Buffer,
  magic: number,
  codec: number,
  offset: number,
  timestamp: number,
  logAppendTime: boolean,
): Buffer {
  const value = compress(codec, innerSet);
  const out = Buffer.allocUnsafe(messageEntrySize(magic, null, value));
  const attributes = codec | (magic === 1 && logAppendTime ? LEGACY_TIMESTAMP_TYPE_MASK : 0);
  writeMessageEntry(out, 0, offset, magic, attributes, timestamp, null, value);
  return out;
}
