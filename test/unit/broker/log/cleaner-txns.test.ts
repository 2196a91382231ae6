import { describe, it, expect, afterEach } from 'vitest';
import { PartitionLog } from '../../../../broker/log/partition-log.js';
import { LogCleaner } from '../../../../broker/log/log-cleaner.js';
import { encodeRecordBatch, decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { encodeEndTxnMarker } from '../../../../protocol/control-record.js';
import { ENGINES, config, collectingLogger, freshLogDir } from './helpers.js';
import type { LogDirStore } from '../../../../broker/log/partition-store.js';

const T0 = 1_700_000_000_000;
const DAY = 86_400_000;
const opened: PartitionLog[] = [];
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
});

function open(logDir: LogDirStore): PartitionLog {
  const log = PartitionLog.open({
    logDir,
    topic: 't',
    partition: 0,
    config: config({ cleanupPolicy: ['compact'], minCleanableDirtyRatio: 0 }),
    needsRecovery: false,
    logger: collectingLogger(),
  });
  opened.push(log);
  return log;
}

const seqs = new Map<number, number>();
/** Appends [key, value] pairs (of producer `pid`'s transaction when given) and moves the high watermark to the end. */
function put(log: PartitionLog, pairs: [string, string][], pid = -1): void {
  const seq = seqs.get(pid) ?? 0;
  const b = encodeRecordBatch({
    records: pairs.map(([key, value], i) => ({ key, value, timestamp: T0 + i })),
    ...(pid >= 0 ? { producerId: pid, producerEpoch: 0, baseSequence: seq, transactional: true } : {}),
  });
  if (pid >= 0) seqs.set(pid, seq + pairs.length);
  expect(log.appendAsLeader(b, 0, T0).errorCode).toBe(0);
  log.setHighWatermark(log.logEndOffset);
}
function end(log: PartitionLog, pid: number, commit: boolean): void {
  const m = encodeEndTxnMarker({ producerId: pid, producerEpoch: 0, coordinatorEpoch: 0, commit, timestamp: T0 });
  expect(log.appendAsLeader(m, 0, T0, 'coordinator').errorCode).toBe(0);
  log.setHighWatermark(log.logEndOffset);
}

/** Every record of the log, markers as `<offset>:COMMIT(pid)` / `ABORT(pid)`. */
async function dump(log: PartitionLog): Promise<string[]> {
  const out: string[] = [];
  let off = log.logStartOffset;
  for (;;) {
    const r = await log.read(off, 1 << 20, log.logEndOffset, true);
    if (r.records.length === 0) break;
    for (const b of decodeRecordBatches(r.records)) {
      off = b.lastOffset + 1;
      if (b.isControl) out.push(`${b.baseOffset}:${b.records[0]!.key![3] === 1 ? 'COMMIT' : 'ABORT'}(${b.producerId})`);
      else for (const rec of b.records) out.push(`${rec.offset}:${rec.key!.toString()}=${rec.value!.toString()}`);
    }
  }
  return out;
}

describe.each(ENGINES)('log cleaner and transactions over the %s engine', (kind) => {
  const cleaner = (log: PartitionLog): LogCleaner => new LogCleaner({ logs: () => [log], backoffMs: 10, logger: collectingLogger() });

  it('removes aborted data (which never hides an older value), then the marker once it is past delete.retention.ms', async () => {
    seqs.clear();
    const log = open(freshLogDir(kind).logDir);
    put(log, [['a', 'a0']]); // 0
    put(
      log,
      [
        ['a', 'aborted'],
        ['b', 'aborted'],
      ],
      1,
    ); // 1-2
    put(log, [['c', 'c1']], 2); // 3
    log.local.roll();
    end(log, 1, false); // 4
    end(log, 2, true); // 5
    put(log, [['c', 'c0-plain']]); // 6
    log.local.roll();
    put(log, [['d', 'd1']]); // 7, active
    expect(log.txn.collectAborted(0, 8)).not.toBeNull();
    const r = await cleaner(log).cleanLog(log, T0 + 1000);
    expect(r!.abortedBatchesRemoved).toBe(1);
    expect(r!.markersRemoved).toBe(0);
    expect(await dump(log)).toEqual(['0:a=a0', '4:ABORT(1)', '5:COMMIT(2)', '6:c=c0-plain', '7:d=d1']);
    // A day later the ABORT has no data left and is old: it goes. The COMMIT's data was superseded too: it goes as well.
    const later = await cleaner(log).cleanLog(log, T0 + 2 * DAY);
    expect(later!.markersRemoved).toBe(2);
    expect(await dump(log)).toEqual(['0:a=a0', '6:c=c0-plain', '7:d=d1']);
    expect(log.txn.collectAborted(0, 8)).toBeNull();
  });

  it('keeps a marker while its committed data is the newest of its key', async () => {
    seqs.clear();
    const log = open(freshLogDir(kind).logDir);
    put(log, [['k', 'committed']], 7); // 0
    end(log, 7, true); // 1
    log.local.roll();
    put(log, [['z', 'z']]); // 2, active
    const r = await cleaner(log).cleanLog(log, T0 + 2 * DAY);
    expect(r!.markersRemoved).toBe(0);
    expect(await dump(log)).toEqual(['0:k=committed', '1:COMMIT(7)', '2:z=z']);
  });

  it('cleans nothing at or above the last stable offset', async () => {
    seqs.clear();
    const log = open(freshLogDir(kind).logDir);
    put(log, [['a', 'a1']]); // 0
    put(log, [['a', 'open']], 3); // 1: ongoing
    log.local.roll();
    put(log, [['a', 'a2']]); // 2
    log.local.roll();
    put(log, [['x', 'x']]); // 3
    expect(log.lastStableOffset).toBe(1);
    expect(await cleaner(log).cleanLog(log, T0 + 1000)).toBeNull();
    end(log, 3, false);
    const r = await cleaner(log).cleanLog(log, T0 + 1000);
    expect(r).not.toBeNull();
    expect(await dump(log)).toEqual(['2:a=a2', '3:x=x', '4:ABORT(3)']);
  });
});
