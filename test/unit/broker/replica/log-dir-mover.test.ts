import { describe, it, expect } from 'vitest';
import { LogManager } from '../../../../broker/log/log-manager.js';
import { ReplicaManager, type FetchParams } from '../../../../broker/replica/replica-manager.js';
import { LogDirMover } from '../../../../broker/replica/log-dir-mover.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { readPartitionTopicId, writePartitionTopicId } from '../../../../broker/log/partition-metadata.js';
import { ENGINES, batch, collectingLogger, config, engineOf, tempDir, type EngineKind } from '../log/helpers.js';

const TOPIC_ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

/** A broker with two log dirs hosting t-0 (leader, epoch 3) in the first, and a mover stepped by hand. */
function broker(kind: EngineKind) {
  const engine = engineOf(kind);
  const dirs = kind === 'file' ? [tempDir(), tempDir()] : [`/mem-a-${Math.random()}`, `/mem-b-${Math.random()}`];
  const logs = new LogManager({ logDirs: dirs, defaultConfig: config(), logger: collectingLogger(), engine });
  logs.loadAll();
  const paths = logs.describeLogDirs().map((d) => d.path);
  const rm = new ReplicaManager(0, logs, null);
  const p = rm.applyPartitionState('t', { partition: 0, replicas: [0], leader: 0, leaderEpoch: 3, isr: [0] }, config());
  writePartitionTopicId(p.log.store, TOPIC_ID);
  const mover = new LogDirMover(logs, undefined, { autoRun: false, maxBytes: 1 });
  return { engine, dirs, logs, paths, rm, p, mover };
}

const consumer: FetchParams = { maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, replicaId: -1 };

async function consumed(rm: ReplicaManager): Promise<string[]> {
  const out: string[] = [];
  let offset = 0;
  for (;;) {
    const [r] = await rm.fetch(
      [{ topic: 't', partition: 0, fetchOffset: offset, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1 }],
      consumer,
    );
    if (r.errorCode !== ErrorCode.NONE) throw new Error(`fetch error ${r.errorCode}`);
    if (r.records.length === 0) return out;
    for (const b of decodeRecordBatches(r.records)) {
      for (const rec of b.records) out.push(String(rec.value));
      offset = b.lastOffset + 1;
    }
  }
}

