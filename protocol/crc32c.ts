/**
 * CRC32C (Castagnoli), the checksum of Kafka's v2 record batches.
 *
 * A thin wrapper over the native `@node-rs/crc32` so callers can checksum a
 * byte range of a larger Buffer without copying it (`subarray` is a view).
 * Stateless; safe for any caller.
 */
import { crc32c as nativeCrc32c } from '@node-rs/crc32';

/** CRC32C of `buf[start, end)` (start inclusive, end exclusive), as an unsigned 32-bit number. */
export function crc32c(buf: Buffer, start = 0, end = buf.length): number {
  const view = start === 0 && end === buf.length ? buf : buf.subarray(start, end);
  return nativeCrc32c(view) >>> 0;
}

/** Continues a CRC32C over `buf[start, end)` from a previous value `initial`. */
export function crc32cUpdate(initial: number, buf: Buffer, start = 0, end = buf.length): number {
  return nativeCrc32c(buf.subarray(start, end), initial) >>> 0;
}
