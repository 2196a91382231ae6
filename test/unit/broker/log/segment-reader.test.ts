import { describe, it, expect } from 'vitest';
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
});
