/**
 * The classic group protocol at the wire level against an embedded broker:
 * every advertised version of the group APIs, MEMBER_ID_REQUIRED, protocol
 * checks and votes, generations, session and rebalance timeouts, static
 * membership and fencing, offsets (metadata, unknown topics, stale
 * generations, expiry, deletion), the admin APIs, the Kafka-format records
 * in __consumer_offsets and their replay after a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type RunningBroker } from '../../broker/index.js';
import { Reader } from '../../protocol/reader.js';
import { RawClient, readAll } from './raw-client.js';
import { assignedPartitions, assignment, commit, fetchCommitted, heartbeat, join, subscription, sync, waitFor } from './groups-helpers.js';
import { offsetsPartitionFor } from '../../broker/group/coordinator-key.js';

const CONFIG = {
  'group.initial.rebalance.delay.ms': '0',
  'group.min.session.timeout.ms': '500',
  'offsets.topic.num.partitions': '4',
  // The expiry check stays at its default (10 minutes): an Empty group without offsets would be
  // removed by it at any moment. The expiry test runs the check itself.
};

let broker: RunningBroker;
const clients: RawClient[] = [];
async function client(): Promise<RawClient> {
  const c = await RawClient.connect(broker.port);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  broker = await startBroker({
    config: CONFIG,
    dataDir: (await import('node:fs')).mkdtempSync((await import('node:os')).tmpdir() + '/tributary-groups-'),
  });
  const c = await client();
  const r = await c.send('CreateTopics', 5, {
    topics: [{ name: 't', numPartitions: 4, replicationFactor: 1, assignments: [], configs: [] }],
    timeoutMs: 5000,
    validateOnly: false,
  });
  expect(r.topics[0].errorCode).toBe(0);
});

afterAll(async () => {
  for (const c of clients) c.close();
  await broker?.stop();
  (await import('node:fs')).rmSync(broker.dataDir, { recursive: true, force: true });
});

describe('FindCoordinator', () => {
  it('answers this broker for group keys at every version, batched from v4, and creates __consumer_offsets', async () => {
    const c = await client();
    for (let v = 0; v <= 3; v++) {
      const r = await c.send('FindCoordinator', v, { key: `g-find-${v}`, keyType: 0 });
      expect(r.errorCode).toBe(0);
      expect(r.nodeId).toBe(0);
      expect(r.port).toBe(broker.port);
    }
    for (let v = 4; v <= 6; v++) {
      const r = await c.send('FindCoordinator', v, { keyType: 0, coordinatorKeys: ['a', 'b'] });
      expect(r.coordinators.map((x: any) => [x.key, x.errorCode, x.nodeId])).toEqual([
        ['a', 0, 0],
        ['b', 0, 0],
      ]);
    }
    // Transactional ids have a coordinator too (key type 1); share groups (key type 2) do not.
    const txn = await c.send('FindCoordinator', 3, { key: 'tx', keyType: 1 });
    expect([txn.errorCode, txn.nodeId]).toEqual([0, 0]);
    const share = await c.send('FindCoordinator', 6, { keyType: 2, coordinatorKeys: ['sg'] });
    expect(share.coordinators[0].errorCode).toBe(15); // COORDINATOR_NOT_AVAILABLE
    const md = await c.send('Metadata', 9, { topics: [{ name: '__consumer_offsets' }], allowAutoTopicCreation: false });
    expect(md.topics[0].errorCode).toBe(0);
    expect(md.topics[0].isInternal).toBe(true);
    expect(md.topics[0].partitions).toHaveLength(4);
    const cfg = await c.send('DescribeConfigs', 4, {
      resources: [{ resourceType: 2, resourceName: '__consumer_offsets', configurationKeys: ['cleanup.policy'] }],
    });
    expect(cfg.results[0].configs[0].value).toBe('compact');
  });
});

describe('membership', () => {
  it('runs join/sync/heartbeat/leave at every version', async () => {
    for (let v = 0; v <= 9; v++) {
      const c = await client();
      const groupId = `g-v${v}`;
      const sv = Math.min(v, 5);
      const j = await join(c, v, { groupId });
      expect(j.errorCode).toBe(0);
      expect(j.generationId).toBe(1);
      expect(j.leader).toBe(j.memberId);
      expect(j.members).toHaveLength(1);
      if (v >= 7) expect([j.protocolType, j.protocolName]).toEqual(['consumer', 'range']);
      else expect(j.protocolName).toBe('range');
      const s = await sync(c, sv, groupId, 1, j.memberId, [{ memberId: j.memberId, assignment: assignment('t', [0, 1, 2, 3]) }]);
      expect(s.errorCode).toBe(0);
      expect(assignedPartitions(s.assignment, 't')).toEqual([0, 1, 2, 3]);
      const hb = await c.send('Heartbeat', Math.min(v, 4), { groupId, generationId: 1, memberId: j.memberId, groupInstanceId: null });
      expect(hb.errorCode).toBe(0);
      const lv = Math.min(v, 5);
      // v3+ leave as a batch of members, v0-v2 as the sending member.
      const l = await c.send(
        'LeaveGroup',
        lv,
        lv >= 3 ? { groupId, members: [{ memberId: j.memberId, groupInstanceId: null, reason: null }] } : { groupId, memberId: j.memberId },
      );
      expect(l.errorCode).toBe(0);
      if (lv >= 3) expect(l.members.map((m: any) => m.errorCode)).toEqual([0]);
      const d = await c.send('DescribeGroups', 5, { groups: [groupId], includeAuthorizedOperations: false });
      expect(d.groups[0].groupState).toBe('Empty');
    }
  });

  it('asks for a member id first (v4+), then joins with it', async () => {
    const c = await client();
    const first = await c.send('JoinGroup', 4, {
      groupId: 'g-mid',
      sessionTimeoutMs: 6000,
      rebalanceTimeoutMs: 6000,
      memberId: '',
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: subscription(['t']) }],
    });
    expect(first.errorCode).toBe(79); // MEMBER_ID_REQUIRED
    expect(first.memberId).toMatch(/^raw-client-/);
    const second = await c.send('JoinGroup', 4, {
      groupId: 'g-mid',
      sessionTimeoutMs: 6000,
      rebalanceTimeoutMs: 6000,
      memberId: first.memberId,
      protocolType: 'consumer',
      protocols: [{ name: 'range', metadata: subscription(['t']) }],
    });
    expect(second.errorCode).toBe(0);
    expect(second.memberId).toBe(first.memberId);
  });

  it('rejects bad session timeouts, unknown members and inconsistent protocols; chooses the protocol by vote', async () => {
    const a = await client();
    const b = await client();
    const c = await client();
    expect((await join(a, 5, { groupId: 'g-vote', sessionTimeoutMs: 100 })).errorCode).toBe(26); // INVALID_SESSION_TIMEOUT
    expect((await join(a, 5, { groupId: 'g-vote', memberId: 'nobody' })).errorCode).toBe(25); // UNKNOWN_MEMBER_ID
    const meta = subscription(['t']);
    const ja = await join(a, 5, {
      groupId: 'g-vote',
      protocols: [
        { name: 'range', metadata: meta },
        { name: 'roundrobin', metadata: meta },
      ],
    });
    expect(ja.protocolName).toBe('range');
    await sync(a, 3, 'g-vote', ja.generationId, ja.memberId, []);
    // a member whose protocols share nothing with the group is refused
    expect((await join(c, 5, { groupId: 'g-vote', protocols: [{ name: 'sticky', metadata: meta }] })).errorCode).toBe(23);
    expect((await join(c, 5, { groupId: 'g-vote', protocolType: 'connect' })).errorCode).toBe(23);
    // b prefers roundrobin; a rejoins preferring roundrobin too: the vote moves
    const pb = join(b, 5, {
      groupId: 'g-vote',
      protocols: [
        { name: 'roundrobin', metadata: meta },
        { name: 'range', metadata: meta },
      ],
    });
    expect(
      await waitFor(async () => (await heartbeat(a, 'g-vote', ja.generationId, ja.memberId)) === 27, 60_000, 'REBALANCE_IN_PROGRESS'),
    ).toBe(true);
    const ra = await join(a, 5, {
      groupId: 'g-vote',
      memberId: ja.memberId,
      protocols: [
        { name: 'roundrobin', metadata: meta },
        { name: 'range', metadata: meta },
      ],
    });
    const rb = await pb;
    expect(ra.generationId).toBe(ja.generationId + 1);
    expect(rb.generationId).toBe(ra.generationId);
    expect(ra.protocolName).toBe('roundrobin');
    const leader = ra.leader === ra.memberId ? ra : rb;
    expect(leader.members).toHaveLength(2);
    const other = leader === ra ? rb : ra;
    expect(other.members).toHaveLength(0);
    // stale generation and unknown member
    expect(await heartbeat(a, 'g-vote', ja.generationId, ja.memberId)).toBe(22); // ILLEGAL_GENERATION
    expect(await heartbeat(a, 'g-vote', ra.generationId, 'ghost')).toBe(25);
    // the group waits for the leader's SyncGroup; then both get their part
    const syncOther = sync(leader === ra ? b : a, 3, 'g-vote', ra.generationId, other.memberId);
    const syncLeader = await sync(leader === ra ? a : b, 3, 'g-vote', ra.generationId, leader.memberId, [
      { memberId: leader.memberId, assignment: assignment('t', [0, 1]) },
      { memberId: other.memberId, assignment: assignment('t', [2, 3]) },
    ]);
    expect(assignedPartitions(syncLeader.assignment, 't')).toEqual([0, 1]);
    expect(assignedPartitions((await syncOther).assignment, 't')).toEqual([2, 3]);
    const d = await a.send('DescribeGroups', 5, { groups: ['g-vote'], includeAuthorizedOperations: true });
    expect(d.groups[0].groupState).toBe('Stable');
    expect(d.groups[0].protocolData).toBe('roundrobin');
    expect(d.groups[0].members).toHaveLength(2);
    expect(d.groups[0].authorizedOperations).toBeGreaterThan(0);
  });

  it('removes a member whose session times out, and one that does not rejoin within the rebalance timeout', async () => {
    const a = await client();
    const b = await client();
    // a's session outlives the test (only the rebalance timeout may remove it, however slow the machine)
    const ja = await join(a, 5, { groupId: 'g-timeout', sessionTimeoutMs: 60_000, rebalanceTimeoutMs: 800 });
    await sync(a, 3, 'g-timeout', ja.generationId, ja.memberId, []);
    // b joins; a never rejoins: after the rebalance timeout b is alone in generation 2
    const jb = await join(b, 5, { groupId: 'g-timeout', sessionTimeoutMs: 800, rebalanceTimeoutMs: 800 });
    expect(jb.errorCode).toBe(0);
    expect(jb.generationId).toBe(2);
    expect(jb.members.map((m: any) => m.memberId)).toEqual([jb.memberId]);
    // b stops heartbeating after its sync: the session timeout empties the group
    await sync(b, 3, 'g-timeout', jb.generationId, jb.memberId, []);
    const state = await waitFor(
      async () => {
        const d = await b.send('DescribeGroups', 5, { groups: ['g-timeout'] });
        return d.groups[0].groupState === 'Empty' ? 'Empty' : null;
      },
      60_000,
      'the group to become Empty',
    );
    expect(state).toBe('Empty');
  });
});

describe('static membership', () => {
  it('a restarted static member gets its assignment back without a rebalance; the old id is fenced', async () => {
    const a = await client();
    const b = await client();
    const ja = await join(a, 5, { groupId: 'g-static', groupInstanceId: 'instance-a' });
    const pb = join(b, 5, { groupId: 'g-static' });
    await waitFor(async () => (await heartbeat(a, 'g-static', ja.generationId, ja.memberId, 'instance-a')) === 27, 60_000, 'rebalance');
    const ra = await join(a, 5, { groupId: 'g-static', memberId: ja.memberId, groupInstanceId: 'instance-a' });
    const rb = await pb;
    const gen = ra.generationId;
    const leader = ra.leader === ra.memberId;
    const [la, lb] = leader ? [a, b] : [b, a];
    const [leaderResp, otherResp] = leader ? [ra, rb] : [rb, ra];
    const so = sync(lb, 3, 'g-static', gen, otherResp.memberId, [], leader ? null : 'instance-a');
    await sync(
      la,
      3,
      'g-static',
      gen,
      leaderResp.memberId,
      [
        { memberId: ra.memberId, assignment: assignment('t', [1, 3]) },
        { memberId: rb.memberId, assignment: assignment('t', [0, 2]) },
      ],
      leader ? 'instance-a' : null,
    );
    await so;
    // instance-a "restarts": joins with no member id and the same instance id
    const a2 = await client();
    const back = await join(a2, 5, { groupId: 'g-static', groupInstanceId: 'instance-a' });
    expect(back.errorCode).toBe(0);
    expect(back.memberId).not.toBe(ra.memberId);
    expect(back.generationId).toBe(gen); // no rebalance
    const s = await sync(a2, 3, 'g-static', gen, back.memberId, [], 'instance-a');
    expect(s.errorCode).toBe(0);
    expect(assignedPartitions(s.assignment, 't')).toEqual([1, 3]);
    expect(await heartbeat(b, 'g-static', gen, rb.memberId)).toBe(0); // b saw no rebalance
    // the old incarnation is fenced everywhere
    expect(await heartbeat(a, 'g-static', gen, ra.memberId, 'instance-a')).toBe(82); // FENCED_INSTANCE_ID
    expect((await sync(a, 3, 'g-static', gen, ra.memberId, [], 'instance-a')).errorCode).toBe(82);
    expect(
      await commit(a, {
        groupId: 'g-static',
        generationId: gen,
        memberId: ra.memberId,
        groupInstanceId: 'instance-a',
        topic: 't',
        offsets: [[1, 5]],
      }),
    ).toEqual([82]);
    expect(
      await commit(a2, {
        groupId: 'g-static',
        generationId: gen,
        memberId: back.memberId,
        groupInstanceId: 'instance-a',
        topic: 't',
        offsets: [[1, 5]],
      }),
    ).toEqual([0]);
    // LeaveGroup by instance id (admin removal, v3+)
    const l = await b.send('LeaveGroup', 4, {
      groupId: 'g-static',
      members: [
        { memberId: '', groupInstanceId: 'instance-a' },
        { memberId: '', groupInstanceId: 'nope' },
      ],
    });
    expect(l.members.map((m: any) => m.errorCode)).toEqual([0, 25]);
  });
});

describe('offsets', () => {
  it('commits with metadata, rejects unknown topics, stale generations and strangers; fetches at every version', async () => {
    const c = await client();
    expect(
      await commit(c, {
        groupId: 'g-off',
        topic: 't',
        offsets: [
          [0, 10],
          [1, 20],
        ],
        metadata: 'meta-1',
      }),
    ).toEqual([0, 0]);
    expect(await commit(c, { groupId: 'g-off', topic: 'no-such-topic', offsets: [[0, 1]] })).toEqual([3]);
    expect(await commit(c, { groupId: 'g-off', topic: 't', offsets: [[99, 1]] })).toEqual([3]);
    expect(await commit(c, { groupId: 'g-off', topic: 't', offsets: [[0, 1]], metadata: 'x'.repeat(5000) })).toEqual([12]);
    expect(await commit(c, { groupId: 'g-unknown', generationId: 3, memberId: 'm', topic: 't', offsets: [[0, 1]] })).toEqual([22]);
    for (const v of [2, 3, 4, 5, 6, 7, 8, 9])
      expect(await commit(c, { groupId: 'g-off-v', topic: 't', offsets: [[2, v]], version: v })).toEqual([0]);
    const got = await fetchCommitted(c, 'g-off', 't', [0, 1, 2]);
    expect(got.get(0)).toEqual([10, 'meta-1', 0]);
    expect(got.get(1)).toEqual([20, 'meta-1', 0]);
    expect(got.get(2)).toEqual([-1, '', 0]);
    const v1 = await c.send('OffsetFetch', 1, { groupId: 'g-off', topics: [{ name: 't', partitionIndexes: [1] }] });
    expect(v1.topics[0].partitions[0].committedOffset).toBe(20);
    const all = await c.send('OffsetFetch', 6, { groupId: 'g-off', topics: null });
    expect(all.topics[0].partitions.map((p: any) => p.partitionIndex).sort()).toEqual([0, 1]);
    const multi = await c.send('OffsetFetch', 8, {
      groups: [
        { groupId: 'g-off', topics: null },
        { groupId: 'g-off-v', topics: [{ name: 't', partitionIndexes: [2] }] },
      ],
    });
    expect(multi.groups.map((g: any) => g.errorCode)).toEqual([0, 0]);
    expect(multi.groups[1].topics[0].partitions[0].committedOffset).toBe(9);
    const v9 = await c.send('OffsetFetch', 9, {
      groups: [{ groupId: 'g-off', memberId: null, memberEpoch: -1, topics: [{ name: 't', partitionIndexes: [0] }] }],
    });
    expect(v9.groups[0].topics[0].partitions[0].committedOffset).toBe(10);
  });

  it('a member of a group must commit with its generation; CompletingRebalance answers REBALANCE_IN_PROGRESS', async () => {
    const a = await client();
    const j = await join(a, 5, { groupId: 'g-gen' });
    expect(
      await commit(a, { groupId: 'g-gen', generationId: j.generationId, memberId: j.memberId, topic: 't', offsets: [[0, 1]] }),
    ).toEqual([27]);
    await sync(a, 3, 'g-gen', j.generationId, j.memberId, []);
    expect(
      await commit(a, { groupId: 'g-gen', generationId: j.generationId, memberId: j.memberId, topic: 't', offsets: [[0, 1]] }),
    ).toEqual([0]);
    expect(
      await commit(a, { groupId: 'g-gen', generationId: j.generationId + 5, memberId: j.memberId, topic: 't', offsets: [[0, 1]] }),
    ).toEqual([22]);
    expect(await commit(a, { groupId: 'g-gen', topic: 't', offsets: [[0, 1]] })).toEqual([25]); // anonymous commit to a live group
  });

  it('expires offsets that carry their own retention time (OffsetCommit v2-v4)', async () => {
    const c = await client();
    expect(await commit(c, { groupId: 'g-expire', topic: 't', offsets: [[0, 7]], version: 2, retentionTimeMs: 600 })).toEqual([0]);
    expect((await fetchCommitted(c, 'g-expire', 't', [0])).get(0)![0]).toBe(7);
    // The broker's expiry check (offsets.retention.check.interval.ms), run here rather than by its timer.
    const expire = (): Promise<number> => broker.broker.svc.groups.manager.cleanupExpired(Date.now(), 7 * 24 * 3_600_000);
    await waitFor(async () => (await expire()) > 0 || null, 60_000, 'the offset to expire');
    expect((await fetchCommitted(c, 'g-expire', 't', [0])).get(0)![0]).toBe(-1);
    // the group had nothing else: it is gone
    const l = await c.send('ListGroups', 4, { statesFilter: [] });
    expect(l.groups.map((g: any) => g.groupId)).not.toContain('g-expire');
  });

  it('lists, describes, deletes offsets and groups', async () => {
    const c = await client();
    const m = await client();
    await commit(c, {
      groupId: 'g-admin',
      topic: 't',
      offsets: [
        [0, 1],
        [1, 2],
      ],
    });
    const j = await join(m, 5, { groupId: 'g-live' });
    await sync(m, 3, 'g-live', j.generationId, j.memberId, []);
    const empty = await c.send('ListGroups', 4, { statesFilter: ['empty'] });
    expect(empty.groups.map((g: any) => g.groupId)).toContain('g-admin');
    expect(empty.groups.map((g: any) => g.groupId)).not.toContain('g-live');
    const stable = await c.send('ListGroups', 5, { statesFilter: ['Stable'], typesFilter: ['classic'] });
    expect(stable.groups.find((g: any) => g.groupId === 'g-live')).toMatchObject({
      groupState: 'Stable',
      protocolType: 'consumer',
      groupType: 'classic',
    });
    expect((await c.send('ListGroups', 5, { statesFilter: [], typesFilter: ['consumer'] })).groups).toEqual([]);
    const v0 = await c.send('ListGroups', 0, {});
    expect(v0.groups.map((g: any) => g.groupId)).toEqual(expect.arrayContaining(['g-admin', 'g-live']));
    const od = await c.send('OffsetDelete', 0, {
      groupId: 'g-admin',
      topics: [
        { name: 't', partitions: [{ partitionIndex: 0 }] },
        { name: 'zzz', partitions: [{ partitionIndex: 0 }] },
      ],
    });
    expect(od.errorCode).toBe(0);
    expect(od.topics.map((t: any) => t.partitions[0].errorCode)).toEqual([0, 3]);
    expect((await fetchCommitted(c, 'g-admin', 't', [0, 1])).get(0)![0]).toBe(-1);
    await commit(m, { groupId: 'g-live', generationId: j.generationId, memberId: j.memberId, topic: 't', offsets: [[0, 4]] });
    const subscribed = await c.send('OffsetDelete', 0, { groupId: 'g-live', topics: [{ name: 't', partitions: [{ partitionIndex: 0 }] }] });
    expect(subscribed.topics[0].partitions[0].errorCode).toBe(86); // GROUP_SUBSCRIBED_TO_TOPIC
    const del = await c.send('DeleteGroups', 2, { groupsNames: ['g-admin', 'g-live', 'g-none'] });
    expect(del.results.map((r: any) => r.errorCode)).toEqual([0, 68, 69]);
    expect((await fetchCommitted(c, 'g-admin', 't', [1])).get(1)![0]).toBe(-1);
    const d = await c.send('DescribeGroups', 0, { groups: ['g-admin'] });
    expect(d.groups[0].groupState).toBe('Dead');
  });
});

describe('storage', () => {
  it("writes Kafka-format records to the group's partition of __consumer_offsets and replays them after a restart", async () => {
    const c = await client();
    await commit(c, { groupId: 'g-store', topic: 't', offsets: [[3, 33]], metadata: 'hello' });
    const m = await client();
    const j = await join(m, 5, { groupId: 'g-store-members', groupInstanceId: 'static-1' });
    await sync(
      m,
      3,
      'g-store-members',
      j.generationId,
      j.memberId,
      [{ memberId: j.memberId, assignment: assignment('t', [2]) }],
      'static-1',
    );
    const p = offsetsPartitionFor('g-store', 4);
    const recs = await readAll(c, '__consumer_offsets', p);
    const mine = recs.filter((r) => r.key !== null && r.key.readInt16BE(0) === 1 && r.key.includes(Buffer.from('g-store')));
    expect(mine.length).toBeGreaterThan(0);
    const k = new Reader(mine.at(-1)!.key!);
    expect([k.int16(), k.string(false), k.string(false), k.int32()]).toEqual([1, 'g-store', 't', 3]);
    const v = new Reader(mine.at(-1)!.value!);
    expect([v.int16(), v.int64(), v.int32(), v.string(false)]).toEqual([3, 33, -1, 'hello']);
    const gp = offsetsPartitionFor('g-store-members', 4);
    const groupRecs = (await readAll(c, '__consumer_offsets', gp)).filter((r) => r.key!.readInt16BE(0) === 2);
    expect(groupRecs.length).toBeGreaterThan(0);
    const gv = new Reader(groupRecs.at(-1)!.value!);
    expect([gv.int16(), gv.string(false), gv.int32(), gv.nullableString(false)]).toEqual([3, 'consumer', j.generationId, 'range']);

    for (const x of clients.splice(0)) x.close();
    const dataDir = broker.dataDir;
    await broker.broker.stop();
    broker = await startBroker({ config: CONFIG, dataDir, port: broker.port });
    const c2 = await client();
    const after = await waitFor(
      async () => {
        const r = await c2.send('OffsetFetch', 7, { groupId: 'g-store', topics: [{ name: 't', partitionIndexes: [3] }] });
        return r.errorCode === 0 ? r : null;
      },
      60_000,
      'the coordinator to load',
    );
    expect(after.topics[0].partitions[0]).toMatchObject({ committedOffset: 33, metadata: 'hello' });
    // the static member comes back after the broker restart and keeps its assignment
    const back = await join(c2, 5, { groupId: 'g-store-members', groupInstanceId: 'static-1' });
    expect(back.generationId).toBe(j.generationId);
    const s = await sync(c2, 3, 'g-store-members', back.generationId, back.memberId, [], 'static-1');
    expect(assignedPartitions(s.assignment, 't')).toEqual([2]);
  });
});
