import { describe, expect, it, vi } from 'vitest';
import { LogManager } from '../../../../broker/log/log-manager.js';
import { ReplicaManager } from '../../../../broker/replica/replica-manager.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { ENGINES, batch, config, freshLogDir, type EngineKind } from '../log/helpers.js';
import { encodeEndTxnMarker } from '../../../../protocol/control-record.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';

function setup(kind: EngineKind, isr = [0]): ReplicaManager {
  const { engine, dir } = freshLogDir(kind);
  const logs = new LogManager({ logDirs: [dir], defaultConfig: config(), engine });
  logs.loadAll();
  const rm = new ReplicaManager(0, logs);
  rm.applyPartitionState('t', { partition: 0, replicas: isr, leader: 0, leaderEpoch: 0, isr }, config());
  return rm;
}

/** What the IsrTracker does when follower 1 fetches from `offset`: the high watermark moves, waiting fetches are woken. */
function followerAt(rm: ReplicaManager, offset: number): void {
  const p = rm.get('t', 0)!;
  p.followerEnds.set(1, offset);
  expect(p.updateHighWatermark()).toBe(true);
  p.notifyWatchers();
}

/** Record values of the data batches in `records`. */
function valuesOf(records: Buffer): string[] {
  const out: string[] = [];
  for (const b of decodeRecordBatches(records)) if (!b.isControl) for (const r of b.records) out.push(r.value!.toString());
  return out;
}

const req = [{ topic: 't', partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1 }];

describe.each(ENGINES)('DelayedFetch (long poll) over the %s engine', (kind) => {
  it('does not re-read the log for appends that cannot reach min_bytes, and answers once they can', async () => {
    const rm = setup(kind);
    const one = batch(1).length;
    const pending = rm.fetch(req, { maxWaitMs: 10_000, minBytes: one * 3, maxBytes: 1 << 20, replicaId: -1 });
    expect(pending).toBeInstanceOf(Promise);
    const reads = vi.spyOn(rm, 'readPartitions');
    expect(rm.appendRecords('t', 0, batch(1), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
    expect(rm.appendRecords('t', 0, batch(1), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
    expect(reads).not.toHaveBeenCalled();
    expect(rm.appendRecords('t', 0, batch(1), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
    const results = await pending;
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    expect(results[0].errorCode).toBe(ErrorCode.NONE);
    expect(results[0].records.length).toBe(one * 3);
  });

  it('answers at once when a watched partition is deleted', async () => {
    const rm = setup(kind);
    const pending = rm.fetch(req, { maxWaitMs: 10_000, minBytes: 1 << 20, maxBytes: 1 << 20, replicaId: -1 });
    rm.deleteTopic('t');
    const results = await pending;
    expect(results[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  // max_wait 30 s, above the test's own limit: a fetch not woken fails the test (no timing asserts).
  it(
    'read_uncommitted: is answered when the high watermark moves past records appended before it parked',
    { timeout: 10_000 },
    async () => {
      const rm = setup(kind, [0, 1]);
      expect(rm.appendRecords('t', 0, batch(2, { prefix: 'r' }), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
      expect(rm.get('t', 0)!.log.highWatermark).toBe(0);
      const pending = rm.fetch(req, { maxWaitMs: 30_000, minBytes: 1, maxBytes: 1 << 20, replicaId: -1 });
      await new Promise((r) => setImmediate(r));
      followerAt(rm, 2);
      const [r] = await pending;
      expect(valuesOf(r!.records)).toEqual(['r-0', 'r-1']);
    },
  );

  it(
    'read_committed: is answered when the last stable offset moves past a marker appended before it parked',
    { timeout: 10_000 },
    async () => {
      const rm = setup(kind, [0, 1]);
      const txn = batch(1, { prefix: 'tx', producerId: 7, producerEpoch: 0, baseSequence: 0, transactional: true });
      expect(rm.appendRecords('t', 0, txn, 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
      followerAt(rm, 1);
      const marker = encodeEndTxnMarker({ producerId: 7, producerEpoch: 0, coordinatorEpoch: 0, commit: true, timestamp: Date.now() });
      expect(rm.appendRecords('t', 0, marker, 1, Date.now(), 'coordinator').errorCode).toBe(ErrorCode.NONE);
      // The marker is in the log, not yet below the high watermark: the transaction is not stable.
      expect(rm.get('t', 0)!.log.lastStableOffset).toBe(0);
      const pending = rm.fetch(req, { maxWaitMs: 30_000, minBytes: 1, maxBytes: 1 << 20, replicaId: -1, isolationLevel: 1 });
      await new Promise((r) => setImmediate(r));
      followerAt(rm, 2);
      expect(rm.get('t', 0)!.log.lastStableOffset).toBe(2);
      const [r] = await pending;
      expect(valuesOf(r!.records)).toEqual(['tx-0']);
      expect(r!.lastStableOffset).toBe(2);
    },
  );
});
