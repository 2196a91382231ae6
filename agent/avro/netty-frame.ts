/**
 * The framing of Avro RPC over Netty (Java's NettyTransceiver and NettyServer,
 * what Flume's avro source and sink speak): every message, request or
 * response, is one frame
 *
 *   int32 serial | int32 count | count × (int32 length | length bytes)
 *
 * big-endian. The serial pairs a response with its request; the buffers,
 * concatenated, are the Avro IPC payload (handshake, call metadata, message
 * name, parameters; or the response). Java's client writes its payload in
 * 8 KiB buffers, and so does encodeFrame.
 */

/** Most buffers one frame may declare (a sanity bound against garbage). */
export const MAX_BUFFERS = 100_000;

/** Encodes a frame, splitting `payload` into buffers of at most `chunk` bytes. */
export function encodeFrame(serial: number, payload: Buffer, chunk = 8192): Buffer {
  const count = Math.max(1, Math.ceil(payload.length / chunk));
  const out = Buffer.allocUnsafe(8 + count * 4 + payload.length);
  out.writeInt32BE(serial, 0);
  out.writeInt32BE(count, 4);
  let o = 8;
  for (let i = 0; i < count; i++) {
    const part = payload.subarray(i * chunk, Math.min(payload.length, (i + 1) * chunk));
    out.writeInt32BE(part.length, o);
    part.copy(out, o + 4);
    o += 4 + part.length;
  }
  return out;
}

/** Reassembles frames from a byte stream. */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;

  /**
   * @param onFrame called with each complete frame's serial and payload
   * @param maxFrameBytes a frame declaring more payload is a protocol error
   */
  constructor(
    private readonly onFrame: (serial: number, payload: Buffer) => void,
    private readonly maxFrameBytes = 256 << 20,
  ) {}

  /** Feeds bytes; throws an Error when the stream is not Netty-framed Avro. */
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.buffered < 8) return;
      const buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      this.chunks = [buf];
      const count = buf.readInt32BE(4);
      if (count < 0 || count > MAX_BUFFERS) throw new Error(`bad frame: ${count} buffers`);
      let o = 8;
      let total = 0;
      for (let i = 0; i < count; i++) {
        if (o + 4 > buf.length) return;
        const len = buf.readInt32BE(o);
        if (len < 0) throw new Error(`bad frame: buffer length ${len}`);
        total += len;
        if (total > this.maxFrameBytes) throw new Error(`frame larger than ${this.maxFrameBytes} bytes`);
        o += 4 + len;
        if (o > buf.length) return;
      }
      // Complete: gather the buffers.
      const payload = Buffer.allocUnsafe(total);
      let p = 0;
      let q = 8;
      for (let i = 0; i < count; i++) {
        const len = buf.readInt32BE(q);
        buf.copy(payload, p, q + 4, q + 4 + len);
        p += len;
        q += 4 + len;
      }
      const serial = buf.readInt32BE(0);
      const rest = buf.subarray(o);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      this.onFrame(serial, payload);
    }
  }
}
