import { describe, it, expect } from 'vitest';
import { LogManager } from '../../../../broker/log/log-manager.js';
import {
  ReplicaManager,
  type FetchParams,
  type FetchPartitionRequest,
  type ReplicationHooks,
} from '../../../../broker/replica/replica-manager.js';
import type { Partition } from '../../../../broker/replica/partition.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { ENGINES, batch, collectingLogger, config, freshLogDir, type EngineKind } from '../log/helpers.js';
import type { LogConfig } from '../../../../broker/log/log-config.js';
import { readPartitionTopicId } from '../../../../broker/log/partition-metadata.js';
import { encodeEndTxnMarker } from '../../../../protocol/control-record.js';

/** A broker's LogManager and ReplicaManager over an engine, leading t-0 and t-1 (ISR: `isr`). */
function broker(kind: EngineKind, opts: { isr?: number[]; over?: Partial<LogConfig>; hooks?: ReplicationHooks } = {}) {
  const { engine, dir } = freshLogDir(kind);
  const logs = new LogManager({ logDirs: [dir], defaultConfig: config(), logger: collectingLogger(), engine });
  logs.loadAll();
  const rm = new ReplicaManager(0, logs, opts.hooks ?? null);
  const isr = opts.isr ?? [0];
  for (const partition of [0, 1]) {
    rm.applyPartitionState('t', { partition, replicas: isr, leader: 0, leaderEpoch: 3, isr }, config(opts.over));
  }
  return { rm, logs, p0: rm.get('t', 0)!, p1: rm.get('t', 1)! };
}

const req = (partition: number, fetchOffset: number, partitionMaxBytes = 1 << 20, currentLeaderEpoch = -1): FetchPartitionRequest => ({
  topic: 't',
  partition,
  fetchOffset,
  partitionMaxBytes,
  currentLeaderEpoch,
});
const consumer = (over: Partial<FetchParams> = {}): FetchParams => ({
  maxWaitMs: 0,
  minBytes: 1,
  maxBytes: 1 << 20,
  replicaId: -1,
  ...over,
});

function values(buf: Buffer): string[] {
  return decodeRecordBatches(buf).flatMap((b) => b.records.map((r) => r.value!.toString()));
}

