/**
 * Writer: encodes Kafka protocol primitives (the mirror of Reader).
 *
 * Small fields go into one scratch Buffer that the Writer owns and reuses
 * between messages; byte fields of at least REF_THRESHOLD bytes (record sets
 * read from the log, above all) are not copied but kept as references. At
 * finish() the scratch bytes are copied once into a Buffer of the exact size
 * and the result is a list of chunks, ready for socket.write in order (or
 * concatenated by finishBuffer()). So a fetch response of many megabytes costs
 * one small allocation, not a copy of the records.
 *
 * Writers are pooled (acquire/release). Not safe for concurrent callers; the
 * chunks returned by finish() stay valid after release.
 */

const REF_THRESHOLD = 1024;
const INITIAL_SCRATCH = 4096;

/** Sequential encoder producing a list of Buffer chunks. */
export class Writer {
  private scratch: Buffer = Buffer.allocUnsafeSlow(INITIAL_SCRATCH);
  private pos = 0;
  /** Referenced buffers and the scratch position each goes after. */
  private refs: Buffer[] = [];
  private refAt: number[] = [];
  private refBytes = 0;

  private static pool: Writer[] = [];

  /** Takes a Writer from the pool (or makes one), empty. */
  static acquire(): Writer {
    return Writer.pool.pop() ?? new Writer();
  }

  /** Returns a Writer to the pool after finish(). */
  static release(w: Writer): void {
    w.reset();
    if (w.scratch.length <= 1 << 20 && Writer.pool.length < 16) Writer.pool.push(w);
  }

  /** Forgets everything written. */
  reset(): void {
    this.pos = 0;
    this.refs.length = 0;
    this.refAt.length = 0;
    this.refBytes = 0;
  }

  /** Total bytes written so far, references included. */
  get length(): number {
    return this.pos + this.refBytes;
  }

  /**
   * Reserves `n` bytes and returns their position. It may replace `scratch`,
   * so callers take the position first and only then read `this.scratch`
   * (`this.scratch.writeInt32BE(v, this.ensure(4))` would write into the old
   * buffer: the receiver is evaluated before the arguments).
   */
  private ensure(n: number): number {
    const p = this.pos;
    if (p + n > this.scratch.length) {
      let size = this.scratch.length * 2;
      while (size < p + n) size *= 2;
      const next = Buffer.allocUnsafeSlow(size);
      this.scratch.copy(next, 0, 0, p);
      this.scratch = next;
    }
    this.pos = p + n;
    return p;
  }

  /** Writes a signed 8-bit integer. */
  int8(v: number): void {
    const p = this.ensure(1);
    this.scratch.writeInt8(v, p);
  }

  /** Writes a boolean as one byte. */
  bool(v: boolean): void {
    const at = this.ensure(1);
    this.scratch[at] = v ? 1 : 0;
  }

  /** Writes a signed big-endian 16-bit integer. */
  int16(v: number): void {
    const p = this.ensure(2);
    this.scratch.writeInt16BE(v, p);
  }

  /** Writes an unsigned big-endian 16-bit integer. */
  uint16(v: number): void {
    const p = this.ensure(2);
    this.scratch.writeUInt16BE(v, p);
  }

  /** Writes a signed big-endian 32-bit integer. */
  int32(v: number): void {
    const p = this.ensure(4);
    this.scratch.writeInt32BE(v, p);
  }

  /** Writes an unsigned big-endian 32-bit integer. */
  uint32(v: number): void {
    const p = this.ensure(4);
    this.scratch.writeUInt32BE(v >>> 0, p);
  }

  /** Writes a 64-bit integer given as a (safe-integer) number. */
  int64(v: number): void {
    const p = this.ensure(8);
    const hi = Math.floor(v / 4294967296);
    this.scratch.writeInt32BE(hi | 0, p);
    this.scratch.writeUInt32BE((v - hi * 4294967296) >>> 0, p + 4);
  }

  /** Writes a big-endian IEEE 754 double. */
  float64(v: number): void {
    const p = this.ensure(8);
    this.scratch.writeDoubleBE(v, p);
  }

  /** Writes an unsigned varint (up to 32 bits). */
  uvarint(v: number): void {
    let u = v >>> 0;
    while (u >= 0x80) {
      const at = this.ensure(1);
      this.scratch[at] = (u & 0x7f) | 0x80;
      u >>>= 7;
    }
    const at = this.ensure(1);
    this.scratch[at] = u;
  }

