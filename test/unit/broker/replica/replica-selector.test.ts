import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { rackAwareReadReplica } from '../../../../broker/replica/replica-selector.js';
import { batch } from '../log/helpers.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { testBroker, topicConfig, type TestBroker } from './in-process-leader.js';

const open: TestBroker[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

/** Broker 0 leading t-0 with replicas [0,1,2], ISR `isr`, 10 records, and the followers' ends as given. */
function led(isr: number[], ends: Record<number, number>) {
  const b = testBroker(0);
  open.push(b);
  const p = b.replicas.applyPartitionState('t', { partition: 0, replicas: [0, 1, 2], leader: 0, leaderEpoch: 0, isr }, topicConfig());
  expect(b.replicas.appendRecords('t', 0, batch(10), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
  for (const [id, end] of Object.entries(ends)) p.followerEnds.set(Number(id), end);
  return { b, p };
}

const racks: Record<number, string | null> = { 0: 'a', 1: 'b', 2: 'b' };
const rackOf = (id: number) => racks[id];

describe('rackAwareReadReplica', () => {
  it('keeps the leader for a client without a rack, in its rack, or in a rack no candidate is in', () => {
    const { p } = led([0, 1, 2], { 1: 10, 2: 10 });
    expect(rackAwareReadReplica(p, 0, '', rackOf)).toBe(0);
    expect(rackAwareReadReplica(p, 0, 'a', rackOf)).toBe(0);
    expect(rackAwareReadReplica(p, 0, 'z', rackOf)).toBe(0);
  });

  it('picks the most caught-up ISR follower in the client rack that has the fetch offset', () => {
    const { p } = led([0, 1, 2], { 1: 7, 2: 9 });
    expect(rackAwareReadReplica(p, 5, 'b', rackOf)).toBe(2);
    // Broker 2 out of the ISR: broker 1, if it has the offset.
    p.isr = [0, 1];
    expect(rackAwareReadReplica(p, 5, 'b', rackOf)).toBe(1);
    expect(rackAwareReadReplica(p, 8, 'b', rackOf)).toBe(0);
    // A broker that is not registered is no candidate.
    expect(rackAwareReadReplica(p, 5, 'b', (id) => (id === 1 ? undefined : racks[id]))).toBe(0);
  });
});

describe('fetching a followed partition', () => {
  it('is refused to leader-only fetches and served up to the high watermark when any replica may be read', async () => {
    const b = testBroker(1);
    open.push(b);
    const p = b.replicas.applyPartitionState(
      't',
      { partition: 0, replicas: [0, 1], leader: 0, leaderEpoch: 3, isr: [0, 1] },
      topicConfig(),
    );
    expect(p.log.appendAsFollower(batch(10, { baseOffset: 0, partitionLeaderEpoch: 3 })).errorCode).toBe(ErrorCode.NONE);
    expect(p.log.appendAsFollower(batch(5, { baseOffset: 10, partitionLeaderEpoch: 3 })).errorCode).toBe(ErrorCode.NONE);
    p.log.setHighWatermark(10);
    const req = [{ topic: 't', partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1 }];
    const leaderOnly = await b.replicas.fetch(req, { maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, replicaId: -1 });
    expect(leaderOnly[0].errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    const any = await b.replicas.fetch(req, { maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, replicaId: -2, anyReplica: true });
    expect(any[0].errorCode).toBe(ErrorCode.NONE);
    expect(any[0].highWatermark).toBe(10);
    // Below the high watermark only: the first batch, not the second.
    expect(decodeRecordBatches(any[0].records).map((x) => x.records.length)).toEqual([10]);
    const fenced = await b.replicas.fetch([{ ...req[0], currentLeaderEpoch: 2 }], {
      maxWaitMs: 0,
      minBytes: 1,
      maxBytes: 1 << 20,
      replicaId: -1,
      anyReplica: true,
    });
    expect(fenced[0].errorCode).toBe(ErrorCode.FENCED_LEADER_EPOCH);
  });

  it('a leader with a selector answers the preferred read replica without records, at once', async () => {
    const { b } = led([0, 1, 2], { 1: 10, 2: 10 });
    const req = [{ topic: 't', partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1 }];
    const r = await b.replicas.fetch(req, {
      maxWaitMs: 10_000,
      minBytes: 1_000_000,
      maxBytes: 1 << 20,
      replicaId: -1,
      anyReplica: true,
      preferReplica: (p, offset) => rackAwareReadReplica(p, offset, 'b', rackOf),
    });
    expect(r[0]).toMatchObject({ errorCode: ErrorCode.NONE, preferredReadReplica: 1, records: Buffer.alloc(0) });
  });
});