describe.each(ENGINES)('ReplicaManager over the %s engine', (kind) => {
  describe('produce', () => {
    it('appends as leader with the leader epoch, moves the high watermark and answers the base offset', async () => {
      const { rm, p0 } = broker(kind);
      expect(rm.appendRecords('t', 0, batch(3, { prefix: 'a' }), 1, Date.now())).toMatchObject({ errorCode: 0, baseOffset: 0 });
      expect(rm.appendRecords('t', 0, batch(2, { prefix: 'b' }), 1, Date.now())).toMatchObject({ errorCode: 0, baseOffset: 3 });
      expect([p0.log.logEndOffset, p0.log.highWatermark]).toEqual([5, 5]);
      const [r] = await rm.fetch([req(0, 0)], consumer());
      expect(values(r!.records)).toEqual(['a-0', 'a-1', 'a-2', 'b-0', 'b-1']);
      expect(decodeRecordBatches(r!.records).map((b) => b.partitionLeaderEpoch)).toEqual([3, 3]);
      expect(r).toMatchObject({ errorCode: 0, highWatermark: 5, lastStableOffset: 5, logStartOffset: 0 });
    });

    it('answers the partition errors: unknown, not leader, no records, too few in sync for acks=all', () => {
      const { rm } = broker(kind, { over: { minInsyncReplicas: 2 } });
      expect(rm.appendRecords('nope', 0, batch(1), 1, Date.now()).errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      expect(rm.appendRecords('t', 7, batch(1), 1, Date.now()).errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      expect(rm.appendRecords('t', 0, null, 1, Date.now()).errorCode).toBe(ErrorCode.INVALID_RECORD);
      expect(rm.appendRecords('t', 0, batch(1), -1, Date.now()).errorCode).toBe(ErrorCode.NOT_ENOUGH_REPLICAS);
      expect(rm.appendRecords('t', 0, batch(1), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
      rm.applyPartitionState('t', { partition: 1, replicas: [0, 1], leader: 1, leaderEpoch: 4, isr: [0, 1] }, config());
      expect(rm.appendRecords('t', 1, batch(1), 1, Date.now()).errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    });

    it('a failing write answers KAFKA_STORAGE_ERROR and acknowledges nothing; the partition carries on', async () => {
      const { rm, p0, logs } = broker(kind);
      rm.appendRecords('t', 0, batch(2, { prefix: 'ok' }), 1, Date.now());
      let woken = 0;
      p0.watchers.add({ onPartitionChange: () => woken++ });
      p0.log.faults.failNext('write');
      const r = rm.appendRecords('t', 0, batch(2, { prefix: 'lost' }), 1, Date.now());
      expect(r.errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
      expect(r.errorMessage).toMatch(/injected write failure/);
      expect(r.baseOffset).toBe(-1);
      expect(woken).toBe(0);
      expect([p0.log.logEndOffset, p0.log.highWatermark]).toEqual([2, 2]);
      expect(rm.appendRecords('t', 0, batch(1, { prefix: 'next' }), 1, Date.now())).toMatchObject({ errorCode: 0, baseOffset: 2 });
      // Faults armed for the whole engine reach every partition.
      logs.faults.failNext('write');
      expect(rm.appendRecords('t', 1, batch(1), 1, Date.now()).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
      const [a, b] = await rm.fetch([req(0, 0), req(1, 0)], consumer());
      expect(values(a!.records)).toEqual(['ok-0', 'ok-1', 'next-0']);
      expect(b!.records.length).toBe(0);
    });

    it('acks=all: waits for the ISR to reach the append (delayed produce), or times out', async () => {
      const { rm, p0 } = broker(kind, { isr: [0, 1] });
      expect(rm.appendRecords('t', 0, batch(4), -1, Date.now()).errorCode).toBe(ErrorCode.NONE);
      expect(p0.log.highWatermark).toBe(0);
      const waiting = rm.awaitReplication('t', 0, 10_000);
      expect(waiting).toBeInstanceOf(Promise);
      // The follower's fetch from offset 4 says it has everything (what the IsrTracker records).
      p0.followerEnds.set(1, 4);
      p0.updateHighWatermark();
      p0.notifyWatchers();
      expect(await waiting).toBe(ErrorCode.NONE);
      rm.appendRecords('t', 0, batch(1), -1, Date.now());
      expect(await rm.awaitReplication('t', 0, 30)).toBe(ErrorCode.REQUEST_TIMED_OUT);
      expect(rm.awaitReplication('nope', 0, 30)).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    });
  });

  describe('fetch', () => {
    it('consumers read below the high watermark, followers to the log end; the hook hears follower fetch offsets', async () => {
      const heard: [string, number, number][] = [];
      const hooks: ReplicationHooks = { onFollowerFetch: (p: Partition, id, off) => heard.push([`${p.topic}-${p.index}`, id, off]) };
      const { rm } = broker(kind, { isr: [0, 1], hooks });
      rm.appendRecords('t', 0, batch(2, { prefix: 'x' }), 1, Date.now());
      const [forConsumer] = await rm.fetch([req(0, 0)], consumer());
      expect(forConsumer).toMatchObject({ errorCode: 0, highWatermark: 0 });
      expect(forConsumer!.records.length).toBe(0);
      const [forFollower] = await rm.fetch([req(0, 0)], consumer({ replicaId: 1 }));
      expect(values(forFollower!.records)).toEqual(['x-0', 'x-1']);
      expect(heard).toEqual([['t-0', 1, 0]]);
    });

    it('a failure before the read (a replication hook throwing) is the error of that partition only', async () => {
      const hooks: ReplicationHooks = {
        onFollowerFetch: (p: Partition) => {
          if (p.index === 0) throw new Error('hook failed');
        },
      };
      const { rm } = broker(kind, { hooks });
      rm.appendRecords('t', 1, batch(1, { prefix: 'p1' }), 1, Date.now());
      const [a, b] = await rm.fetch([req(0, 0), req(1, 0)], consumer({ replicaId: 1, maxWaitMs: 10_000, minBytes: 1 << 20 }));
      expect(a!.errorCode).toBe(ErrorCode.UNKNOWN_SERVER_ERROR);
      expect(values(b!.records)).toEqual(['p1-0']);
    });

    it('max_bytes over partitions, partition_max_bytes, and the first batch even when larger', async () => {
      const { rm } = broker(kind);
      const size = batch(10, { prefix: 'a0' }).length;
      for (let i = 0; i < 4; i++) {
        rm.appendRecords('t', 0, batch(10, { prefix: `a${i}` }), 1, Date.now());
        rm.appendRecords('t', 1, batch(10, { prefix: `b${i}` }), 1, Date.now());
      }
      let [a, b] = await rm.fetch([req(0, 0), req(1, 0)], consumer({ maxBytes: size * 3 }));
      expect(a!.records.length).toBe(size * 3);
      expect(b!.records.length).toBe(0);
      [a, b] = await rm.fetch([req(0, 0, size * 2), req(1, 0, size)], consumer());
      expect(a!.records.length).toBe(size * 2);
      expect(b!.records.length).toBe(size);
      // One batch larger than every limit: the first partition with data still gets it whole, the next nothing.
      [a, b] = await rm.fetch([req(0, 0, 10), req(1, 0, 10)], consumer({ maxBytes: 10 }));
      expect(a!.records.length).toBe(size);
      expect(b!.records.length).toBe(0);
    });

    it('partition errors answer at once, even with min_bytes and max_wait', async () => {
      const { rm } = broker(kind);
      rm.appendRecords('t', 0, batch(2), 1, Date.now());
      const long = consumer({ maxWaitMs: 10_000, minBytes: 1 << 20 });
      expect((await rm.fetch([req(0, 5)], long))[0]!.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
      expect((await rm.fetch([req(0, 0, 1 << 20, 2)], long))[0]!.errorCode).toBe(ErrorCode.FENCED_LEADER_EPOCH);
      expect((await rm.fetch([req(0, 0, 1 << 20, 9)], long))[0]!.errorCode).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH);
      expect((await rm.fetch([{ ...req(0, 0), topic: 'nope' }], long))[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      rm.get('t', 0)!.log.faults.failNext('read');
      expect((await rm.fetch([req(0, 0)], long))[0]!.errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
    });

    it('long poll: parks below min_bytes, answers when appends bring enough, or after max_wait_ms with what there is', async () => {
      const { rm } = broker(kind);
      const one = batch(1).length;
      const parked = rm.fetch([req(0, 0), req(1, 0)], consumer({ maxWaitMs: 10_000, minBytes: one * 2 }));
      let answered = false;
      void parked.then(() => (answered = true));
      await new Promise((r) => setTimeout(r, 20));
      rm.appendRecords('t', 0, batch(1, { prefix: 'p0' }), 1, Date.now());
      await new Promise((r) => setTimeout(r, 20));
      expect(answered).toBe(false);
      rm.appendRecords('t', 1, batch(1, { prefix: 'p1' }), 1, Date.now());
      const [a, b] = await parked;
      expect(values(a!.records)).toEqual(['p0-0']);
      expect(values(b!.records)).toEqual(['p1-0']);
      const started = Date.now();
      const [empty] = await rm.fetch([req(0, 1)], consumer({ maxWaitMs: 60, minBytes: 1 }));
      expect(empty!.records.length).toBe(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    });

    it('an append that lands while the first read is in flight counts for min_bytes (no missed wake-up)', async () => {
      const { rm, p0 } = broker(kind);
      rm.appendRecords('t', 0, batch(1, { prefix: 'first' }), 1, Date.now());
      const one = batch(1).length;
      const held = p0.log.faults.holdNext('read');
      // max_wait of an hour: a missed wake-up would leave this test waiting until it times out.
      const pending = rm.fetch([req(0, 0)], consumer({ maxWaitMs: 3_600_000, minBytes: one * 2 }));
      await held.reached;
      // The first read is in flight; this append happens before the fetch can park.
      rm.appendRecords('t', 0, batch(1, { prefix: 'second' }), 1, Date.now());
      held.release();
      const [r] = await pending;
      expect(values(r!.records)).toEqual(['first-0', 'second-0']);
    });

    it('a slow read does not hold up produce: appends complete while the fetch waits on the disk', async () => {
      const { rm, p0 } = broker(kind);
      for (let i = 0; i < 3; i++) rm.appendRecords('t', 0, batch(5, { prefix: `old${i}` }), 1, Date.now());
      const held = p0.log.faults.holdNext('read');
      let fetched = false;
      const pending = rm.fetch([req(0, 0)], consumer()).then((r) => {
        fetched = true;
        return r;
      });
      await held.reached;
      for (let i = 0; i < 20; i++) {
        expect(rm.appendRecords('t', 0, batch(1, { prefix: `new${i}` }), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
        await new Promise((r) => setImmediate(r));
      }
      expect(fetched).toBe(false);
      held.release();
      expect(p0.log.logEndOffset).toBe(35);
      const [r] = await pending;
      expect(values(r!.records).slice(0, 5)).toEqual(['old0-0', 'old0-1', 'old0-2', 'old0-3', 'old0-4']);
      expect(decodeRecordBatches(r!.records).at(-1)!.lastOffset).toBeLessThan(15);
    });

    it('a deleted topic answers a parked fetch at once', async () => {
      const { rm } = broker(kind);
      const pending = rm.fetch([req(0, 0)], consumer({ maxWaitMs: 10_000, minBytes: 1 << 20 }));
      await new Promise((r) => setTimeout(r, 10));
      rm.deleteTopic('t');
      expect((await pending)[0]!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    });
  });

  describe('topic ids and removal', () => {
    const OLD = '11111111-1111-4111-8111-111111111111';
    const NEW = '22222222-2222-4222-8222-222222222222';
    const state = (partition: number) => ({ partition, replicas: [0], leader: 0, leaderEpoch: 0, isr: [0] });

    it('writes partition.metadata, and replaces a log of a deleted topic of the same name found on disk', async () => {
      const { engine, dir } = freshLogDir(kind);
      const logger = { ...collectingLogger(), error: () => undefined, debug: () => undefined };
      let logs = new LogManager({ logDirs: [dir], defaultConfig: config(), logger, engine });
      logs.loadAll();
      let rm = new ReplicaManager(0, logs);
      rm.applyPartitionState('t', state(0), config(), OLD);
      expect(readPartitionTopicId(rm.get('t', 0)!.log.store)).toBe(OLD);
      rm.appendRecords('t', 0, batch(3, { prefix: 'old' }), 1, Date.now());
      logs.shutdown();

      // The same id again (a restart): the data stays.
      logs = new LogManager({ logDirs: [dir], defaultConfig: config(), logger, engine });
      logs.loadAll();
      rm = new ReplicaManager(0, logs, null, { logger });
      rm.applyPartitionState('t', state(0), config(), OLD);
      expect(rm.get('t', 0)!.log.logEndOffset).toBe(3);
      logs.shutdown();

      // Another id (deleted and re-created while away): an empty log with the new id.
      logs = new LogManager({ logDirs: [dir], defaultConfig: config(), logger, engine });
      logs.loadAll();
      rm = new ReplicaManager(0, logs, null, { logger });
      const p = rm.applyPartitionState('t', state(0), config(), NEW);
      expect([p.log.logStartOffset, p.log.logEndOffset]).toEqual([0, 0]);
      expect(readPartitionTopicId(p.log.store)).toBe(NEW);
      const [r] = await rm.fetch([req(0, 0)], consumer());
      expect(r!.records.length).toBe(0);
      expect(logger.infos.some((l) => l.includes('deleting the log of a deleted topic'))).toBe(true);
      await logs.deletionsSettled();
      logs.shutdown();
    });

    it('adopts a log without partition.metadata (written by an older broker) and records the id', () => {
      const { rm, logs, p0 } = broker(kind);
      expect(readPartitionTopicId(p0.log.store)).toBeNull();
      rm.appendRecords('t', 0, batch(2), 1, Date.now());
      // Hosting again with an id writes the file and keeps the data.
      const again = new ReplicaManager(0, logs);
      const p = again.applyPartitionState('t', state(0), config(), NEW);
      expect(p.log.logEndOffset).toBe(2);
      expect(readPartitionTopicId(p.log.store)).toBe(NEW);
    });

    it('removePartition stops hosting one partition and deletes its log; the others stay', async () => {
      const { rm, logs, p0 } = broker(kind);
      rm.appendRecords('t', 1, batch(2), 1, Date.now());
      let woken = 0;
      rm.get('t', 1)!.watchers.add({ onPartitionChange: () => woken++ });
      expect(rm.removePartition('t', 1)).toBe(true);
      expect(woken).toBe(1);
      expect(rm.get('t', 1)).toBeUndefined();
      expect(logs.getLog('t', 1)).toBeUndefined();
      expect(rm.get('t', 0)).toBe(p0);
      expect(rm.all()).toEqual([p0]);
      expect(rm.removePartition('t', 1)).toBe(false);
      const [r] = await rm.fetch([req(1, 0)], consumer());
      expect(r!.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    });
  });

  describe('read_committed', () => {
    const txn = (n: number, prefix: string, seq = 0) =>
      batch(n, { producerId: 9, producerEpoch: 0, baseSequence: seq, transactional: true, prefix });
    const marker = (commit: boolean) =>
      encodeEndTxnMarker({ producerId: 9, producerEpoch: 0, coordinatorEpoch: 0, commit, timestamp: Date.now() });

    it('reads below the last stable offset only and answers the aborted transactions of what it returns', async () => {
      const { rm } = broker(kind);
      rm.appendRecords('t', 0, batch(2, { prefix: 'plain' }), 1, Date.now()); // 0-1
      rm.appendRecords('t', 0, txn(2, 'aborted'), 1, Date.now()); // 2-3
      expect(rm.appendRecords('t', 0, marker(false), 1, Date.now()).errorCode).toBe(ErrorCode.INVALID_RECORD);
      const [open] = await rm.fetch([req(0, 0)], consumer({ isolationLevel: 1 }));
      expect(values(open!.records)).toEqual(['plain-0', 'plain-1']);
      expect(open).toMatchObject({ highWatermark: 4, lastStableOffset: 2, abortedTransactions: null });
      const [uncommitted] = await rm.fetch([req(0, 0)], consumer());
      expect(values(uncommitted!.records)).toContain('aborted-0');
      expect(uncommitted!.lastStableOffset).toBe(2);
      expect(rm.appendRecords('t', 0, marker(false), 1, Date.now(), 'coordinator').errorCode).toBe(ErrorCode.NONE); // 4
      rm.appendRecords('t', 0, txn(1, 'committed', 2), 1, Date.now()); // 5
      rm.appendRecords('t', 0, marker(true), 1, Date.now(), 'coordinator'); // 6
      const [done] = await rm.fetch([req(0, 2)], consumer({ isolationLevel: 1 }));
      expect(done!.lastStableOffset).toBe(7);
      expect(done!.abortedTransactions).toEqual([{ producerId: 9, firstOffset: 2, lastOffset: 4, lastStableOffset: 5 }]);
      const [after] = await rm.fetch([req(0, 5)], consumer({ isolationLevel: 1 }));
      expect(decodeRecordBatches(after!.records).map((b) => (b.isControl ? 'COMMIT' : b.records[0]!.value!.toString()))).toEqual([
        'committed-0',
        'COMMIT',
      ]);
      expect(after!.abortedTransactions).toBeNull();
    });
  });
});
