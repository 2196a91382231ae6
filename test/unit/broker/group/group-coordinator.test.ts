/**
 * The coordinator inside an embedded broker, with time where it matters
 * injected: group.initial.rebalance.delay.ms gathers members into one
 * generation, and offsets.retention.minutes expires the offsets of a group
 * that has been Empty long enough (tombstones written, the group removed).
 * Deleting a topic removes its offsets from every group, as in Kafka.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type RunningBroker } from '../../../../broker/index.js';
import { RawClient } from '../../../integration/raw-client.js';
import { commit, fetchCommitted, join, subscription, sync, waitFor } from '../../../integration/groups-helpers.js';
import { OFFSETS_TOPIC, offsetsPartitionFor } from '../../../../broker/group/coordinator-key.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';

let broker: RunningBroker;
const clients: RawClient[] = [];
async function client(): Promise<RawClient> {
  const c = await RawClient.connect(broker.port);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  broker = await startBroker({
    config: {
      'group.initial.rebalance.delay.ms': '600',
      'group.min.session.timeout.ms': '500',
      'offsets.topic.num.partitions': '3',
      'offsets.retention.minutes': '1',
    },
  });
  const c = await client();
  await c.send('CreateTopics', 5, {
    topics: [{ name: 't', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 5000,
  });
});

afterAll(async () => {
  for (const c of clients) c.close();
  await broker?.stop();
});

describe('GroupCoordinator', () => {
  it('waits group.initial.rebalance.delay.ms for more members of a new group', async () => {
    const a = await client();
    const b = await client();
    const started = Date.now();
    const pa = join(a, 5, { groupId: 'g-delay' });
    await new Promise((r) => setTimeout(r, 200));
    const pb = join(b, 5, { groupId: 'g-delay' });
    const [ra, rb] = await Promise.all([pa, pb]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    // one rebalance for both: same generation 1, one leader with two members
    expect([ra.generationId, rb.generationId]).toEqual([1, 1]);
    expect(ra.leader).toBe(rb.leader);
    expect((ra.leader === ra.memberId ? ra : rb).members).toHaveLength(2);
  });

  it('expires the offsets of a group Empty for offsets.retention.minutes and forgets the group', async () => {
    const c = await client();
    const j = await join(c, 5, { groupId: 'g-retire' });
    await sync(c, 3, 'g-retire', j.generationId, j.memberId, []);
    expect(
      await commit(c, {
        groupId: 'g-retire',
        generationId: j.generationId,
        memberId: j.memberId,
        topic: 't',
        offsets: [
          [0, 5],
          [1, 6],
        ],
      }),
    ).toEqual([0, 0]);
    await c.send('LeaveGroup', 3, { groupId: 'g-retire', members: [{ memberId: j.memberId, groupInstanceId: null }] });
    const manager = broker.broker.svc.groups.manager;
    const retention = 60_000;
    // not yet: the group became Empty just now
    expect(await manager.cleanupExpired(Date.now() + retention / 2, retention)).toBe(0);
    expect((await fetchCommitted(c, 'g-retire', 't', [0])).get(0)![0]).toBe(5);
    expect(await manager.cleanupExpired(Date.now() + retention + 1000, retention)).toBe(2);
    expect((await fetchCommitted(c, 'g-retire', 't', [0, 1])).get(1)![0]).toBe(-1);
    expect(manager.groups.has('g-retire')).toBe(false);
    // tombstones (null values) for both offsets and the group metadata are in the log
    const p = offsetsPartitionFor('g-retire', 3);
    const log = broker.broker.svc.replicas.get(OFFSETS_TOPIC, p)!.log;
    const recs = decodeRecordBatches((await log.read(0, 1 << 20, log.logEndOffset, true)).records).flatMap((b) => b.records);
    const tombstones = recs.filter((r) => r.value === null && r.key!.includes(Buffer.from('g-retire')));
    expect(tombstones.map((r) => r.key!.readInt16BE(0)).sort()).toEqual([1, 1, 2]);
  });

  it('removes the committed offsets of a deleted topic from every group, so the topic created again starts without them', async () => {
    const c = await client();
    const create = () =>
      c.send('CreateTopics', 5, {
        topics: [{ name: 'gone', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 5000,
      });
    expect((await create()).topics[0].errorCode).toBe(0);
    // g-only-gone has offsets of the deleted topic only; g-both keeps its offsets of 't'.
    expect(
      await commit(c, {
        groupId: 'g-only-gone',
        topic: 'gone',
        offsets: [
          [0, 7],
          [1, 8],
        ],
      }),
    ).toEqual([0, 0]);
    expect(await commit(c, { groupId: 'g-both', topic: 'gone', offsets: [[0, 3]] })).toEqual([0]);
    expect(await commit(c, { groupId: 'g-both', topic: 't', offsets: [[1, 4]] })).toEqual([0]);
    expect((await c.send('DeleteTopics', 4, { topicNames: ['gone'], timeoutMs: 5000 })).responses[0].errorCode).toBe(0);
    // Right after DeleteTopics, before any new commit: no offsets of the old incarnation.
    expect(await fetchCommitted(c, 'g-both', 'gone', [0])).toEqual(new Map([[0, [-1, '', 0]]]));
    expect((await create()).topics[0].errorCode).toBe(0);
    expect((await fetchCommitted(c, 'g-only-gone', 'gone', [0, 1])).get(1)![0]).toBe(-1);
    expect((await fetchCommitted(c, 'g-both', 'gone', [0])).get(0)![0]).toBe(-1);
    expect((await fetchCommitted(c, 'g-both', 't', [1])).get(1)![0]).toBe(4);
    const manager = broker.broker.svc.groups.manager;
    expect(manager.groups.has('g-only-gone')).toBe(false);
    expect(manager.groups.get('g-both')!.offsets.has('gone')).toBe(false);
    // The tombstones are in __consumer_offsets, so a restart replays no stale offset.
    const p = offsetsPartitionFor('g-only-gone', 3);
    const log = broker.broker.svc.replicas.get(OFFSETS_TOPIC, p)!.log;
    await waitFor(async () => {
      const recs = decodeRecordBatches((await log.read(0, 1 << 20, log.logEndOffset, true)).records).flatMap((b) => b.records);
      return recs.filter((r) => r.value === null && r.key!.includes(Buffer.from('g-only-gone'))).length === 2;
    });
  });

  it('keeps an Empty group that handed out a member id (MEMBER_ID_REQUIRED) through the expiry check', async () => {
    const c = await client();
    const req = {
      groupId: 'g-pending',
      sessionTimeoutMs: 6000,
      rebalanceTimeoutMs: 6000,
      memberId: '',
      groupInstanceId: null,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: subscription(['t']) }],
      reason: null,
    };
    const first = await c.send('JoinGroup', 5, req);
    expect(first.errorCode).toBe(79); // MEMBER_ID_REQUIRED
    // The expiry check runs between the two JoinGroups (with a short offsets.retention.check.interval.ms it often does).
    await broker.broker.svc.groups.manager.cleanupExpired(Date.now(), 60_000);
    const second = await c.send('JoinGroup', 5, { ...req, memberId: first.memberId });
    expect(second.errorCode).toBe(0);
    expect(second.memberId).toBe(first.memberId);
  });
});
