import { describe, it, expect } from 'vitest';
import { PartitionLog } from '../../../../broker/log/partition-log.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { ENGINES, config, batch, collectingLogger, freshLogDir } from './helpers.js';
import type { LogDirStore, PartitionStore } from '../../../../broker/log/partition-store.js';
import type { LogConfig } from '../../../../broker/log/log-config.js';

const SEG0 = '00000000000000000000';

function fill(dir: LogDirStore, n: number, over: Partial<LogConfig> = {}): { log: PartitionLog; sizes: number[] } {
  const log = PartitionLog.open({
    logDir: dir,
    topic: 't',
    partition: 0,
    config: config({ indexIntervalBytes: 64, ...over }),
    needsRecovery: false,
    logger: collectingLogger(),
  });
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = batch(2, { prefix: `r${i}` });
    sizes.push(b.length);
    log.appendAsLeader(b, 0, Date.now());
  }
  return { log, sizes };
}

function reopen(dir: LogDirStore, needsRecovery: boolean, over: Partial<LogConfig> = {}) {
  const logger = collectingLogger();
  const log = PartitionLog.open({
    logDir: dir,
    topic: 't',
    partition: 0,
    config: config({ indexIntervalBytes: 64, ...over }),
    needsRecovery,
    logger,
    recoveryPoint: 0,
  });
  log.setHighWatermark(log.logEndOffset);
  return { log, logger };
}

async function allValues(log: PartitionLog): Promise<string[]> {
  const out: string[] = [];
  let next = log.logStartOffset;
  while (next < log.logEndOffset) {
    const r = await log.read(next, 1 << 20, log.logEndOffset, true);
    const batches = decodeRecordBatches(r.records);
    if (batches.length === 0) break;
    for (const b of batches) for (const rec of b.records) out.push(rec.value!.toString());
    next = batches[batches.length - 1]!.lastOffset + 1;
  }
  return out;
}

/** Appends `data` at the end of file `name` (what a torn or stray write leaves). */
function append(store: PartitionStore, name: string, data: Buffer): void {
  const f = store.open(name, 'open');
  f.writeSync(data, 0, data.length, f.size());
  f.close();
}

const expected = (n: number): string[] => Array.from({ length: n }, (_, i) => [`r${i}-0`, `r${i}-1`]).flat();

