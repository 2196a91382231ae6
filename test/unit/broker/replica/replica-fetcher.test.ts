import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { ReplicaFetcher } from '../../../../broker/replica/replica-fetcher.js';
import { IsrTracker } from '../../../../broker/replica/isr-tracker.js';
import type { Partition } from '../../../../broker/replica/partition.js';
import { batch } from '../log/helpers.js';
import { InProcessLeaderEndPoint, silentLogger, testBroker, topicConfig, waitFor, type TestBroker } from './in-process-leader.js';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const o of open.splice(0).reverse()) o.close();
});

/** Every record value in the partition's log, in offset order. */
async function values(p: Partition): Promise<string[]> {
  const log = p.log;
  const r = await log.read(log.logStartOffset, 1 << 24, log.logEndOffset, true);
  const out: string[] = [];
  for (const b of decodeRecordBatches(r.records)) for (const rec of b.records) out.push(rec.value!.toString());
  return out;
}

/**
 * Broker 0 leads t-0 (replicas [0, 1], ISR [0, 1], epoch `epoch`) with an
 * IsrTracker as its replication hooks; broker 1 hosts it as a follower; a
 * fetcher on broker 1 fetches from broker 0 in-process.
 */
function pair(
  epoch = 0,
  maxWaitMs = 20,
): {
  leader: TestBroker;
  follower: TestBroker;
  lp: Partition;
  fp: Partition;
  fetcher: ReplicaFetcher;
  endpoint: InProcessLeaderEndPoint;
} {
  const isr = new IsrTracker(
    { brokerId: 0, replicaLagTimeMaxMs: 30_000 },
    () => Promise.reject(new Error('no ISR changes here')),
    silentLogger,
  );
  const leader = testBroker(0, isr);
  const follower = testBroker(1);
  open.push(leader, follower);
  const state = { partition: 0, replicas: [0, 1], leader: 0, leaderEpoch: epoch, isr: [0, 1] };
  const lp = leader.replicas.applyPartitionState('t', state, topicConfig());
  isr.lead(lp, { leaderEpoch: epoch, zkVersion: 0, controllerEpoch: 1 });
  const fp = follower.replicas.applyPartitionState('t', state, topicConfig());
  const endpoint = new InProcessLeaderEndPoint(() => leader.replicas, 1, maxWaitMs);
  const fetcher = new ReplicaFetcher(0, endpoint, { fetchMaxBytes: 1 << 20, backoffMs: 50 }, silentLogger);
  open.push({ close: () => fetcher.stop() });
  return { leader, follower, lp, fp, fetcher, endpoint };
}

