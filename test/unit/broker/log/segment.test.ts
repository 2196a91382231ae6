import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import { LogSegment, segmentFileName, parseSegmentBaseOffset } from '../../../../broker/log/segment.js';
import { writeInt64 } from '../../../../protocol/record-batch.js';
import { tempDir, batch } from './helpers.js';
import { filePartitionStore } from '../../../../broker/log/file-store.js';

function withOffsets(n: number, base: number, ts = 1000): Buffer {
  const b = batch(n, { ts });
  writeInt64(b, 0, base);
  return b;
}

describe('LogSegment', () => {
  it('names files with 20-digit base offsets', () => {
    expect(segmentFileName(42, '.log')).toBe('00000000000000000042.log');
    expect(parseSegmentBaseOffset('00000000000000000042.timeindex')).toBe(42);
    expect(parseSegmentBaseOffset('42.log')).toBe(-1);
  });

  it('appends, indexes sparsely and translates offsets', () => {
    const dir = tempDir();
    const seg = LogSegment.open(filePartitionStore(dir), 100, { segmentIndexBytes: 4096, indexIntervalBytes: 200 }, true);
    const sizes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const b = withOffsets(3, 100 + i * 3, 1000 + i);
      sizes.push(b.length);
      seg.append(b, 0, b.length);
    }
    expect(seg.size).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(seg.offsetIndex.entries).toBeGreaterThan(1);
    expect(seg.offsetIndex.entries).toBeLessThan(20);
    expect(seg.readNextOffset()).toBe(160);
    expect(seg.maxTimestampSoFar).toBe(1019 + 2);
    expect(seg.rollingBasedTimestamp).toBe(1002);
    expect(seg.translateOffset(100)).toBe(0);
    expect(seg.translateOffset(104)).toBe(sizes[0]);
    expect(seg.translateOffset(160)).toBe(-1);
    seg.close();
    expect(fs.readdirSync(dir).sort()).toEqual([
      '00000000000000000100.index',
      '00000000000000000100.log',
      '00000000000000000100.timeindex',
    ]);
  });

  it('truncates whole batches and keeps indexes consistent', () => {
    const dir = tempDir();
    const seg = LogSegment.open(filePartitionStore(dir), 0, { segmentIndexBytes: 4096, indexIntervalBytes: 0 }, true);
    for (let i = 0; i < 10; i++) {
      const b = withOffsets(2, i * 2, 500 + i);
      seg.append(b, 0, b.length);
    }
    const removed = seg.truncateTo(9);
    expect(removed).toBeGreaterThan(0);
    expect(seg.readNextOffset()).toBe(8);
    expect(seg.offsetIndex.lastOffset).toBeLessThan(8);
    expect(seg.timeIndex.lastOffset).toBeLessThan(8);
    expect(seg.indexesNeedRebuild()).toBeNull();
    expect(seg.maxTimestampSoFar).toBe(504);
    seg.close();
  });

  it('recover() cuts a torn tail and rebuilds indexes', () => {
    const dir = tempDir();
    let seg = LogSegment.open(filePartitionStore(dir), 0, { segmentIndexBytes: 4096, indexIntervalBytes: 0 }, true);
    for (let i = 0; i < 5; i++) {
      const b = withOffsets(2, i * 2);
      seg.append(b, 0, b.length);
    }
    const good = seg.size;
    const torn = withOffsets(2, 10);
    seg.append(torn, 0, 40);
    seg.close();
    seg = LogSegment.open(filePartitionStore(dir), 0, { segmentIndexBytes: 4096, indexIntervalBytes: 0 }, false);
    const r = seg.recover();
    expect(r.truncatedBytes).toBe(40);
    expect(r.nextOffset).toBe(10);
    expect(seg.size).toBe(good);
    expect(fs.statSync(seg.logPath).size).toBe(good);
    expect(seg.offsetIndex.entries).toBe(4);
    seg.deleteFiles();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
