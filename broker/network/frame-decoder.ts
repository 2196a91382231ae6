/**
 * FrameDecoder: splits a TCP byte stream into Kafka frames.
 *
 * Wire format: int32 size (big-endian, bytes that follow), then `size` bytes.
 * Chunks are kept as they arrive; a frame that lies inside one chunk is
 * returned as a view of it (no copy), one that spans chunks is copied once,
 * into a pooled buffer when large (read-buffers.ts): the connection gives
 * Produce frames back once handled, as nothing keeps their bytes after the
 * append.
 * A size below 0 or above `maxFrameBytes` (socket.request.max.bytes) is an
 * error: the caller closes the connection. Not safe for concurrent callers
 * (one per connection).
 */
import { acquireReadBuffer } from '../log/read-buffers.js';

/** A frame over socket.request.max.bytes (or with a negative size). */
export class FrameTooLargeError extends Error {
  /** A stable code for logs and tests. */
  readonly code = 'ERR_FRAME_SIZE';
}

/** Accumulates chunks and yields complete frames. */
export class FrameDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Offset into chunks[0] of the first unread byte. */
  private head = 0;

  /** The key that sets the current limit, named in the error. */
  private limitKey = 'socket.request.max.bytes';

  /** Creates a decoder rejecting frames over `maxFrameBytes`. */
  constructor(private maxFrameBytes: number) {}

  /** Changes the largest frame accepted (sasl.server.max.receive.size until a SASL client has authenticated). */
  setLimit(maxFrameBytes: number, key: string): void {
    this.maxFrameBytes = maxFrameBytes;
    this.limitKey = key;
  }

  /** Adds bytes read from the socket. */
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
  }

  /** Bytes buffered but not yet returned as frames. */
  get pending(): number {
    return this.buffered;
  }

  private peekSize(): number {
    const first = this.chunks[0];
    if (first.length - this.head >= 4) return first.readInt32BE(this.head);
    const four = this.copyOut(4, false);
    return four.readInt32BE(0);
  }

  /** Copies `n` bytes from the front; consumes them when `consume`. */
  private copyOut(n: number, consume: boolean): Buffer {
    const out = acquireReadBuffer(n);
    let filled = 0;
    let i = 0;
    let head = this.head;
    while (filled < n) {
      const c = this.chunks[i];
      const take = Math.min(c.length - head, n - filled);
      c.copy(out, filled, head, head + take);
      filled += take;
      head += take;
      if (head === c.length) {
        i++;
        head = 0;
      }
    }
    if (consume) {
      this.chunks.splice(0, i);
      this.head = head;
      this.buffered -= n;
    }
    return out;
  }

  /** Returns the next complete frame body (without its size), or null. */
  next(): Buffer | null {
    if (this.buffered < 4) return null;
    const size = this.peekSize();
    if (size < 0 || size > this.maxFrameBytes) {
      throw new FrameTooLargeError(`frame of ${size} bytes is over ${this.limitKey} (${this.maxFrameBytes})`);
    }
    if (this.buffered < 4 + size) return null;
    const first = this.chunks[0];
    if (first.length - this.head >= 4 + size) {
      const start = this.head + 4;
      const frame = first.subarray(start, start + size);
      this.head = start + size;
      this.buffered -= 4 + size;
      if (this.head === first.length) {
        this.chunks.shift();
        this.head = 0;
      }
      return frame;
    }
    this.copyOut(4, true);
    return this.copyOut(size, true);
  }
}
