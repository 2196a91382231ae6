import { describe, it, expect } from 'vitest';
import { StorageFaultError, StorageFaults } from '../../../../broker/log/storage-faults.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import type { PartitionLog } from '../../../../broker/log/partition-log.js';
import type { LogConfig } from '../../../../broker/log/log-config.js';
import { ENGINES, batch, collectingLogger, freshLogDir, openLog } from './helpers.js';

describe('StorageFaults', () => {
  it('fails the next matching operation only, oldest armed first, then nothing', () => {
    const f = new StorageFaults();
    f.failNext('write', { file: /\.index$/ });
    f.failNext('fsync', { count: 2 });
    expect(f.isArmed).toBe(true);
    expect(() => f.beforeSync('write', '00000000000000000000.log')).not.toThrow();
    expect(() => f.beforeSync('read', '00000000000000000000.index')).not.toThrow();
    expect(() => f.beforeSync('write', '00000000000000000000.index')).toThrow(StorageFaultError);
    expect(() => f.beforeSync('write', '00000000000000000000.index')).not.toThrow();
    for (let i = 0; i < 2; i++) {
      let err: unknown;
      try {
        f.beforeSync('fsync', 'x.log');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(StorageFaultError);
      expect((err as NodeJS.ErrnoException).code).toBe('EIO');
      expect((err as Error).message).toBe('injected fsync failure on x.log');
    }
    f.beforeSync('fsync', 'x.log');
    expect(f.isArmed).toBe(false);
  });

  it('asks its parent when nothing here matches; clear() disarms only its own', () => {
    const engine = new StorageFaults();
    const partition = new StorageFaults(engine);
    engine.failNext('write');
    partition.failNext('read');
    partition.clear();
    expect(partition.isArmed).toBe(true);
    expect(() => partition.beforeSync('read', 'a')).not.toThrow();
    expect(() => partition.beforeSync('write', 'a')).toThrow(StorageFaultError);
  });

  it('a synchronous delay blocks; an asynchronous one lets the event loop run', async () => {
    const f = new StorageFaults();
    f.delayNext('write', 60);
    let t = performance.now();
    f.beforeSync('write', 'a');
    expect(performance.now() - t).toBeGreaterThanOrEqual(55);
    expect(f.beforeAsync('read', 'a')).toBeNull();
    f.delayNext('read', 60);
    let ticked = false;
    setImmediate(() => (ticked = true));
    t = performance.now();
    await f.beforeAsync('read', 'a');
    expect(ticked).toBe(true);
    expect(performance.now() - t).toBeGreaterThanOrEqual(55);
    f.failNext('read');
    await expect(f.beforeAsync('read', 'a')).rejects.toThrow(StorageFaultError);
  });

  it('a hold stops the next asynchronous read until released; synchronous reads pass it by', async () => {
    const f = new StorageFaults();
    const held = f.holdNext('read', { file: /\.log$/ });
    f.beforeSync('read', 'a.log');
    expect(f.beforeAsync('read', 'a.index')).toBeNull();
    let reached = false;
    void held.reached.then(() => (reached = true));
    let passed = false;
    const gate = f.beforeAsync('read', 'a.log')!;
    void gate.then(() => (passed = true));
    await held.reached;
    expect(reached).toBe(true);
    await new Promise((r) => setTimeout(r, 10));
    expect(passed).toBe(false);
    held.release();
    await gate;
    expect(passed).toBe(true);
    expect(f.isArmed).toBe(false);
  });
});

function values(buf: Buffer): string[] {
  return decodeRecordBatches(buf).flatMap((b) => b.records.map((r) => r.value!.toString()));
}

/** Every value from the log start up to the log end. */
async function all(log: PartitionLog): Promise<string[]> {
  const out: string[] = [];
  let next = log.logStartOffset;
  while (next < log.logEndOffset) {
    const r = await log.read(next, 1 << 20, log.logEndOffset, true);
    expect(r.errorCode).toBe(ErrorCode.NONE);
    if (r.records.length === 0) break;
    out.push(...values(r.records));
    const b = decodeRecordBatches(r.records);
    next = b[b.length - 1]!.lastOffset + 1;
  }
  return out;
}

describe.each(ENGINES)('a failing disk under a partition log (%s engine)', (kind) => {
  /** Where the fault strikes, and the topic config that makes the append reach it. */
  const cases: { what: string; arm: (log: PartitionLog) => void; over: Partial<LogConfig> }[] = [
    { what: 'the .log write', arm: (l) => l.faults.failNext('write', { file: /\.log$/ }), over: {} },
    { what: 'the offset index entry', arm: (l) => l.faults.failNext('write', { file: /\.index$/ }), over: { indexIntervalBytes: 0 } },
    { what: 'the time index entry', arm: (l) => l.faults.failNext('write', { file: /\.timeindex$/ }), over: { indexIntervalBytes: 0 } },
    { what: 'the fsync of flush.messages=1', arm: (l) => l.faults.failNext('fsync'), over: { flushMessages: 1 } },
    {
      what: 'creating the next segment at a roll',
      arm: (l) => l.faults.failNext('write', { file: /\.index$/ }),
      over: { segmentBytes: 1 },
    },
  ];

  for (const c of cases) {
    it(`${c.what}: KAFKA_STORAGE_ERROR, nothing of it stays, the next append and a reopen carry on`, async () => {
      const { logDir } = freshLogDir(kind);
      let log = openLog(logDir, c.over);
      const acked: string[] = [];
      let ts = 1_700_000_000_000;
      const put = (v: string): number => {
        const r = log.appendAsLeader(batch(1, { prefix: v, ts: ts++ }), 0, Date.now());
        if (r.errorCode === ErrorCode.NONE) acked.push(`${v}-0`);
        return r.errorCode;
      };
      for (let i = 0; i < 3; i++) expect(put(`a${i}`)).toBe(ErrorCode.NONE);
      log.setHighWatermark(log.logEndOffset);
      const leo = log.logEndOffset;
      const hw = log.highWatermark;
      c.arm(log);
      expect(put('lost')).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
      expect(log.faults.isArmed).toBe(false);
      expect([log.logEndOffset, log.highWatermark]).toEqual([leo, hw]);
      expect(await all(log)).toEqual(acked);
      for (let i = 0; i < 3; i++) expect(put(`b${i}`)).toBe(ErrorCode.NONE);
      expect(log.logEndOffset).toBe(leo + 3);
      expect(await all(log)).toEqual(acked);
      // After a crash (nothing closed cleanly) and recovery, the log holds exactly what was acknowledged.
      log.local.close();
      log = openLog(logDir, c.over, { needsRecovery: true });
      expect(await all(log)).toEqual(acked);
      expect(log.logEndOffset).toBe(leo + 3);
    });
  }

  it('the fsync of the segment a roll closes runs in the background: the produce is answered, the recovery point moves when it is done', async () => {
    const { logDir } = freshLogDir(kind);
    const logger = collectingLogger();
    const log = openLog(logDir, { segmentBytes: 1 }, { logger });
    let ts = 1_700_000_000_000;
    const put = (v: string): number => log.appendAsLeader(batch(1, { prefix: v, ts: ts++ }), 0, Date.now()).errorCode;
    expect(put('a')).toBe(ErrorCode.NONE); // offset 0 in segment 0
    const held = log.faults.holdNext('fsync', { file: /\.log$/ });
    expect(put('b')).toBe(ErrorCode.NONE); // a roll: segment 1 from offset 1; the fsync of segment 0 waits
    await held.reached;
    expect(log.local.segmentBaseOffsets()).toEqual([0, 1]);
    expect(log.recoveryPoint).toBe(0);
    held.release();
    await log.local.backgroundFlushed;
    expect(log.recoveryPoint).toBe(1);
    // A failing one is logged; the produce was answered; the recovery point stays.
    log.faults.failNext('fsync', { file: /\.log$/ });
    expect(put('c')).toBe(ErrorCode.NONE);
    await log.local.backgroundFlushed;
    expect(log.recoveryPoint).toBe(1);
    expect(logger.warnings.join('\n')).toMatch(/background flush after a roll failed \(the recovery point stays\): injected fsync failure/);
    // The next roll fsyncs from the recovery point on, the failed segment included.
    expect(put('d')).toBe(ErrorCode.NONE);
    await log.local.backgroundFlushed;
    expect(log.recoveryPoint).toBe(3);
    // A crash now and recovery from that point: every acknowledged record is there.
    log.local.close();
    const again = openLog(logDir, { segmentBytes: 1 }, { needsRecovery: true, recoveryPoint: 3 });
    expect(await all(again)).toEqual(['a-0', 'b-0', 'c-0', 'd-0']);
  });

  it('a failing read answers KAFKA_STORAGE_ERROR for that read only', async () => {
    const log = openLog(freshLogDir(kind).logDir);
    log.appendAsLeader(batch(2), 0, Date.now());
    log.setHighWatermark(2);
    log.faults.failNext('read');
    expect((await log.read(0, 1 << 20, 2, true)).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    expect(values((await log.read(0, 1 << 20, 2, true)).records)).toEqual(['v-0', 'v-1']);
  });
});
