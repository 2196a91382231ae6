import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OffsetIndex } from '../../../../broker/log/offset-index.js';
import { tempDir } from './helpers.js';
import { filePartitionStore } from '../../../../broker/log/file-store.js';

const at = (file: string) => filePartitionStore(path.dirname(file));

describe('OffsetIndex', () => {
  it('appends 8-byte big-endian relative entries and looks up the floor entry', () => {
    const file = path.join(tempDir(), '00000000000000000100.index');
    const idx = new OffsetIndex(at(file), path.basename(file), 100, 1024);
    expect(idx.lookup(150)).toEqual({ offset: 100, position: 0 });
    for (let i = 1; i <= 100; i++) idx.append(100 + i * 10, i * 1000);
    expect(idx.entries).toBe(100);
    expect(idx.lookup(105)).toEqual({ offset: 100, position: 0 });
    expect(idx.lookup(110)).toEqual({ offset: 110, position: 1000 });
    expect(idx.lookup(119)).toEqual({ offset: 110, position: 1000 });
    expect(idx.lookup(555)).toEqual({ offset: 550, position: 45000 });
    expect(idx.lookup(5000)).toEqual({ offset: 1100, position: 100000 });
    const raw = fs.readFileSync(file);
    expect(raw.length).toBe(800);
    expect(raw.readInt32BE(0)).toBe(10);
    expect(raw.readInt32BE(4)).toBe(1000);
    idx.close();
    const again = new OffsetIndex(at(file), path.basename(file), 100, 1024);
    expect(again.entries).toBe(100);
    expect(again.lookupPosition(555)).toBe(45000);
    expect(again.sanityCheck(100001)).toBeNull();
    expect(again.sanityCheck(100000)).toMatch(/past the end/);
    again.close();
  });

  it('rejects non-increasing offsets and reports full', () => {
    const idx = new OffsetIndex(filePartitionStore(tempDir()), 'a.index', 0, 32);
    idx.append(1, 10);
    expect(() => idx.append(1, 20)).toThrow();
    idx.append(2, 20);
    idx.append(3, 30);
    expect(idx.isFull()).toBe(false);
    idx.append(4, 40);
    expect(idx.isFull()).toBe(true);
    idx.close();
  });

  it('truncates by offset and by position, on disk too', () => {
    const file = path.join(tempDir(), 'b.index');
    const idx = new OffsetIndex(at(file), path.basename(file), 0, 4096);
    for (let i = 1; i <= 10; i++) idx.append(i * 10, i * 100);
    idx.truncateTo(55);
    expect(idx.entries).toBe(5);
    expect(idx.lastOffset).toBe(50);
    idx.truncateToPosition(300);
    expect(idx.entries).toBe(2);
    expect(fs.statSync(file).size).toBe(16);
    idx.append(25, 250);
    expect(idx.lookup(26)).toEqual({ offset: 25, position: 250 });
    idx.close();
  });

  it('detects corruption', () => {
    const file = path.join(tempDir(), 'c.index');
    fs.writeFileSync(file, Buffer.alloc(12));
    expect(new OffsetIndex(at(file), path.basename(file), 0, 4096).sanityCheck(1000)).toMatch(/multiple/);
    fs.writeFileSync(file, Buffer.alloc(16));
    expect(new OffsetIndex(at(file), path.basename(file), 0, 4096).sanityCheck(1000)).toMatch(/monotonic/);
  });
});
