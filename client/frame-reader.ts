/**
 * FrameReader: cuts the bytes of a Kafka connection into frames (`int32
 * size | size bytes`), reading large frames straight into their own buffer.
 *
 * The socket reads through Node's `onread` option: before each read,
 * bufferForRead() says where the kernel should put the bytes. Normally that
 * is a reused 64 KiB scratch buffer, from which small frames are copied out.
 * Once the size of a frame of at least 64 KiB is known (a Fetch response of
 * megabytes), a buffer of exactly that size is allocated and the following
 * reads go directly into it, so the bytes of a large response are copied
 * once (by the kernel) instead of into stream chunks first and then into one
 * buffer. Every frame handed out is a buffer of its own: the caller may keep
 * views into it (record values).
 *
 * Not shared: one reader per socket.
 */

const SCRATCH_BYTES = 64 * 1024;

/**
 * The ArrayBuffers of the large frames read in place: each belongs to its
 * frame alone (no other Buffer shares it), so the fetch thread may transfer
 * it to another thread (fetch-worker.ts) instead of copying.
 */
export const exclusiveFrameBuffers = new WeakSet<ArrayBuffer>();
/** Frames of at least this size are read in place. */
const IN_PLACE_BYTES = 64 * 1024;

/** Splits a byte stream into frames. */
export class FrameReader {
  private readonly scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
  /** Bytes of an incomplete frame (or of its size) carried over between reads (a copy). */
  private carry: Buffer | null = null;
  /** The large frame being read in place, and how much of it is filled. */
  private big: Buffer | null = null;
  private bigFilled = 0;

  /** Creates a reader that hands each complete frame (without its size) to `onFrame`. */
  constructor(private readonly onFrame: (frame: Buffer) => void) {}

  /** Where the next read should put its bytes (for `onread.buffer`). */
  bufferForRead(): Buffer {
    return this.big ? this.big.subarray(this.bigFilled) : this.scratch;
  }

  /** `n` bytes were read into the buffer bufferForRead() gave (for `onread.callback`). */
  onRead(n: number): void {
    if (n <= 0) return;
    if (this.big) {
      this.bigFilled += n;
      if (this.bigFilled === this.big.length) {
        const frame = this.big;
        this.big = null;
        this.bigFilled = 0;
        this.onFrame(frame);
      }
      return;
    }
    this.feed(this.scratch, n);
  }

  /** Cuts frames out of `n` bytes of `src` (the scratch buffer: anything kept is copied). */
  private feed(src: Buffer, n: number): void {
    let data = src.subarray(0, n);
    let owned = false;
    if (this.carry) {
      data = Buffer.concat([this.carry, data]);
      this.carry = null;
      owned = true;
    }
    let pos = 0;
    while (data.length - pos >= 4) {
      const size = data.readInt32BE(pos);
      if (size < 0) throw new RangeError(`negative frame size ${size}`);
      const start = pos + 4;
      if (data.length - start >= size) {
        const body = data.subarray(start, start + size);
        this.onFrame(owned ? body : Buffer.from(body));
        pos = start + size;
        continue;
      }
      if (size >= IN_PLACE_BYTES) {
        // Read the rest of this frame in place.
        this.big = Buffer.allocUnsafeSlow(size);
        exclusiveFrameBuffers.add(this.big.buffer as ArrayBuffer);
        this.bigFilled = data.copy(this.big, 0, start);
        return;
      }
      break;
    }
    if (pos < data.length) this.carry = Buffer.from(data.subarray(pos));
  }
}
