import { describe, it, expect, afterEach } from 'vitest';
import { PartitionLog } from '../../../../broker/log/partition-log.js';
import { LogCleaner, CLEANER_CHECKPOINT } from '../../../../broker/log/log-cleaner.js';
import { cleanedFileName, swapFileName } from '../../../../broker/log/cleaner-files.js';
import { encodeRecordBatch, decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { Compression } from '../../../../protocol/record-batch.js';
import { ENGINES, config, collectingLogger, freshLogDir } from './helpers.js';
import type { LogDirStore } from '../../../../broker/log/partition-store.js';
import type { LogConfig } from '../../../../broker/log/log-config.js';

const T0 = 1_700_000_000_000;
const DAY = 86_400_000;
const opened: PartitionLog[] = [];
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
});

function open(logDir: LogDirStore, over: Partial<LogConfig> = {}, needsRecovery = false): PartitionLog {
  const log = PartitionLog.open({
    logDir,
    topic: 't',
    partition: 0,
    config: config({ cleanupPolicy: ['compact'], minCleanableDirtyRatio: 0, ...over }),
    needsRecovery,
    logger: collectingLogger(),
  });
  opened.push(log);
  return log;
}

/** Appends one batch of [key, value|null] at time `ts` and keeps the high watermark at the end. */
function put(log: PartitionLog, pairs: [string, string | null][], ts = T0, compression: number = Compression.NONE): void {
  const b = encodeRecordBatch({ records: pairs.map(([key, value], i) => ({ key, value, timestamp: ts + i })), compression });
  expect(log.appendAsLeader(b, 0, ts).errorCode).toBe(0);
  log.setHighWatermark(log.logEndOffset);
}

/** Every record of the log: offset, key and value ('∅' for a tombstone). */
async function dump(log: PartitionLog): Promise<string[]> {
  const out: string[] = [];
  let off = log.logStartOffset;
  for (;;) {
    const r = await log.read(off, 1 << 20, log.logEndOffset, true);
    if (r.records.length === 0) break;
    for (const b of decodeRecordBatches(r.records)) {
      for (const rec of b.records) out.push(`${rec.offset}:${rec.key?.toString()}=${rec.value === null ? '∅' : rec.value.toString()}`);
      off = b.lastOffset + 1;
    }
  }
  return out;
}

function cleaner(log: PartitionLog): LogCleaner {
  return new LogCleaner({ logs: () => [log], backoffMs: 10, logger: collectingLogger() });
}

