import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LeaderEpochCache } from '../../../../broker/log/leader-epoch-cache.js';
import { tempDir } from './helpers.js';
import { filePartitionStore } from '../../../../broker/log/file-store.js';

describe('LeaderEpochCache', () => {
  it('assigns, persists in Kafka format and reloads', () => {
    const file = path.join(tempDir(), 'leader-epoch-checkpoint');
    const c = new LeaderEpochCache(filePartitionStore(path.dirname(file)), path.basename(file));
    expect(c.loaded).toBe(false);
    expect(c.latestEpoch()).toBe(-1);
    expect(c.assign(0, 0)).toBe(true);
    expect(c.assign(0, 5)).toBe(false);
    c.assign(2, 10);
    c.assign(5, 30);
    expect(fs.readFileSync(file, 'utf8')).toBe('0\n3\n0 0\n2 10\n5 30\n');
    const again = new LeaderEpochCache(filePartitionStore(path.dirname(file)), path.basename(file));
    expect(again.loaded).toBe(true);
    expect(again.entries()).toEqual([
      { epoch: 0, startOffset: 0 },
      { epoch: 2, startOffset: 10 },
      { epoch: 5, startOffset: 30 },
    ]);
  });

  it('answers endOffsetFor with Kafka semantics', () => {
    const c = new LeaderEpochCache(filePartitionStore(tempDir()), 'f');
    expect(c.endOffsetFor(0, 10)).toEqual({ epoch: -1, startOffset: -1 });
    c.assign(1, 5);
    c.assign(3, 20);
    c.assign(6, 40);
    expect(c.endOffsetFor(6, 55)).toEqual({ epoch: 6, startOffset: 55 });
    expect(c.endOffsetFor(3, 55)).toEqual({ epoch: 3, startOffset: 40 });
    expect(c.endOffsetFor(4, 55)).toEqual({ epoch: 3, startOffset: 40 });
    expect(c.endOffsetFor(0, 55)).toEqual({ epoch: 0, startOffset: 5 });
    expect(c.endOffsetFor(7, 55)).toEqual({ epoch: -1, startOffset: -1 });
    expect(c.endOffsetFor(-1, 55)).toEqual({ epoch: -1, startOffset: -1 });
    expect(c.epochForOffset(25)).toBe(3);
    expect(c.epochForOffset(2)).toBe(-1);
  });

  it('truncates from the end and from the start; conflicting assigns replace entries', () => {
    const c = new LeaderEpochCache(filePartitionStore(tempDir()), 'f');
    c.assign(1, 0);
    c.assign(2, 10);
    c.assign(3, 20);
    c.truncateFromEnd(20);
    expect(c.latestEpoch()).toBe(2);
    c.truncateFromStart(15);
    expect(c.entries()).toEqual([{ epoch: 2, startOffset: 15 }]);
    c.assign(4, 12);
    expect(c.entries()).toEqual([{ epoch: 4, startOffset: 12 }]);
    c.clear();
    expect(c.entries()).toEqual([]);
  });

  it('writes a new epoch without fsync; sync() makes it durable; clear() is durable at once', () => {
    const store = filePartitionStore(tempDir());
    const c = new LeaderEpochCache(store, 'leader-epoch-checkpoint');
    // Every fsync of the checkpoint fails: an assign does not need one.
    store.faults.failNext('fsync', { file: /leader-epoch/, count: 1 });
    c.assign(3, 100);
    expect(store.readFile('leader-epoch-checkpoint')!.toString()).toBe('0\n1\n3 100\n');
    expect(c.needsSync).toBe(true);
    expect(() => c.sync()).toThrow(/injected fsync failure/);
    expect(c.needsSync).toBe(true);
    c.sync();
    expect(c.needsSync).toBe(false);
    c.sync(); // nothing to do: no write at all
    c.truncateFromEnd(100);
    expect(c.needsSync).toBe(true);
    store.faults.failNext('fsync', { file: /leader-epoch/ });
    expect(() => c.clear()).toThrow(/injected fsync failure/);
    c.clear();
    expect(c.needsSync).toBe(false);
    expect(store.readFile('leader-epoch-checkpoint')!.toString()).toBe('0\n0\n');
  });
});
