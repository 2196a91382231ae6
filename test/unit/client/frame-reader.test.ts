import { describe, expect, it } from 'vitest';
import { FrameReader } from '../../../client/frame-reader.js';

/** Frames of the given sizes, each filled with its index, as `int32 size | bytes` back to back. */
function stream(sizes: number[]): { bytes: Buffer; frames: Buffer[] } {
  const frames = sizes.map((n, i) => Buffer.alloc(n, i & 0xff));
  const bytes = Buffer.concat(
    frames.flatMap((f) => [Buffer.from([(f.length >>> 24) & 0xff, (f.length >>> 16) & 0xff, (f.length >>> 8) & 0xff, f.length & 0xff]), f]),
  );
  return { bytes, frames };
}

/** Feeds `bytes` the way the socket would: each read puts at most `cut()` bytes into the buffer the reader asks for. */
function feed(reader: FrameReader, bytes: Buffer, cut: () => number): void {
  let pos = 0;
  while (pos < bytes.length) {
    const target = reader.bufferForRead();
    const n = Math.min(target.length, cut(), bytes.length - pos);
    bytes.copy(target, 0, pos, pos + n);
    pos += n;
    reader.onRead(n);
  }
}

describe('FrameReader', () => {
  it('cuts frames of every size out of reads cut anywhere; frames are their own buffers, untouched by later reads', () => {
    let seed = 11;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return 1 + (seed % n);
    };
    // Tiny cuts over the frames around the 64 KiB boundary; random cuts up to 2 MiB over large frames too
    // (reading 1.4 MB a byte at a time costs seconds on a loaded machine and adds no case).
    const small = [0, 1, 3, 100, 65_535, 65_536, 70_000, 5, 2, 17];
    const large = [0, 1, 3, 100, 65_535, 65_536, 70_000, 5, 1 << 20, 2, 300_000, 17];
    for (const [sizes, cuts] of [
      [small, [1, 3, 4, 7]],
      [large, [1000, 65_536, 1 << 21]],
    ] as const) {
      const { bytes, frames } = stream([...sizes]);
      for (const maxCut of cuts) {
        const got: Buffer[] = [];
        const reader = new FrameReader((f) => got.push(f));
        feed(reader, bytes, () => (maxCut <= 7 ? maxCut : rand(maxCut)));
        expect(got.map((f) => f.length)).toEqual(sizes);
        for (let i = 0; i < frames.length; i++) expect(got[i].equals(frames[i])).toBe(true);
      }
    }
  });

  it('reads a large frame in place: the kernel fills the frame buffer itself', () => {
    const { bytes } = stream([10, 200_000]);
    const got: Buffer[] = [];
    const reader = new FrameReader((f) => got.push(f));
    // The first read brings the small frame and the start of the large one.
    let target = reader.bufferForRead();
    bytes.copy(target, 0, 0, 1000);
    reader.onRead(1000);
    expect(got.length).toBe(1);
    // Now the reader asks for the rest of the large frame, in that frame's own memory.
    target = reader.bufferForRead();
    expect(target.length).toBe(200_000 - (1000 - 14 - 4));
    bytes.copy(target, 0, 1000);
    reader.onRead(bytes.length - 1000);
    expect(got.length).toBe(2);
    expect(got[1].length).toBe(200_000);
    expect(got[1].buffer).toBe(target.buffer);
  });

  it('refuses a negative frame size', () => {
    const reader = new FrameReader(() => undefined);
    reader.bufferForRead().writeInt32BE(-5, 0);
    expect(() => reader.onRead(4)).toThrow(/negative frame size/);
  });
});
