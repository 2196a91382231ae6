import { describe, it, expect, vi } from 'vitest';
import { LogSegment } from '../../../../broker/log/segment.js';
import { findBatchPosition, readBatches } from '../../../../broker/log/segment-reader.js';
import { filePartitionStore } from '../../../../broker/log/file-store.js';
import { memoryPartitionStore } from '../../../../broker/log/memory-store.js';
import { writeInt64 } from '../../../../protocol/record-batch.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { ENGINES, batch, tempDir } from './helpers.js';

function withOffsets(n: number, base: number, ts = 1000): Buffer {
  const b = batch(n, { ts });
  writeInt64(b, 0, base);
  return b;
}

describe.each(ENGINES)('segment reads of the fetch path (%s engine)', (kind) => {
  it('finds the batch holding an offset and reads whole batches within byte, offset and size bounds', async () => {
    const store = kind === 'file' ? filePartitionStore(tempDir()) : memoryPartitionStore();
    store.ensure();
    const seg = LogSegment.open(store, 100, { segmentIndexBytes: 4096, indexIntervalBytes: 200 }, true);
    const sizes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const b = withOffsets(3, 100 + i * 3, 1000 + i);
      sizes.push(b.length);
      seg.append(b, 0, b.length);
    }
    expect(await findBatchPosition(seg, 100)).toBe(0);
    for (let o = 100; o < 160; o += 7) expect(await findBatchPosition(seg, o)).toBe(seg.translateOffset(o));
    expect(await findBatchPosition(seg, 104)).toBe(sizes[0]);
    expect(await findBatchPosition(seg, 160)).toBe(-1);
    const end = seg.size;
    const r = await readBatches(seg, await findBatchPosition(seg, 130), sizes[0]! * 2, end, 1000, false);
    expect(decodeRecordBatches(r).map((b) => b.baseOffset)).toEqual([130, 133]);
    expect((await readBatches(seg, 0, 5, end, 1000, false)).length).toBe(0);
    expect((await readBatches(seg, 0, 5, end, 1000, true)).length).toBe(sizes[0]);
    expect((await readBatches(seg, 0, 1 << 20, end, 103, true)).length).toBe(sizes[0]);
    expect((await readBatches(seg, 0, 1 << 20, end, 102, true)).length).toBe(0);
    // A byte bound (the high watermark's position) stops the read there without looking further.
    expect((await readBatches(seg, 0, 1 << 20, sizes[0]! + sizes[1]!, 1000, false)).length).toBe(sizes[0]! + sizes[1]!);
    expect((await readBatches(seg, 0, 1 << 20, sizes[0]! - 1, 1000, true)).length).toBe(0);
    seg.close();
  });

  it('reads the recent tail this process wrote on the event loop, older or cold bytes and armed stores on the thread pool', async () => {
    const dir = kind === 'file' ? tempDir() : null;
    const store = dir !== null ? filePartitionStore(dir) : memoryPartitionStore();
    store.ensure();
    const cfg = { segmentIndexBytes: 1 << 20, indexIntervalBytes: 4096 };
    const seg = LogSegment.open(store, 0, cfg, true);
    const big = withOffsets(1, 0);
    // 400 KB written by this process: more than the recent tail read synchronously (256 KB).
    const chunks: Buffer[] = [];
    for (let off = 0; chunks.length * big.length < 400 * 1024; off++) {
      const b = withOffsets(1, off);
      chunks.push(b);
      seg.append(b, 0, b.length);
    }
    const last = (chunks.length - 1) * big.length;
    expect(seg.readsSynchronouslyAt(last)).toBe(true);
    expect(seg.readsSynchronouslyAt(0)).toBe(false);
    const onPool = vi.spyOn(seg, 'readFullyAsync');
    const tail = await readBatches(seg, await findBatchPosition(seg, chunks.length - 1), 1 << 20, seg.size, 1 << 30, true);
    expect(decodeRecordBatches(tail).map((b) => b.baseOffset)).toEqual([chunks.length - 1]);
    expect(onPool).not.toHaveBeenCalled();
    const head = await readBatches(seg, 0, big.length, seg.size, 1 << 30, true);
    expect(decodeRecordBatches(head).map((b) => b.baseOffset)).toEqual([0]);
    expect(onPool).toHaveBeenCalledTimes(1);
    // Faults armed (a test holding reads in flight): the tail goes to the pool too.
    store.faults.delayNext('read', 0);
    expect(seg.readsSynchronouslyAt(last)).toBe(false);
    expect((await readBatches(seg, last, 1 << 20, seg.size, 1 << 30, true)).length).toBe(big.length);
    expect(onPool).toHaveBeenCalledTimes(2);
    onPool.mockRestore();
    seg.close();
    if (dir !== null) {
      // Bytes found on disk when the segment is opened may be cold: never read synchronously; new appends are.
      const again = LogSegment.open(filePartitionStore(dir), 0, cfg, false);
      expect(again.readsSynchronouslyAt(last)).toBe(false);
      const b = withOffsets(1, chunks.length);
      again.append(b, 0, b.length);
      expect(again.readsSynchronouslyAt(again.size - b.length)).toBe(true);
      expect(again.readsSynchronouslyAt(last)).toBe(false);
      again.truncateTo(chunks.length - 2);
      expect(again.readsSynchronouslyAt(again.size)).toBe(true);
      again.close();
    }
  });
});