describe.each(ENGINES)('log loading and recovery over the %s engine', (kind) => {
  const freshDir = (): LogDirStore => freshLogDir(kind).logDir;

  it('truncates garbage written after the last batch and keeps every record before it', async () => {
    const dir = freshDir();
    const store = dir.partition('t-0');
    const { log } = fill(dir, 20);
    log.close();
    append(store, `${SEG0}.log`, Buffer.from('this is definitely not a record batch, just garbage bytes!!!!!!!'));
    const { log: again, logger } = reopen(dir, true);
    expect(logger.warnings.length).toBe(1);
    expect(logger.warnings[0]).toMatch(/truncated \d+ bytes/);
    expect(again.logEndOffset).toBe(40);
    expect(await allValues(again)).toEqual(expected(20));
    expect(again.appendAsLeader(batch(1), 0, Date.now()).baseOffset).toBe(40);
    again.close();
  });

  it('truncates half a batch at the end (a torn write)', async () => {
    const dir = freshDir();
    const store = dir.partition('t-0');
    const { log } = fill(dir, 10);
    log.close();
    const half = batch(30, { baseOffset: 20 });
    append(store, `${SEG0}.log`, half.subarray(0, Math.floor(half.length / 2)));
    const before = store.readFile(`${SEG0}.log`)!.length;
    const { log: again, logger } = reopen(dir, true);
    expect(logger.warnings[0]).toMatch(/runs past the end/);
    expect(store.readFile(`${SEG0}.log`)!.length).toBe(before - Math.floor(half.length / 2));
    expect(again.logEndOffset).toBe(20);
    expect(await allValues(again)).toEqual(expected(10));
    again.close();
  });

  it('truncates at a batch whose CRC does not match', async () => {
    const dir = freshDir();
    const store = dir.partition('t-0');
    const { log, sizes } = fill(dir, 10);
    log.close();
    const file = `${SEG0}.log`;
    const data = store.readFile(file)!;
    const pos7 = sizes.slice(0, 7).reduce((a, b) => a + b, 0);
    data[pos7 + 70]! ^= 0xff;
    store.writeFile(file, data);
    const { log: again, logger } = reopen(dir, true);
    expect(logger.warnings[0]).toMatch(/CRC mismatch/);
    expect(again.logEndOffset).toBe(14);
    expect(await allValues(again)).toEqual(expected(7));
    again.close();
  });

  it('a torn tail in an older segment drops it and every later segment', async () => {
    const dir = freshDir();
    const store = dir.partition('t-0');
    const { log } = fill(dir, 30, { segmentBytes: 800 });
    const bases = log.local.segmentBaseOffsets();
    expect(bases.length).toBeGreaterThan(2);
    log.close();
    const f = store.open(`${String(bases[1]).padStart(20, '0')}.log`, 'open');
    f.truncate(f.size() - 10);
    f.close();
    const { log: again } = reopen(dir, true, { segmentBytes: 800 });
    expect(again.local.segmentBaseOffsets()).toEqual(bases.slice(0, 2));
    expect(await allValues(again)).toEqual(expected(again.logEndOffset / 2));
    again.close();
  });

  it('rebuilds a deleted offset index and time index even after a clean shutdown', async () => {
    const dir = freshDir();
    const store = dir.partition('t-0');
    const { log } = fill(dir, 50);
    log.close();
    const idx = `${SEG0}.index`;
    const tidx = `${SEG0}.timeindex`;
    const original = store.readFile(idx)!;
    expect(original.length).toBeGreaterThan(0);
    store.remove(idx);
    store.remove(tidx);
    const { log: again, logger } = reopen(dir, false);
    expect(logger.warnings[0]).toMatch(/rebuilding indexes/);
    expect(store.readFile(idx)!.equals(original)).toBe(true);
    expect(store.readFile(tidx)!.length % 12).toBe(0);
    expect(await allValues(again)).toEqual(expected(50));
    expect(again.offsetForTimestamp(0)?.offset).toBe(0);
    again.close();
  });

  it('rebuilds a corrupt index (bad length, non-monotonic, pointing past the log)', async () => {
    const corruptions: ((b: Buffer) => Buffer)[] = [
      (b) => Buffer.concat([b, Buffer.from([1, 2, 3])]),
      (b) => {
        const c = Buffer.from(b);
        c.writeInt32BE(0, c.length - 8);
        return c;
      },
      (b) => {
        const c = Buffer.from(b);
        c.writeInt32BE(0x7ffffff0, c.length - 4);
        return c;
      },
    ];
    for (const corrupt of corruptions) {
      const dir = freshDir();
      const store = dir.partition('t-0');
      const { log } = fill(dir, 40);
      log.close();
      const idx = `${SEG0}.index`;
      const original = store.readFile(idx)!;
      store.writeFile(idx, corrupt(original));
      const { log: again, logger } = reopen(dir, false);
      expect(logger.warnings.length).toBe(1);
      expect(store.readFile(idx)!.equals(original)).toBe(true);
      expect(await allValues(again)).toEqual(expected(40));
      again.close();
    }
  });

  it('an empty dir becomes a log at the given log start offset; leftovers are removed', async () => {
    const dir = freshDir();
    const store = dir.partition('t-0');
    store.ensure();
    store.writeFile(`${SEG0}.log.deleted`, Buffer.from('x'));
    store.writeFile(`${String(5).padStart(20, '0')}.index`, Buffer.alloc(0));
    const log = PartitionLog.open({
      logDir: dir,
      topic: 't',
      partition: 0,
      config: config(),
      needsRecovery: true,
      logStartOffset: 42,
      logger: collectingLogger(),
    });
    expect(log.logStartOffset).toBe(42);
    expect(log.logEndOffset).toBe(42);
    expect(store.list().sort()).toEqual([
      `${String(42).padStart(20, '0')}.index`,
      `${String(42).padStart(20, '0')}.log`,
      `${String(42).padStart(20, '0')}.timeindex`,
      'leader-epoch-checkpoint',
    ]);
    expect(log.appendAsLeader(batch(1), 0, Date.now()).baseOffset).toBe(42);
    log.close();
  });

  it('restores checkpointed start offset and high watermark, clamped to the log', async () => {
    const dir = freshDir();
    const { log } = fill(dir, 10);
    log.close();
    const again = PartitionLog.open({
      logDir: dir,
      topic: 't',
      partition: 0,
      config: config(),
      needsRecovery: false,
      logStartOffset: 4,
      highWatermark: 100,
      logger: collectingLogger(),
    });
    expect(again.logStartOffset).toBe(4);
    expect(again.highWatermark).toBe(20);
    again.close();
  });

  it('after a crash, adds the epochs begun after the recovery point that the checkpoint file lost', () => {
    const dir = freshDir();
    const store = dir.partition('t-0');
    const log = PartitionLog.open({
      logDir: dir,
      topic: 't',
      partition: 0,
      config: config(),
      needsRecovery: false,
      logger: collectingLogger(),
    });
    for (let i = 0; i < 3; i++) log.appendAsLeader(batch(2), 1, Date.now()); // epoch 1: offsets 0-5
    log.flush(); // recovery point 6, the checkpoint fsynced
    expect(log.recoveryPoint).toBe(6);
    const durable = store.readFile('leader-epoch-checkpoint')!;
    for (let i = 0; i < 2; i++) log.appendAsLeader(batch(2), 4, Date.now()); // epoch 4 from offset 6
    log.appendAsLeader(batch(2), 7, Date.now()); // epoch 7 from offset 10
    expect(log.leaderEpochCache.needsSync).toBe(true);
    // A crash: the file has what the last fsync left, the log everything written.
    store.writeFileAtomic('leader-epoch-checkpoint', durable);
    log.local.close();
    const again = PartitionLog.open({
      logDir: dir,
      topic: 't',
      partition: 0,
      config: config(),
      needsRecovery: true,
      recoveryPoint: 6,
      logger: collectingLogger(),
    });
    expect(again.leaderEpochCache.entries()).toEqual([
      { epoch: 1, startOffset: 0 },
      { epoch: 4, startOffset: 6 },
      { epoch: 7, startOffset: 10 },
    ]);
    expect(again.endOffsetForLeaderEpoch(4)).toEqual({ leaderEpoch: 4, endOffset: 10 });
    expect(again.leaderEpochCache.needsSync).toBe(false);
    expect(store.readFile('leader-epoch-checkpoint')!.toString()).toBe('0\n3\n1 0\n4 6\n7 10\n');
    again.close();
  });

  it('the recovery point never moves past an epoch the checkpoint file does not hold durably', async () => {
    const dir = freshDir();
    const log = PartitionLog.open({
      logDir: dir,
      topic: 't',
      partition: 0,
      config: config({ segmentBytes: 600 }),
      needsRecovery: false,
      logger: collectingLogger(),
    });
    log.appendAsLeader(batch(2), 1, Date.now());
    log.flush();
    // The produce of a new epoch needs no fsync of the checkpoint.
    log.faults.failNext('fsync', { file: /leader-epoch/ });
    expect(log.appendAsLeader(batch(2), 2, Date.now()).errorCode).toBe(0);
    expect(log.leaderEpochCache.needsSync).toBe(true);
    // A flush does: while that fsync fails, the recovery point stays.
    expect(() => log.flush()).toThrow(/injected fsync failure/);
    expect(log.recoveryPoint).toBe(2);
    // Nor the background flush of a roll (segment.bytes 600 is reached within a few appends).
    log.faults.failNext('fsync', { file: /leader-epoch/ });
    while (log.local.segmentBaseOffsets().length === 1) log.appendAsLeader(batch(2), 2, Date.now());
    await log.local.backgroundFlushed;
    expect(log.recoveryPoint).toBe(2);
    expect(log.leaderEpochCache.needsSync).toBe(true);
    while (log.local.segmentBaseOffsets().length === 2) log.appendAsLeader(batch(2), 2, Date.now());
    await log.local.backgroundFlushed;
    expect(log.recoveryPoint).toBe(log.local.segmentBaseOffsets()[2]);
    expect(log.leaderEpochCache.needsSync).toBe(false);
    log.close();
  });

  it('creating a partition writes its leader epoch checkpoint without fsync', () => {
    const dir = freshDir();
    dir.faults.failNext('fsync', { file: /leader-epoch/ });
    const log = PartitionLog.open({
      logDir: dir,
      topic: 't',
      partition: 0,
      config: config(),
      needsRecovery: false,
      logger: collectingLogger(),
    });
    expect(dir.partition('t-0').readFile('leader-epoch-checkpoint')!.toString()).toBe('0\n0\n');
    expect(dir.faults.isArmed).toBe(true);
    dir.faults.clear();
    log.close();
  });
});
