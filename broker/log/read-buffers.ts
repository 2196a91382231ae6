/**
 * Reusable buffers for segment reads on the fetch path (and for large
 * Produce request frames, which the network layer assembles in them and
 * returns once the append is done).
 *
 * Every fetch reads up to partition_max_bytes (often 1-4 MB) from a segment
 * into a fresh Buffer that lives only until the response is on the socket.
 * Allocated anew each time, those buffers are "external memory" to V8, and
 * every ~64 MB of them forces a full mark-compact: a consumer reading at
 * 300 MB/s caused one every few fetches. Here a read takes a buffer of the
 * next power-of-two size class (64 KB .. 16 MB) from a free list, and the
 * socket server hands it back once the response bytes are written to the
 * kernel (releaseReadBuffer on the write callback).
 *
 * Ownership: a buffer is "lent" from acquireReadBuffer until released; only
 * lent buffers are taken back, so releasing a Buffer that did not come from
 * here (or releasing twice) does nothing. A lent buffer that is never
 * released (a read whose result was dropped) is simply garbage collected.
 * At most MAX_POOLED_BYTES stay pooled, bounding the memory kept when idle.
 * Single-threaded use only (the event loop).
 */

const MIN_SHIFT = 16; // 64 KB
const MAX_SHIFT = 24; // 16 MB
const PER_CLASS = 4;
const MAX_POOLED_BYTES = 24 << 20;

const free: Buffer[][] = Array.from({ length: MAX_SHIFT - MIN_SHIFT + 1 }, () => []);
const lent = new WeakSet<ArrayBufferLike>();
let pooledBytes = 0;

function classOf(n: number): number {
  let c = 0;
  while (1 << (c + MIN_SHIFT) < n) c++;
  return c;
}

/**
 * A Buffer of exactly `n` bytes (contents undefined) for a segment read.
 * Sizes outside the pooled classes get a plain allocation.
 */
export function acquireReadBuffer(n: number): Buffer {
  if (n < 1 << MIN_SHIFT || n > 1 << MAX_SHIFT) return Buffer.allocUnsafe(n);
  const c = classOf(n);
  let buf = free[c].pop();
  if (buf) pooledBytes -= buf.length;
  else buf = Buffer.allocUnsafeSlow(1 << (c + MIN_SHIFT));
  lent.add(buf.buffer);
  return buf.subarray(0, n);
}

/**
 * Gives back the buffer behind `view` (any slice of a buffer from
 * acquireReadBuffer) once nothing will read it again. Other buffers are
 * ignored.
 */
export function releaseReadBuffer(view: Uint8Array): void {
  const ab = view.buffer;
  if (!lent.has(ab)) return;
  lent.delete(ab);
  const size = ab.byteLength;
  const list = free[classOf(size)];
  if (list.length >= PER_CLASS || pooledBytes + size > MAX_POOLED_BYTES) return;
  list.push(Buffer.from(ab, 0, size));
  pooledBytes += size;
}

/** Bytes held in the free lists (for tests and metrics). */
export function pooledReadBufferBytes(): number {
  return pooledBytes;
}