describe('ReplicaFetcher (in-process leader)', { timeout: 30_000 }, () => {
  it('copies the leader log batch for batch and takes the high watermark the leader computes from its fetch offsets', async () => {
    const { leader, lp, fp, fetcher } = pair();
    expect(leader.replicas.appendRecords('t', 0, batch(3, { prefix: 'a' }), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
    expect(leader.replicas.appendRecords('t', 0, batch(2, { prefix: 'b' }), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
    // The ISR includes the follower, whose end the leader does not know yet: nothing is committed.
    expect(lp.log.highWatermark).toBe(0);
    fetcher.add(fp, 0);

    expect(await fetcher.runOnce()).toBe(true);
    expect(fp.log.logEndOffset).toBe(5);
    expect(await values(fp)).toEqual(['a-0', 'a-1', 'a-2', 'b-0', 'b-1']);
    // The first fetch (from 0) told the leader the follower had nothing.
    expect(lp.followerEnds.get(1)).toBe(0);
    expect(fp.log.highWatermark).toBe(0);

    expect(await fetcher.runOnce()).toBe(true);
    // The second fetch (from 5) moved the leader's high watermark to 5, and the answer carried it.
    expect(lp.followerEnds.get(1)).toBe(5);
    expect(lp.log.highWatermark).toBe(5);
    expect(fp.log.highWatermark).toBe(5);
    expect(fp.log.latestEpoch()).toBe(0);
  });

  it('a parked follower fetch is answered by the append itself, and the arrival of the next one completes acks=all: one round trip per append', async () => {
    // A max wait of an hour: only the wake-up on append can answer the parked fetch within the test.
    const { leader, lp, fp, fetcher, endpoint } = pair(0, 3_600_000);
    fetcher.add(fp, 0);
    fetcher.start();
    await waitFor(() => endpoint.inFlight === 1, 'the follower to park its fetch');
    for (let i = 0; i < 3; i++) {
      const before = endpoint.fetches;
      expect(leader.replicas.appendRecords('t', 0, batch(2, { prefix: `r${i}` }), -1, Date.now()).errorCode).toBe(ErrorCode.NONE);
      const acked = leader.replicas.awaitReplication('t', 0, 3_600_000);
      expect(typeof acked).not.toBe('number');
      expect(await acked).toBe(ErrorCode.NONE);
      // The parked fetch carried the records; the follower's next fetch (from its new end) moved the high watermark on arrival.
      expect(endpoint.fetches - before).toBe(1);
      expect(lp.log.highWatermark).toBe(2 * (i + 1));
      expect(fp.log.logEndOffset).toBe(2 * (i + 1));
      await waitFor(() => endpoint.inFlight === 1, 'the follower to park again');
    }
  });

  it('truncates a diverged log to where the leader says its epoch ended before fetching (KIP-101)', async () => {
    const { leader, follower, lp, fetcher } = pair(0);
    // Epoch 0: both have a-0..a-2; then the old leader (broker 1) appended x-0, x-1 that never replicated.
    leader.replicas.appendRecords('t', 0, batch(3, { prefix: 'a' }), 1, Date.now());
    const asLeader = follower.replicas.applyPartitionState(
      't',
      { partition: 0, replicas: [0, 1], leader: 1, leaderEpoch: 0, isr: [1] },
      topicConfig(),
    );
    follower.replicas.appendRecords('t', 0, batch(3, { prefix: 'a' }), 1, Date.now());
    follower.replicas.appendRecords('t', 0, batch(2, { prefix: 'x' }), 1, Date.now());
    expect(asLeader.log.logEndOffset).toBe(5);
    // Broker 0 became leader at epoch 1 at offset 3 and appended b-0.
    const lp1 = leader.replicas.applyPartitionState(
      't',
      { partition: 0, replicas: [0, 1], leader: 0, leaderEpoch: 1, isr: [0, 1] },
      topicConfig(),
    );
    expect(lp1).toBe(lp);
    leader.replicas.appendRecords('t', 0, batch(1, { prefix: 'b' }), 1, Date.now());
    const fp = follower.replicas.applyPartitionState(
      't',
      { partition: 0, replicas: [0, 1], leader: 0, leaderEpoch: 1, isr: [0, 1] },
      topicConfig(),
    );

    fetcher.add(fp, 1);
    await fetcher.runOnce();
    expect(await values(fp)).toEqual(['a-0', 'a-1', 'a-2', 'b-0']);
    expect(fp.log.endOffsetForLeaderEpoch(0)).toEqual({ leaderEpoch: 0, endOffset: 3 });
    expect(fp.log.latestEpoch()).toBe(1);
  });

  it('restarts its log at the leader log start when it asks below it (OFFSET_OUT_OF_RANGE)', async () => {
    const { leader, lp, fp, fetcher } = pair();
    lp.log.truncateFullyAndStartAt(100);
    leader.replicas.appendRecords('t', 0, batch(2, { prefix: 'c' }), 1, Date.now());
    expect(lp.log.logStartOffset).toBe(100);
    fetcher.add(fp, 0);
    await fetcher.runOnce();
    expect(fp.log.logStartOffset).toBe(100);
    expect(fp.log.logEndOffset).toBe(100);
    await fetcher.runOnce();
    expect(fp.log.logEndOffset).toBe(102);
    expect(await values(fp)).toEqual(['c-0', 'c-1']);
  });

  it('backs off on a fenced epoch and copies nothing until it follows the current epoch', async () => {
    const { leader, lp, fp, fetcher, endpoint } = pair(3);
    leader.replicas.appendRecords('t', 0, batch(2), 1, Date.now());
    expect(lp.leaderEpoch).toBe(3);
    // Told an older epoch than the leader's: FENCED_LEADER_EPOCH, nothing copied, retried later.
    fetcher.add(fp, 2);
    await fetcher.runOnce();
    expect(fp.log.logEndOffset).toBe(0);
    expect(fetcher.state('t', 0)!.retryAt).toBeGreaterThan(Date.now() - 1);
    const before = endpoint.fetches;
    // Within the back-off there is nothing ready to fetch.
    expect(await fetcher.runOnce()).toBe(false);
    expect(endpoint.fetches).toBe(before);
    // New partition state (the current epoch) replaces the follow state.
    fetcher.add(fp, 3);
    await fetcher.runOnce();
    expect(fp.log.logEndOffset).toBe(2);
  });

  it('drops an answer for a partition that was re-added while the request was out', async () => {
    const { leader, fp, fetcher, endpoint } = pair();
    leader.replicas.appendRecords('t', 0, batch(2), 1, Date.now());
    fetcher.add(fp, 0);
    // The follower already has nothing to truncate: the first round only fetches.
    endpoint.beforeAnswer = () => {
      endpoint.beforeAnswer = null;
      fetcher.add(fp, 0);
    };
    await fetcher.runOnce();
    expect(fp.log.logEndOffset).toBe(0);
    expect(fetcher.state('t', 0)!.phase).toBe('truncate');
    await fetcher.runOnce();
    expect(fp.log.logEndOffset).toBe(2);
  });

  it('keeps fetching after the leader could not be reached (the loop backs off and retries)', async () => {
    const { leader, fp, fetcher, endpoint } = pair();
    leader.replicas.appendRecords('t', 0, batch(4), 1, Date.now());
    fetcher.add(fp, 0);
    endpoint.failNext = new Error('connection refused');
    await expect(fetcher.runOnce()).rejects.toThrow(/connection refused/);
    expect(fp.log.logEndOffset).toBe(0);
    fetcher.start();
    await waitFor(() => fp.log.logEndOffset === 4, 'the follower to catch up');
    leader.replicas.appendRecords('t', 0, batch(1, { prefix: 'late' }), 1, Date.now());
    await waitFor(() => fp.log.logEndOffset === 5, 'the follower to copy a later append');
    fetcher.stop();
    expect(endpoint.closed).toBeGreaterThan(0);
    expect(fetcher.size).toBe(0);
  });
});