  /** Writes a zigzag-encoded signed varint. */
  varint(v: number): void {
    this.uvarint((v << 1) ^ (v >> 31));
  }

  /** Writes a zigzag-encoded signed varlong (v a safe integer). */
  varlong(v: number): void {
    // zigzag u = 2m + sign with m = v for v >= 0, -v - 1 for v < 0. u can need
    // 54 bits, where odd values are not exact doubles, so the first 7-bit group
    // is built from m's low 6 bits and the sign, and the rest is m / 64.
    const neg = v < 0;
    const m = neg ? -v - 1 : v;
    let group = (m % 64) * 2 + (neg ? 1 : 0);
    let rest = Math.floor(m / 64);
    while (rest > 0) {
      const at = this.ensure(1);
      this.scratch[at] = group | 0x80;
      group = rest % 128;
      rest = Math.floor(rest / 128);
    }
    const at = this.ensure(1);
    this.scratch[at] = group;
  }

  private writeLength(n: number, flexible: boolean, wide: boolean): void {
    if (flexible) this.uvarint(n + 1);
    else if (wide) this.int32(n);
    else this.int16(n);
  }

  /** Writes a string (null allowed: use nullableString for clarity). */
  string(v: string, flexible: boolean): void {
    const n = Buffer.byteLength(v, 'utf8');
    this.writeLength(n, flexible, false);
    const p = this.ensure(n);
    this.scratch.write(v, p, n, 'utf8');
  }

  /** Writes a nullable string. */
  nullableString(v: string | null, flexible: boolean): void {
    if (v === null) this.writeLength(-1, flexible, false);
    else this.string(v, flexible);
  }

  /** Writes bytes (copied when small, referenced when large). */
  bytes(v: Uint8Array, flexible: boolean): void {
    this.writeLength(v.length, flexible, true);
    this.raw(v);
  }

  /** Writes nullable bytes or records. */
  nullableBytes(v: Uint8Array | null, flexible: boolean): void {
    if (v === null) this.writeLength(-1, flexible, true);
    else this.bytes(v, flexible);
  }

  /** Writes an array length (-1 for null). */
  arrayLength(n: number, flexible: boolean): void {
    if (flexible) this.uvarint(n + 1);
    else this.int32(n);
  }

  /** Writes a UUID given as a hex string (dashes optional). */
  uuid(v: string): void {
    const p = this.ensure(16);
    const hex = v.length === 36 ? v.replace(/-/g, '') : v;
    if (hex.length !== 32) throw new RangeError(`not a UUID: ${v}`);
    this.scratch.write(hex, p, 16, 'hex');
  }

  /** Appends bytes as they are (no length prefix). */
  raw(v: Uint8Array): void {
    if (v.length >= REF_THRESHOLD) {
      this.refs.push(v instanceof Buffer ? v : Buffer.from(v.buffer, v.byteOffset, v.length));
      this.refAt.push(this.pos);
      this.refBytes += v.length;
      return;
    }
    const p = this.ensure(v.length);
    this.scratch.set(v, p);
  }

  /** Appends everything another Writer holds (used for tagged fields). */
  append(other: Writer): void {
    const chunks = other.finish();
    for (const c of chunks) this.raw(c);
  }

  /** Overwrites a big-endian int32 at a scratch position already written. */
  patchInt32(at: number, v: number): void {
    this.scratch.writeInt32BE(v, at);
  }

  /**
   * Returns what was written as chunks in order: scratch bytes copied once into
   * a fresh Buffer, referenced buffers as they are.
   */
  finish(): Buffer[] {
    const out = Buffer.allocUnsafe(this.pos);
    this.scratch.copy(out, 0, 0, this.pos);
    if (this.refs.length === 0) return [out];
    const chunks: Buffer[] = [];
    let from = 0;
    for (let i = 0; i < this.refs.length; i++) {
      const at = this.refAt[i];
      if (at > from) chunks.push(out.subarray(from, at));
      chunks.push(this.refs[i]);
      from = at;
    }
    if (this.pos > from) chunks.push(out.subarray(from, this.pos));
    return chunks;
  }

  /** Returns what was written as one Buffer. */
  finishBuffer(): Buffer {
    const chunks = this.finish();
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, this.length);
  }
}
