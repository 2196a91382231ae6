import { describe, expect, it, vi } from 'vitest';
import { LogManager } from '../../../../broker/log/log-manager.js';
import { ReplicaManager } from '../../../../broker/replica/replica-manager.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { ENGINES, batch, config, freshLogDir, type EngineKind } from '../log/helpers.js';

function setup(kind: EngineKind): ReplicaManager {
  const { engine, dir } = freshLogDir(kind);
  const logs = new LogManager({ logDirs: [dir], defaultConfig: config(), engine });
  logs.loadAll();
  const rm = new ReplicaManager(0, logs);
  rm.applyPartitionState('t', { partition: 0, replicas: [0], leader: 0, leaderEpoch: 0, isr: [0] }, config());
  return rm;
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
});