describe.each(ENGINES)('LogDirMover (%s engine)', (kind) => {
  it('copies a partition to another log dir batch by batch while it takes produce, then swaps: nothing acknowledged is lost', async () => {
    const { logs, paths, rm, p, mover } = broker(kind);
    const produce = (prefix: string): void => {
      expect(rm.appendRecords('t', 0, batch(2, { prefix }), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
    };
    produce('a');
    produce('b');
    expect(mover.alterLogDir('t', 0, paths[1], p)).toBe(ErrorCode.NONE);
    const future = logs.getFutureLog('t', 0)!;
    expect(readPartitionTopicId(future.store)).toBe(TOPIC_ID);
    expect(mover.pending).toEqual(['t-0']);
    // maxBytes 1: one batch per step.
    expect(await mover.runOnce()).toBe(true);
    expect(future.logEndOffset).toBe(2);
    produce('c');
    expect(await mover.runOnce()).toBe(true);
    expect(future.logEndOffset).toBe(4);
    expect(logs.logDirOf('t', 0)).toBe(paths[0]);
    produce('d');
    expect(await mover.runOnce()).toBe(true);
    // The step that copied the last batch swapped at once.
    expect(await mover.runOnce()).toBe(true);
    expect(mover.pending).toEqual([]);
    expect(logs.logDirOf('t', 0)).toBe(paths[1]);
    expect(logs.getFutureLog('t', 0)).toBeUndefined();
    expect(p.log).toBe(logs.getLog('t', 0));
    expect(p.log.highWatermark).toBe(8);
    expect(readPartitionTopicId(p.log.store)).toBe(TOPIC_ID);
    produce('e');
    expect(await consumed(rm)).toEqual(['a-0', 'a-1', 'b-0', 'b-1', 'c-0', 'c-1', 'd-0', 'd-1', 'e-0', 'e-1']);
    expect(await mover.runOnce()).toBe(false);
    logs.shutdown();
  });

  it('follows a truncation of the current log and its log start offset; a throttle holds the copy back', async () => {
    const { logs, paths, rm, p, mover } = broker(kind);
    for (let i = 0; i < 4; i++) rm.appendRecords('t', 0, batch(2, { prefix: `x${i}` }), 1, Date.now());
    expect(mover.alterLogDir('t', 0, paths[1], p)).toBe(ErrorCode.NONE);
    await mover.runOnce();
    await mover.runOnce();
    await mover.runOnce();
    const future = logs.getFutureLog('t', 0)!;
    expect(future.logEndOffset).toBe(6);
    // As a follower after a leader change: cut to 4, then the new leader's batches (epoch 4).
    p.log.truncateTo(4);
    p.log.appendAsLeader(batch(3, { prefix: 'new' }), 4, Date.now());
    p.log.setHighWatermark(7);
    p.log.deleteRecordsBefore(2);
    mover.quota.setBound(1);
    mover.quota.record(1 << 20);
    expect(await mover.runOnce()).toBe(true);
    expect(future.logEndOffset).toBe(4);
    expect(await mover.runOnce()).toBe(false);
    mover.quota.setBound(null);
    while (mover.pending.length > 0) await mover.runOnce();
    expect(logs.logDirOf('t', 0)).toBe(paths[1]);
    expect(p.log.logStartOffset).toBe(2);
    expect(p.log.latestEpoch()).toBe(4);
    const [r] = await rm.fetch(
      [{ topic: 't', partition: 0, fetchOffset: 2, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1 }],
      consumer,
    );
    expect(decodeRecordBatches(r.records).flatMap((b) => b.records.map((x) => String(x.value)))).toEqual([
      'x1-0',
      'x1-1',
      'new-0',
      'new-1',
      'new-2',
    ]);
    logs.shutdown();
  });

  it('answers AlterReplicaLogDirs as Kafka: preferred dir for a replica to come, the current dir, a cancelled move, a bad dir', () => {
    const { logs, paths, p, mover } = broker(kind);
    expect(mover.alterLogDir('t', 0, '/nowhere', p)).toBe(ErrorCode.LOG_DIR_NOT_FOUND);
    expect(mover.alterLogDir('t', 0, paths[0], p)).toBe(ErrorCode.NONE);
    expect(logs.getFutureLog('t', 0)).toBeUndefined();
    expect(mover.alterLogDir('t', 0, paths[1], p)).toBe(ErrorCode.NONE);
    expect(logs.futureLogDirOf('t', 0)).toBe(paths[1]);
    // Back to where it is: the move is cancelled.
    expect(mover.alterLogDir('t', 0, paths[0], p)).toBe(ErrorCode.NONE);
    expect(logs.getFutureLog('t', 0)).toBeUndefined();
    // A replica this broker does not have yet: REPLICA_NOT_AVAILABLE, created later in that dir.
    expect(mover.alterLogDir('t', 1, paths[0], undefined)).toBe(ErrorCode.REPLICA_NOT_AVAILABLE);
    logs.createLog('u', 0, config());
    logs.createLog('t', 1, config());
    expect(logs.logDirOf('t', 1)).toBe(paths[0]);
    // Any dir offline: no new future log.
    logs.markLogDirOffline(paths[1], 'test');
    expect(mover.alterLogDir('t', 0, paths[1], p)).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    logs.shutdown();
  });

  it('resumes a move after a restart once the partition is hosted again', async () => {
    const { engine, dirs, logs, paths, p, mover } = broker(kind);
    for (let i = 0; i < 3; i++) p.log.appendAsLeader(batch(1), 3, Date.now());
    mover.alterLogDir('t', 0, paths[1], p);
    await mover.runOnce();
    logs.shutdown();
    const again = new LogManager({ logDirs: dirs, defaultConfig: config(), logger: collectingLogger(), engine });
    again.loadAll();
    expect(again.futureLogDirOf('t', 0)).toBe(paths[1]);
    const rm = new ReplicaManager(0, again, null);
    rm.applyPartitionState('t', { partition: 0, replicas: [0], leader: 0, leaderEpoch: 3, isr: [0] }, config());
    const deadline = Date.now() + 30_000;
    while (again.logDirOf('t', 0) !== paths[1] && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(again.logDirOf('t', 0)).toBe(paths[1]);
    expect(rm.get('t', 0)!.log.logEndOffset).toBe(3);
    await rm.logDirMover.stop();
    again.shutdown();
  });
});
