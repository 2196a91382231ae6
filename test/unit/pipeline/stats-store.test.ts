import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OffsetRange } from '../../../streaming/index.js';
import { StatsStore } from '../../../pipeline/stats-store.js';

const dirs: string[] = [];
const open: StatsStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close().catch(() => undefined);
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
async function store(dir?: string): Promise<[StatsStore, string]> {
  const d = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stats-store-'));
  if (!dir) dirs.push(d);
  const s = await StatsStore.open(d);
  open.push(s);
  return [s, d];
}
const batch = (time: number, records: number) => ({ time, records, writtenAt: time + 5 });

describe('StatsStore', () => {
  it('adds increments to the counters and stores the offsets with them', async () => {
    const [s] = await store();
    const r1 = [OffsetRange.create('t', 0, 0, 10), OffsetRange.create('t', 1, 0, 5)];
    expect(
      await s.addBatch(
        r1,
        new Map([
          ['total/lines', 15],
          ['days/20240501', 3],
          ['day/20240501/course/112', 3],
        ]),
        batch(1000, 15),
      ),
    ).toBe(true);
    const r2 = [OffsetRange.create('t', 0, 10, 12), OffsetRange.create('t', 1, 5, 5)];
    expect(
      await s.addBatch(
        r2,
        new Map([
          ['total/lines', 2],
          ['days/20240501', 2],
          ['day/20240501/course/112', 1],
          ['day/20240501/course/7', 1],
        ]),
        batch(2000, 2),
      ),
    ).toBe(true);
    expect(Object.fromEntries(await s.offsets())).toEqual({ 't-0': 12, 't-1': 5 });
    expect(await s.totals()).toEqual({ lines: 17, visits: 0, otherUrl: 0, malformed: 0 });
    expect(await s.days()).toEqual([['20240501', 5]]);
    expect((await s.day('20240501')).courses).toEqual([
      ['7', 1],
      ['112', 4],
    ]);
    expect(await s.lastBatch()).toEqual(batch(2000, 2));
  });

  it('refuses a batch whose ranges were already written, changing nothing, also after a reopen', async () => {
    const [s, dir] = await store();
    const ranges = [OffsetRange.create('t', 0, 0, 10)];
    expect(await s.addBatch(ranges, new Map([['total/lines', 10]]), batch(1, 10))).toBe(true);
    expect(await s.addBatch(ranges, new Map([['total/lines', 10]]), batch(2, 10))).toBe(false);
    expect((await s.totals()).lines).toBe(10);
    await s.close();
    open.length = 0;
    const [again] = await store(dir);
    expect(await again.addBatch(ranges, new Map([['total/lines', 10]]), batch(3, 10))).toBe(false);
    // The counters loaded on open are the base of the next batch.
    expect(await again.addBatch([OffsetRange.create('t', 0, 10, 11)], new Map([['total/lines', 1]]), batch(4, 1))).toBe(true);
    expect((await again.totals()).lines).toBe(11);
    expect(await again.counterEntries()).toEqual([['total/lines', 11]]);
  });

  it('names the directory when another process holds the store', async () => {
    const [, dir] = await store();
    await expect(StatsStore.open(dir)).rejects.toThrow(`cannot open the statistics store ${dir} (is another job using it?)`);
  });
});
