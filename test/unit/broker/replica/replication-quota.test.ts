import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { ReplicaFetcher } from '../../../../broker/replica/replica-fetcher.js';
import { ReplicationQuota, UNTHROTTLED, listsReplica } from '../../../../broker/replica/replication-quota.js';
import type { LogConfig } from '../../../../broker/log/log-config.js';
import { batch } from '../log/helpers.js';
import { InProcessLeaderEndPoint, silentLogger, testBroker, topicConfig } from './in-process-leader.js';

describe('listsReplica', () => {
  it('matches partition:broker entries and the * wildcard', () => {
    expect(listsReplica(['0:1', '2:0'], 2, 0)).toBe(true);
    expect(listsReplica(['0:1', '2:0'], 0, 0)).toBe(false);
    expect(listsReplica(['*'], 7, 3)).toBe(true);
    expect(listsReplica([], 0, 0)).toBe(false);
  });
});

describe('ReplicationQuota', () => {
  it('is never exceeded without a bound', () => {
    const q = new ReplicationQuota();
    q.record(1e12);
    expect(q.bound).toBe(UNTHROTTLED);
    expect(q.isExceeded()).toBe(false);
  });

  it('measures bytes over at least ten windows and is exceeded above the bound until time brings the rate down', () => {
    let now = 1_000_000;
    const q = new ReplicationQuota(11, 1000, () => now);
    q.setBound(1000);
    q.record(9000); // 9000 B over the minimum 10 s span: 900 B/s
    expect(q.measured()).toBeCloseTo(900);
    expect(q.isExceeded()).toBe(false);
    q.record(2000);
    expect(q.isExceeded()).toBe(true);
    now += 5000;
    expect(q.isExceeded()).toBe(true);
    now += 7000; // the burst is older than 11 windows: forgotten
    expect(q.measured()).toBe(0);
    expect(q.isExceeded()).toBe(false);
    q.setBound(-1);
    q.record(1e9);
    expect(q.isExceeded()).toBe(false);
  });
});

describe('replication throttles (in-process leader and follower)', { timeout: 30_000 }, () => {
  /** Broker 0 leads t-0 with ISR [0]; broker 1 follows it from outside the ISR, with `configs` on both sides. */
  function setUp(configs: Partial<LogConfig>) {
    const leader = testBroker(0);
    const follower = testBroker(1);
    const cfg = { ...topicConfig(), ...configs };
    const state = { partition: 0, replicas: [0, 1], leader: 0, leaderEpoch: 0, isr: [0] };
    const lp = leader.replicas.applyPartitionState('t', state, cfg);
    const fp = follower.replicas.applyPartitionState('t', state, cfg);
    for (let i = 0; i < 20; i++)
      expect(leader.replicas.appendRecords('t', 0, batch(5, { prefix: `b${i}` }), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
    return { leader, follower, lp, fp };
  }

  it('the leader serves a throttled follower outside the ISR nothing while its quota is exceeded, and an ISR member always', async () => {
    const { leader, follower, lp, fp } = setUp({ leaderReplicationThrottledReplicas: ['0:0'] });
    try {
      leader.replicas.quotas.leader.setBound(1);
      // One batch per fetch: the first is served and counted, then the quota is exceeded.
      const fetcher = new ReplicaFetcher(
        0,
        new InProcessLeaderEndPoint(() => leader.replicas, 1),
        { fetchMaxBytes: 1, backoffMs: 50 },
        silentLogger,
      );
      fetcher.add(fp, 0);
      await fetcher.runOnce();
      const afterFirst = fp.log.logEndOffset;
      expect(afterFirst).toBe(5);
      expect(leader.replicas.quotas.leader.isExceeded()).toBe(true);
      await fetcher.runOnce();
      await fetcher.runOnce();
      expect(fp.log.logEndOffset).toBe(afterFirst);
      // In the ISR, the same replica is not throttled.
      lp.isr = [0, 1];
      await fetcher.runOnce();
      expect(fp.log.logEndOffset).toBeGreaterThan(afterFirst);
      // Without a bound, a replica outside the ISR copies everything.
      lp.isr = [0];
      leader.replicas.quotas.leader.setBound(-1);
      for (let i = 0; i < 30 && fp.log.logEndOffset < 100; i++) await fetcher.runOnce();
      expect(fp.log.logEndOffset).toBe(100);
      fetcher.stop();
    } finally {
      leader.close();
      follower.close();
    }
  });

  it('a throttled follower leaves the partition out of its fetches while its quota is exceeded', async () => {
    const { leader, follower, fp } = setUp({ followerReplicationThrottledReplicas: ['0:1'] });
    try {
      const quota = follower.replicas.quotas.follower;
      quota.setBound(1);
      const endpoint = new InProcessLeaderEndPoint(() => leader.replicas, 1);
      const fetcher = new ReplicaFetcher(0, endpoint, { fetchMaxBytes: 1, backoffMs: 50, quota }, silentLogger);
      fetcher.add(fp, 0);
      expect(await fetcher.runOnce()).toBe(true);
      expect(fp.log.logEndOffset).toBe(5);
      const fetches = endpoint.fetches;
      // Exceeded: no Fetch is sent for it.
      expect(await fetcher.runOnce()).toBe(false);
      expect(endpoint.fetches).toBe(fetches);
      quota.setBound(-1);
      expect(await fetcher.runOnce()).toBe(true);
      expect(fp.log.logEndOffset).toBe(10);
      fetcher.stop();
    } finally {
      leader.close();
      follower.close();
    }
  });
});
