import { describe, it, expect } from 'vitest';
import { Group } from '../../../../broker/group/group.js';
import { Member, type JoinResult, type SyncResult } from '../../../../broker/group/member.js';
import { Writer } from '../../../../protocol/writer.js';
import { encodeConsumerProtocolSubscription } from '../../../../protocol/generated/consumer-protocol-subscription.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';

const NOW = 1_700_000_000_000;
const MIN = 60_000;

function sub(topics: string[]): Buffer {
  const w = new Writer();
  w.int16(0);
  encodeConsumerProtocolSubscription(w, 0, { topics, userData: null });
  return w.finishBuffer();
}

function member(id: string, protocols: string[], opts: { instance?: string; topics?: string[]; type?: string } = {}): Member {
  const md = sub(opts.topics ?? ['t']);
  return new Member(
    id,
    opts.instance ?? null,
    'client',
    '/127.0.0.1',
    10_000,
    6_000,
    opts.type ?? 'consumer',
    protocols.map((name) => ({ name, metadata: md })),
  );
}

describe('Group state machine', () => {
  it("allows only Kafka's transitions", () => {
    const g = new Group('g', 'Empty', NOW);
    expect(() => g.transitionTo('Stable', NOW)).toThrow(/illegal transition Empty -> Stable/);
    expect(() => g.transitionTo('CompletingRebalance', NOW)).toThrow();
    g.transitionTo('PreparingRebalance', NOW + 1);
    expect(g.currentStateTimestamp).toBe(NOW + 1);
    expect(() => g.transitionTo('Stable', NOW)).toThrow();
    g.transitionTo('CompletingRebalance', NOW);
    expect(() => g.transitionTo('Empty', NOW)).toThrow();
    g.transitionTo('Stable', NOW);
    g.transitionTo('PreparingRebalance', NOW);
    g.transitionTo('Empty', NOW);
    g.transitionTo('Dead', NOW);
    expect(() => g.transitionTo('PreparingRebalance', NOW)).toThrow();
  });

  it('takes the protocol type from the first member and accepts only members sharing a protocol', () => {
    const g = new Group('g', 'Empty', NOW);
    expect(g.supportsProtocols('consumer', [])).toBe(false);
    expect(g.supportsProtocols('', [{ name: 'range', metadata: Buffer.alloc(0) }])).toBe(false);
    g.add(member('a', ['range', 'roundrobin']), null);
    expect(g.protocolType).toBe('consumer');
    expect(g.leaderId).toBe('a');
    expect(g.supportsProtocols('consumer', [{ name: 'roundrobin', metadata: Buffer.alloc(0) }])).toBe(true);
    expect(g.supportsProtocols('consumer', [{ name: 'sticky', metadata: Buffer.alloc(0) }])).toBe(false);
    expect(g.supportsProtocols('connect', [{ name: 'range', metadata: Buffer.alloc(0) }])).toBe(false);
    g.add(member('b', ['roundrobin']), null);
    // candidates shrink to what everyone supports
    expect([...g.candidateProtocols()]).toEqual(['roundrobin']);
    expect(g.supportsProtocols('consumer', [{ name: 'range', metadata: Buffer.alloc(0) }])).toBe(false);
  });

  it("selects the protocol by vote, ties broken by the leader's order", () => {
    const g = new Group('g', 'Empty', NOW);
    g.add(member('a', ['range', 'roundrobin']), null);
    g.add(member('b', ['roundrobin', 'range']), null);
    expect(g.selectProtocol()).toBe('range'); // 1:1, the leader lists range first
    g.add(member('c', ['roundrobin', 'range']), null);
    expect(g.selectProtocol()).toBe('roundrobin'); // 2:1
  });

  it('starts generations: CompletingRebalance with members, Empty without, and reads consumer subscriptions', () => {
    const g = new Group('g', 'Empty', NOW);
    g.transitionTo('PreparingRebalance', NOW);
    g.add(member('a', ['range'], { topics: ['t1', 't2'] }), null);
    g.add(member('b', ['range'], { topics: ['t3'] }), null);
    g.initNextGeneration(NOW);
    expect(g.state).toBe('CompletingRebalance');
    expect(g.generationId).toBe(1);
    expect(g.protocolName).toBe('range');
    expect([...g.subscribedTopics!].sort()).toEqual(['t1', 't2', 't3']);
    g.transitionTo('Stable', NOW);
    g.transitionTo('PreparingRebalance', NOW);
    g.remove('a');
    g.remove('b');
    expect(g.leaderId).toBeNull();
    g.initNextGeneration(NOW + 5);
    expect(g.state).toBe('Empty');
    expect(g.generationId).toBe(2);
    expect(g.protocolName).toBeNull();
    expect(g.currentStateTimestamp).toBe(NOW + 5);
  });

  it('tracks who has rejoined, pending member ids, and re-elects a leader that did not rejoin', () => {
    const g = new Group('g', 'Empty', NOW);
    const a = member('a', ['range']);
    const b = member('b', ['range']);
    g.add(a, () => {});
    g.add(b, () => {});
    expect(g.hasAllMembersJoined).toBe(true);
    g.pendingMembers.add('p');
    expect(g.hasAllMembersJoined).toBe(false);
    g.pendingMembers.delete('p');
    a.awaitingJoin = null;
    expect(g.notYetRejoinedMembers().map((m) => m.memberId)).toEqual(['a']);
    expect(g.maybeElectNewJoinedLeader()).toBe(true);
    expect(g.leaderId).toBe('b');
    b.awaitingJoin = null;
    expect(g.maybeElectNewJoinedLeader()).toBe(false);
  });

  it('replaces a static member: new id, same assignment, old waiters fenced', () => {
    const g = new Group('g', 'Empty', NOW);
    const joins: JoinResult[] = [];
    const syncs: SyncResult[] = [];
    const m = member('old', ['range'], { instance: 'i1' });
    g.add(m, (r) => joins.push(r));
    m.assignment = Buffer.from([1, 2, 3]);
    m.awaitingSync = (r) => syncs.push(r);
    g.pendingSyncMembers.add('old');
    expect(g.isStaticMemberFenced('i1', 'old')).toBe(false);
    const same = g.replaceStaticMember('i1', 'old', 'new');
    expect(same).toBe(m);
    expect(m.memberId).toBe('new');
    expect(m.assignment).toEqual(Buffer.from([1, 2, 3]));
    expect(g.has('old')).toBe(false);
    expect(g.leaderId).toBe('new');
    expect(g.currentStaticMemberId('i1')).toBe('new');
    expect(g.isStaticMemberFenced('i1', 'old')).toBe(true);
    expect([...g.pendingSyncMembers]).toEqual(['new']);
    expect(joins.map((j) => [j.errorCode, j.memberId])).toEqual([[ErrorCode.FENCED_INSTANCE_ID, 'old']]);
    expect(syncs.map((s) => s.errorCode)).toEqual([ErrorCode.FENCED_INSTANCE_ID]);
  });

  it('describes members with metadata and assignments only when Stable', () => {
    const g = new Group('g', 'Empty', NOW);
    g.transitionTo('PreparingRebalance', NOW);
    const a = member('a', ['range']);
    a.assignment = Buffer.from([7]);
    g.add(a, null);
    g.initNextGeneration(NOW);
    expect(g.summary()).toMatchObject({ state: 'CompletingRebalance', protocolType: 'consumer', protocolData: '' });
    expect(g.summary().members[0]!.assignment.length).toBe(0);
    g.transitionTo('Stable', NOW);
    const s = g.summary();
    expect(s.protocolData).toBe('range');
    expect(s.members[0]!.assignment).toEqual(Buffer.from([7]));
    expect(s.members[0]!.metadata.length).toBeGreaterThan(0);
  });
});

