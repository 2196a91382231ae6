import { describe, expect, it } from 'vitest';
import { LogDirs } from '../../../../broker/log/log-dirs.js';
import { type LogError } from '../../../../broker/log/log-results.js';
import { MemoryEngine } from '../../../../broker/log/memory-store.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { collectingLogger } from './helpers.js';

function dirs() {
  const engine = new MemoryEngine();
  const all = ['/a', '/b', '/c'].map((d) => engine.logDir(d));
  return { all, dirs: new LogDirs(all, collectingLogger()) };
}

function codeOf(fn: () => unknown): number | null {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as LogError).errorCode;
  }
}

describe('LogDirs', () => {
  it('places a new log in its preferred dir once, else in the online dir with the fewest partitions', () => {
    const { all, dirs: d } = dirs();
    const counts = new Map([
      [all[0], 2],
      [all[1], 1],
      [all[2], 1],
    ]);
    expect(d.place('t-0', counts)).toBe(all[1]);
    d.prefer('t-0', all[0]);
    expect(d.place('t-0', counts)).toBe(all[0]);
    expect(d.place('t-0', counts)).toBe(all[1]);
    d.prefer('t-1', all[2]);
    d.forget('t-1');
    expect(d.place('t-1', counts)).toBe(all[1]);
    // An offline dir is never chosen, preferred or not.
    d.offline.add(all[1].path, 'test');
    d.prefer('t-2', all[1]);
    expect(d.place('t-2', counts)).toBe(all[2]);
  });

  it("finds online dirs by path with Kafka's errors", () => {
    const { all, dirs: d } = dirs();
    expect(d.onlineDir(all[1].path)).toBe(all[1]);
    expect(codeOf(() => d.onlineDir('/elsewhere'))).toBe(ErrorCode.LOG_DIR_NOT_FOUND);
    d.offline.add(all[1].path, 'test');
    expect(codeOf(() => d.onlineDir(all[1].path))).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    expect(d.online()).toEqual([all[0], all[2]]);
  });

  it('removes a doomed partition dir in the background after renaming it -delete', async () => {
    const { all, dirs: d } = dirs();
    all[0].partition('t-0').ensure();
    d.doom(all[0], 't-0', 't-0');
    expect(all[0].listPartitions()).toEqual([]);
    await d.removalsSettled();
    expect(all[0].listPartitions()).toEqual([]);
    d.lock();
    expect(d.isLocked).toBe(true);
    d.unlock();
    expect(d.isLocked).toBe(false);
  });
});
