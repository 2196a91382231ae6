/**
 * Kafka 0.8-0.9's LZ4 frames (protocol/lz4-legacy-frame.ts): xxHash32 on the
 * published test vectors, and a frame whose header checksum was damaged
 * decodes again once it is rewritten, with or without a content size.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { withProperLz4HeaderChecksum, xxh32Short } from '../../../protocol/lz4-legacy-frame.js';
import { compress, decompress } from '../../../protocol/compression.js';
import { Compression } from '../../../protocol/record-batch.js';

describe('legacy lz4 frames', () => {
  it('computes xxHash32 (seed 0) as the reference does', () => {
    const h = (s: string): number => xxh32Short(Buffer.from(s), 0, s.length);
    expect([h(''), h('a'), h('abc'), h('message digest')]).toEqual([0x02cc5d05, 0x550d7456, 0x32d153ff, 0x7c948494]);
  });

  it('rewrites a wrong header checksum so the frame decodes; a proper frame is unchanged', () => {
    const data = Buffer.from('legacy '.repeat(50));
    const frame = compress(Compression.LZ4, data);
    expect(withProperLz4HeaderChecksum(frame).equals(frame)).toBe(true);
    const broken = Buffer.from(frame);
    broken[6] ^= 0xff;
    expect(() => decompress(Compression.LZ4, broken)).toThrow();
    expect(decompress(Compression.LZ4, withProperLz4HeaderChecksum(broken)).equals(data)).toBe(true);
    // With a content size in the descriptor (FLG bit 3) the checksum sits 8 bytes later.
    const lz4 = createRequire(import.meta.url)('lz4-napi') as { compressFrameSync(b: Buffer): Buffer };
    expect(lz4.compressFrameSync(data)[4] & 0x08).toBe(0);
    const sized = Buffer.concat([frame.subarray(0, 6), Buffer.alloc(8), frame.subarray(6)]);
    sized[4] |= 0x08;
    sized.writeBigUInt64LE(BigInt(data.length), 6);
    const fixed = withProperLz4HeaderChecksum(sized);
    expect(decompress(Compression.LZ4, fixed).equals(data)).toBe(true);
  });
});