describe('offset expiry (KIP-211)', () => {
  const offset = (commitTimestamp: number, expireTimestamp = -1) => ({
    offset: 1,
    leaderEpoch: -1,
    metadata: '',
    commitTimestamp,
    expireTimestamp,
  });

  it('in an Empty group: retention counts from when the group became Empty', () => {
    const g = new Group('g', 'Empty', NOW);
    g.protocolType = 'consumer';
    g.setOffset('t', 0, offset(NOW - 100 * MIN));
    g.currentStateTimestamp = NOW - 5 * MIN;
    expect(g.expiredOffsets(NOW, 10 * MIN)).toEqual([]);
    expect(g.expiredOffsets(NOW + 5 * MIN, 10 * MIN)).toEqual([{ topic: 't', partition: 0 }]);
  });

  it('in a group without a protocol (offsets only): retention counts from the commit', () => {
    const g = new Group('g', 'Empty', NOW);
    g.setOffset('t', 0, offset(NOW - 11 * MIN));
    g.setOffset('t', 1, offset(NOW - 9 * MIN));
    expect(g.expiredOffsets(NOW, 10 * MIN)).toEqual([{ topic: 't', partition: 0 }]);
  });

  it('in a Stable consumer group: only topics nobody subscribes to expire', () => {
    const g = new Group('g', 'Empty', NOW);
    g.transitionTo('PreparingRebalance', NOW);
    g.add(member('a', ['range'], { topics: ['live'] }), null);
    g.initNextGeneration(NOW);
    g.transitionTo('Stable', NOW);
    g.setOffset('live', 0, offset(NOW - 100 * MIN));
    g.setOffset('gone', 0, offset(NOW - 100 * MIN));
    expect(g.expiredOffsets(NOW, 10 * MIN)).toEqual([{ topic: 'gone', partition: 0 }]);
    // nothing expires while rebalancing
    g.transitionTo('PreparingRebalance', NOW);
    expect(g.expiredOffsets(NOW, 10 * MIN)).toEqual([]);
  });

  it('an explicit expire timestamp wins', () => {
    const g = new Group('g', 'Empty', NOW);
    g.setOffset('t', 0, offset(NOW, NOW + 1000));
    expect(g.expiredOffsets(NOW + 999, 10 * MIN)).toEqual([]);
    expect(g.expiredOffsets(NOW + 1000, 10 * MIN)).toEqual([{ topic: 't', partition: 0 }]);
    g.setOffset('t', 0, null);
    expect(g.hasOffsets).toBe(false);
  });
});

describe('timeouts', () => {
  it('the rebalance timeout is the longest of the members; the SyncGroup deadline never undercuts a session timeout', () => {
    const g = new Group('g', 'Empty', NOW);
    const a = member('a', ['range']);
    a.rebalanceTimeoutMs = 0; // kafkajs's Broker.joinGroup without a rebalance timeout
    a.sessionTimeoutMs = 6_000;
    g.add(a, null);
    expect(g.rebalanceTimeoutMs).toBe(0);
    expect(g.syncTimeoutMs).toBe(6_000);
    const b = member('b', ['range']);
    b.rebalanceTimeoutMs = 60_000;
    b.sessionTimeoutMs = 10_000;
    g.add(b, null);
    expect(g.rebalanceTimeoutMs).toBe(60_000);
    expect(g.syncTimeoutMs).toBe(60_000);
  });
});