describe.each(ENGINES)('LogCleaner over the %s engine', (kind) => {
  const freshDir = (): LogDirStore => freshLogDir(kind).logDir;

  it('keeps only the newest record per key in inactive segments, with offsets unchanged', async () => {
    const log = open(freshDir());
    put(log, [
      ['a', 'a1'],
      ['b', 'b1'],
    ]);
    log.local.roll();
    put(log, [
      ['a', 'a2'],
      ['c', 'c1'],
    ]);
    log.local.roll();
    put(log, [['b', 'b2']]);
    log.local.roll();
    put(log, [['a', 'a3']]); // active segment: never cleaned
    const r = await cleaner(log).cleanLog(log, T0 + 1000);
    expect(r).not.toBeNull();
    expect(r!.recordsRead).toBe(5);
    expect(r!.recordsKept).toBe(3);
    expect(await dump(log)).toEqual(['2:a=a2', '3:c=c1', '4:b=b2', '5:a=a3']);
    expect(log.logEndOffset).toBe(6);
    // reading from an offset that was removed lands on the next kept record
    const rec = decodeRecordBatches((await log.read(0, 1 << 20, 6, true)).records)[0]!.records[0]!;
    expect(rec.offset).toBe(2);
    // appends still work after the swap
    put(log, [['d', 'd1']]);
    expect((await dump(log)).at(-1)).toBe('6:d=d1');
  });

  it('decompresses batches that lose records and copies untouched ones as they are', async () => {
    const log = open(freshDir());
    put(
      log,
      [
        ['a', 'a1'],
        ['b', 'b1'],
        ['c', 'c1'],
      ],
      T0,
      Compression.GZIP,
    );
    put(log, [['x', 'x1']], T0, Compression.SNAPPY);
    log.local.roll();
    put(log, [['b', 'b2']]);
    log.local.roll();
    await cleaner(log).cleanLog(log, T0 + 1000);
    expect(await dump(log)).toEqual(['0:a=a1', '2:c=c1', '3:x=x1', '4:b=b2']);
    const first = (await log.read(0, 1 << 20, log.logEndOffset, true)).records;
    const batches = decodeRecordBatches(first);
    expect(batches[0]!.compression).toBe(Compression.NONE);
    expect(batches[0]!.crcValid).toBe(true);
    expect(batches[0]!.lastOffset).toBe(2); // the batch keeps its offset range
    expect(batches[1]!.compression).toBe(Compression.SNAPPY);
  });

  it('keeps tombstones for delete.retention.ms, then removes them', async () => {
    const log = open(freshDir(), { deleteRetentionMs: DAY });
    put(log, [
      ['a', 'a1'],
      ['b', 'b1'],
    ]);
    log.local.roll();
    put(log, [['a', null]]);
    log.local.roll();
    const c = cleaner(log);
    await c.cleanLog(log, T0 + 1000);
    expect(await dump(log)).toEqual(['1:b=b1', '2:a=∅']);
    // nothing dirty and the tombstone is young: no pass
    expect(await c.cleanLog(log, T0 + DAY / 2)).toBeNull();
    const r = await c.cleanLog(log, T0 + DAY + 1000);
    expect(r!.tombstonesRemoved).toBe(1);
    expect(await dump(log)).toEqual(['1:b=b1']);
  });

  it('respects min.cleanable.dirty.ratio and records the first dirty offset in the checkpoint', async () => {
    const log = open(freshDir(), { minCleanableDirtyRatio: 0.5 });
    for (let i = 0; i < 4; i++) {
      put(log, [[`k${i}`, `v${i}`]]);
      log.local.roll();
    }
    const c = cleaner(log);
    expect(await c.cleanLog(log, T0)).not.toBeNull();
    expect(c.firstDirtyOffset(log)).toBe(4);
    expect(log.logDir.readFile(CLEANER_CHECKPOINT)!.toString()).toContain('t 0 4');
    // one small dirty segment against four clean ones: below the ratio
    put(log, [['k0', 'new']]);
    log.local.roll();
    expect(await c.cleanLog(log, T0)).toBeNull();
    for (let i = 1; i < 4; i++) {
      put(log, [[`k${i}`, 'new']]);
      log.local.roll();
    }
    expect(await c.cleanLog(log, T0)).not.toBeNull();
    expect((await dump(log)).map((s) => s.split(':')[1])).toEqual(['k0=new', 'k1=new', 'k2=new', 'k3=new']);
  });

  it('leaves segments younger than min.compaction.lag.ms alone', async () => {
    const log = open(freshDir(), { minCompactionLagMs: 60_000 });
    put(log, [['a', 'a1']], T0);
    log.local.roll();
    put(log, [['a', 'a2']], T0 + 100_000);
    log.local.roll();
    put(log, [['z', 'z']], T0 + 100_000);
    await cleaner(log).cleanLog(log, T0 + 120_000);
    expect(await dump(log)).toEqual(['0:a=a1', '1:a=a2', '2:z=z']);
    await cleaner(log).cleanLog(log, T0 + 200_000);
    expect(await dump(log)).toEqual(['1:a=a2', '2:z=z']);
  });

  it('compacted segments survive a reopen with rebuilt indexes', async () => {
    const dir = freshDir();
    const log = open(dir);
    for (let i = 0; i < 50; i++) {
      put(log, [[`k${i % 5}`, `v${i}`]]);
      if (i % 10 === 9) log.local.roll();
    }
    await cleaner(log).cleanLog(log, T0 + 1000);
    const before = await dump(log);
    expect(before).toEqual(['45:k0=v45', '46:k1=v46', '47:k2=v47', '48:k3=v48', '49:k4=v49']);
    log.close();
    opened.splice(0);
    const again = open(dir, {}, true);
    expect(await dump(again)).toEqual(before);
    expect(again.logEndOffset).toBe(50);
  });

  it('a crash before the swap discards the .cleaned file; a crash during the swap completes it', async () => {
    const dir = freshDir();
    const log = open(dir);
    put(log, [
      ['a', 'a1'],
      ['b', 'b1'],
    ]);
    log.local.roll();
    put(log, [['a', 'a2']]);
    log.local.roll();
    put(log, [['c', 'c1']]);
    log.close();
    opened.splice(0);
    // a cleaned version of segments [0, 3): only b1 and a2 survive
    const cleaned = Buffer.concat([
      encodeRecordBatch({ baseOffset: 0, records: [{ key: 'b', value: 'b1', timestamp: T0, offsetDelta: 1 }], lastOffsetDelta: 1 }),
      encodeRecordBatch({ baseOffset: 2, records: [{ key: 'a', value: 'a2', timestamp: T0 }] }),
    ]);
    // (1) unfinished: .cleaned next to the intact old segments
    const store = dir.partition('t-0');
    store.writeFile(cleanedFileName(0, 3), cleaned);
    let reopened = open(dir, {}, true);
    expect(await dump(reopened)).toEqual(['0:a=a1', '1:b=b1', '2:a=a2', '3:c=c1']);
    expect(store.list().some((f) => f.endsWith('.cleaned'))).toBe(false);
    reopened.close();
    opened.splice(0);
    // (2) committed: .swap written, the second old segment already deleted, the first still there
    store.writeFile(swapFileName(0, 3), cleaned);
    for (const f of store.list()) if (f.startsWith('00000000000000000002.')) store.remove(f);
    reopened = open(dir, {}, true);
    expect(await dump(reopened)).toEqual(['1:b=b1', '2:a=a2', '3:c=c1']);
    expect(reopened.logEndOffset).toBe(4);
    expect(
      store
        .list()
        .filter((f) => f.endsWith('.log'))
        .sort(),
    ).toEqual(['00000000000000000000.log', '00000000000000000003.log']);
  });

  it('runs in the background and does not block appends', async () => {
    const log = open(freshDir(), { segmentBytes: 4096 });
    for (let i = 0; i < 400; i++) put(log, [[`k${i % 7}`, `value-${i}`.padEnd(40, '.')]], Date.now());
    expect(log.segmentCount).toBeGreaterThan(4);
    const c = cleaner(log);
    c.start();
    // appends interleave with the running cleaner
    for (let i = 400; i < 450; i++) {
      put(log, [[`k${i % 7}`, `value-${i}`]], Date.now());
      await new Promise((r) => setImmediate(r));
    }
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && (await dump(log)).length > 60) await new Promise((r) => setTimeout(r, 20));
    await c.stop();
    const recs = await dump(log);
    const latest = new Map<string, string>();
    for (const s of recs) {
      const [, kv] = s.split(':');
      const [k, v] = kv!.split('=');
      latest.set(k!, v!);
    }
    for (let k = 0; k < 7; k++) {
      const last = [...Array(450).keys()].filter((i) => i % 7 === k).at(-1)!;
      expect(latest.get(`k${k}`)).toBe(`value-${last}`);
    }
    expect(recs.length).toBeLessThan(450);
    const offs = recs.map((s) => Number(s.split(':')[0]));
    expect([...offs].sort((a, b) => a - b)).toEqual(offs);
  });

  it('cleans as many logs at once as log.cleaner.threads says (reconfigured at run time)', async () => {
    const dir = freshDir();
    const logs = [0, 1].map((partition) => {
      const log = PartitionLog.open({
        logDir: dir,
        topic: 't',
        partition,
        config: config({ cleanupPolicy: ['compact'], minCleanableDirtyRatio: 0 }),
        needsRecovery: false,
        logger: collectingLogger(),
      });
      opened.push(log);
      put(log, [['k', 'v1']]);
      log.local.roll();
      put(log, [['k', 'v2']]);
      log.local.roll();
      put(log, [['x', 'active']]);
      return log;
    });
    const [a, b] = logs as [PartitionLog, PartitionLog];
    const c = new LogCleaner({ logs: () => [a, b], backoffMs: 10, threads: 1, logger: collectingLogger() });
    expect(c.concurrency).toBe(1);
    c.reconfigure({ backoffMs: 10, threads: 2 });
    expect(c.concurrency).toBe(2);
    // a's first read is held: with two threads b is cleaned meanwhile.
    const held = a.faults.holdNext('read');
    const round = c.cleanRound(T0 + 1000);
    await held.reached;
    const deadline = Date.now() + 10_000;
    while ((await dump(b)).length !== 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(await dump(b)).toEqual(['1:k=v2', '2:x=active']);
    expect(await dump(a)).toEqual(['0:k=v1', '1:k=v2', '2:x=active']);
    held.release();
    expect(await round).toBe(true);
    expect(await dump(a)).toEqual(['1:k=v2', '2:x=active']);
  });
});
