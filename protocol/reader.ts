/**
 * Reader: decodes Kafka protocol primitives from a Buffer, front to back.
 *
 * Encodings (Kafka's):
 * - intN / uint16 / float64: big-endian, fixed width.
 * - int64: decoded to a JS number. Exact while |value| < 2^53, which holds for
 *   offsets, timestamps and producer ids in practice; larger values round.
 * - unsigned varint: 7 bits a byte, low bits first, high bit = "more".
 * - string: int16 length (-1 = null) or, in flexible versions, unsigned varint
 *   length + 1 (0 = null); bytes and records: the same with an int32 length.
 * - array: int32 count (-1 = null) or unsigned varint count + 1 (0 = null).
 * - uuid: 16 raw bytes, returned as the canonical 8-4-4-4-12 hex string.
 *
 * Bytes and records are returned as views into the source Buffer (no copy):
 * callers that keep them past the request must copy.
 * Reading past the end throws a ProtocolError; the network layer closes the
 * connection on any decode error. Not safe for concurrent callers (it has a
 * cursor), but cheap to create: one per frame.
 */

/** Thrown when bytes cannot be decoded as the expected message. */
export class ProtocolError extends Error {
  /** A stable code for callers that branch on the kind of failure. */
  readonly code = 'ERR_KAFKA_PROTOCOL';
}

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push((i + 0x100).toString(16).slice(1));

/** Formats 16 bytes at `pos` as a canonical UUID string. */
export function uuidToString(buf: Buffer, pos: number): string {
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += HEX[buf[pos + i]];
  }
  return s;
}

/** The all-zero UUID, Kafka's "no id". */
export const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** Sequential decoder over `buf[pos, end)`. */
export class Reader {
  /** The current read position. */
  pos: number;

  /** Creates a reader of `buf` from `pos` (inclusive) to `end` (exclusive). */
  constructor(
    readonly buf: Buffer,
    pos = 0,
    readonly end = buf.length,
  ) {
    this.pos = pos;
  }

  /** Bytes left before `end`. */
  get remaining(): number {
    return this.end - this.pos;
  }

  private need(n: number): number {
    const p = this.pos;
    if (n < 0 || p + n > this.end) {
      throw new ProtocolError(`truncated message: need ${n} bytes at ${p}, have ${this.end - p}`);
    }
    this.pos = p + n;
    return p;
  }

  /** Skips `n` bytes. */
  skip(n: number): void {
    this.need(n);
  }

  /** Reads a signed 8-bit integer. */
  int8(): number {
    return this.buf.readInt8(this.need(1));
  }

  /** Reads a boolean (one byte, non-zero = true). */
  bool(): boolean {
    return this.buf[this.need(1)] !== 0;
  }

  /** Reads a signed big-endian 16-bit integer. */
  int16(): number {
    return this.buf.readInt16BE(this.need(2));
  }

  /** Reads an unsigned big-endian 16-bit integer. */
  uint16(): number {
    return this.buf.readUInt16BE(this.need(2));
  }

  /** Reads a signed big-endian 32-bit integer. */
  int32(): number {
    return this.buf.readInt32BE(this.need(4));
  }

  /** Reads an unsigned big-endian 32-bit integer. */
  uint32(): number {
    return this.buf.readUInt32BE(this.need(4));
  }

  /** Reads a signed big-endian 64-bit integer as a number (see header). */
  int64(): number {
    const p = this.need(8);
    return this.buf.readInt32BE(p) * 4294967296 + this.buf.readUInt32BE(p + 4);
  }

  /** Reads a big-endian IEEE 754 double. */
  float64(): number {
    return this.buf.readDoubleBE(this.need(8));
  }

  /** Reads an unsigned varint (up to 32 bits, at most 5 bytes as in Kafka). */
  uvarint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) throw new ProtocolError('truncated varint');
      const b = this.buf[this.pos++];
      if (shift < 28) value |= (b & 0x7f) << shift;
      else value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
      shift += 7;
      if (shift > 28) throw new ProtocolError('varint too long');
    }
  }

  /** Reads a zigzag-encoded signed varint (records' encoding). */
  varint(): number {
    const u = this.uvarint();
    return (u >>> 1) ^ -(u & 1);
  }

  /** Reads a zigzag-encoded signed varlong as a number (exact below 2^53). */
  varlong(): number {
    let lo = 0;
    let hi = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.end) throw new ProtocolError('truncated varlong');
      const b = this.buf[this.pos++];
      if (shift < 28) lo |= (b & 0x7f) << shift;
      else if (shift === 28) {
        lo |= (b & 0x0f) << 28;
        hi |= (b & 0x7f) >>> 4;
      } else hi |= (b & 0x7f) << (shift - 32);
      if ((b & 0x80) === 0) break;
      shift += 7;
      if (shift > 63) throw new ProtocolError('varlong too long');
    }
    // zigzag: (u >>> 1) ^ -(u & 1) in floating point. u itself can need 54
    // bits for |value| < 2^53, so halve the two 32-bit words separately.
    const half = (hi >>> 0) * 2147483648 + (lo >>> 1);
    return lo & 1 ? -half - 1 : half;
  }

  private length16or32(flexible: boolean, wide: boolean): number {
    if (flexible) return this.uvarint() - 1;
    return wide ? this.int32() : this.int16();
  }

  /** Reads a non-null string (a null on the wire decodes as ''). */
  string(flexible: boolean): string {
    const n = this.length16or32(flexible, false);
    if (n < 0) return '';
    const p = this.need(n);
    return this.buf.toString('utf8', p, p + n);
  }

  /** Reads a nullable string. */
  nullableString(flexible: boolean): string | null {
    const n = this.length16or32(flexible, false);
    if (n < 0) return null;
    const p = this.need(n);
    return this.buf.toString('utf8', p, p + n);
  }

  /** Reads non-null bytes as a view (a null on the wire decodes as empty). */
  bytes(flexible: boolean): Buffer {
    const n = this.length16or32(flexible, true);
    if (n < 0) return this.buf.subarray(0, 0);
    const p = this.need(n);
    return this.buf.subarray(p, p + n);
  }

  /** Reads nullable bytes (or records) as a view. */
  nullableBytes(flexible: boolean): Buffer | null {
    const n = this.length16or32(flexible, true);
    if (n < 0) return null;
    const p = this.need(n);
    return this.buf.subarray(p, p + n);
  }

  /** Reads an array length: -1 for null. */
  arrayLength(flexible: boolean): number {
    const n = flexible ? this.uvarint() - 1 : this.int32();
    if (n > this.remaining) throw new ProtocolError(`array length ${n} exceeds the ${this.remaining} bytes left`);
    return n;
  }

  /** Reads a UUID as its canonical string. */
  uuid(): string {
    return uuidToString(this.buf, this.need(16));
  }
}
