import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TimeIndex } from '../../../../broker/log/time-index.js';
import { tempDir } from './helpers.js';
import { filePartitionStore } from '../../../../broker/log/file-store.js';

const at = (file: string) => filePartitionStore(path.dirname(file));

describe('TimeIndex', () => {
  it('stores 12-byte entries, only for increasing timestamps', () => {
    const file = path.join(tempDir(), 'x.timeindex');
    const ti = new TimeIndex(at(file), path.basename(file), 1000, 1200);
    expect(ti.maybeAppend(5000, 1010)).toBe(true);
    expect(ti.maybeAppend(5000, 1020)).toBe(false);
    expect(ti.maybeAppend(4000, 1030)).toBe(false);
    expect(ti.maybeAppend(6000, 1040)).toBe(true);
    expect(ti.maybeAppend(7000, 1060)).toBe(true);
    const raw = fs.readFileSync(file);
    expect(raw.length).toBe(36);
    expect(Number(raw.readBigInt64BE(12))).toBe(6000);
    expect(raw.readInt32BE(20)).toBe(40);
    expect(ti.lastTimestamp).toBe(7000);
    expect(ti.lastOffset).toBe(1060);
  });

  it('finds the entry strictly before a timestamp', () => {
    const ti = new TimeIndex(filePartitionStore(tempDir()), 'y.timeindex', 0, 12000);
    for (let i = 1; i <= 100; i++) ti.maybeAppend(i * 100, i * 5);
    expect(ti.lookupOffsetBefore(50)).toBe(0);
    expect(ti.lookupOffsetBefore(100)).toBe(0);
    expect(ti.lookupOffsetBefore(101)).toBe(5);
    expect(ti.lookupOffsetBefore(550)).toBe(25);
    expect(ti.lookupOffsetBefore(1e9)).toBe(500);
    ti.truncateTo(250);
    expect(ti.entries).toBe(49);
    expect(ti.sanityCheck(1000)).toBeNull();
    expect(ti.sanityCheck(200)).toMatch(/past the end/);
  });

  it('respects fullness unless forced and reloads from disk', () => {
    const file = path.join(tempDir(), 'z.timeindex');
    const ti = new TimeIndex(at(file), path.basename(file), 0, 24);
    ti.maybeAppend(1, 1);
    ti.maybeAppend(2, 2);
    expect(ti.isFull()).toBe(true);
    expect(ti.maybeAppend(3, 3)).toBe(false);
    expect(ti.maybeAppend(3, 3, true)).toBe(true);
    ti.close();
    const again = new TimeIndex(at(file), path.basename(file), 0, 24);
    expect(again.entries).toBe(3);
    expect(again.lastTimestamp).toBe(3);
  });
});
