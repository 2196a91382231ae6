/**
 * Kafka 0.8-0.9's LZ4 framing for message format v0 (KAFKA-3160): the
 * frame is a standard LZ4 frame (magic 04 22 4D 18, FLG, BD, optional
 * content size and dictionary id, HC, blocks) except that the header
 * checksum HC was computed over the wrong bytes. Kafka 3.x ignores HC for
 * magic 0 wrappers; LZ4 libraries check it. {@link withProperLz4HeaderChecksum}
 * rewrites HC to the standard value, (xxHash32(descriptor, seed 0) >> 8) &
 * 0xFF over the descriptor bytes FLG..dictionary id, so the frame decodes.
 *
 * Stateless; safe for any caller.
 */

const P1 = 0x9e3779b1;
const P2 = 0x85ebca77;
const P3 = 0xc2b2ae3d;
const P4 = 0x27d4eb2f;
const P5 = 0x165667b1;

function rotl(x: number, r: number): number {
  return ((x << r) | (x >>> (32 - r))) >>> 0;
}

/** xxHash32 with seed 0 of `buf[start, end)` for inputs shorter than 16 bytes (a frame descriptor is at most 14). */
export function xxh32Short(buf: Buffer, start: number, end: number): number {
  if (end - start >= 16) throw new RangeError('xxh32Short takes fewer than 16 bytes');
  let h = (P5 + (end - start)) >>> 0;
  let p = start;
  for (; p + 4 <= end; p += 4) {
    h = (h + Math.imul(buf.readUInt32LE(p), P3)) >>> 0;
    h = Math.imul(rotl(h, 17), P4) >>> 0;
  }
  for (; p < end; p++) {
    h = (h + Math.imul(buf[p], P5)) >>> 0;
    h = Math.imul(rotl(h, 11), P1) >>> 0;
  }
  h ^= h >>> 15;
  h = Math.imul(h, P2) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, P3) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A copy of the LZ4 frame `frame` with its header checksum set to the
 * standard value; `frame` itself when it is too short to hold a header (the
 * decoder then reports it).
 */
export function withProperLz4HeaderChecksum(frame: Buffer): Buffer {
  if (frame.length < 7) return frame;
  const flg = frame[4];
  const descriptorEnd = 6 + ((flg & 0x08) !== 0 ? 8 : 0) + ((flg & 0x01) !== 0 ? 4 : 0);
  if (frame.length <= descriptorEnd) return frame;
  const out = Buffer.from(frame);
  out[descriptorEnd] = (xxh32Short(out, 4, descriptorEnd) >>> 8) & 0xff;
  return out;
}
