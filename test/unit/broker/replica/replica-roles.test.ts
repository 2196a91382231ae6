import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { IsrTracker, type AlterIsr } from '../../../../broker/replica/isr-tracker.js';
import { ReplicaRoles } from '../../../../broker/replica/replica-roles.js';
import type { PartitionRecord } from '../../../../broker/cluster/metadata-store.js';
import type { Partition } from '../../../../broker/replica/partition.js';
import { batch } from '../log/helpers.js';
import { InProcessLeaderEndPoint, silentLogger, testBroker, topicConfig, waitFor, type TestBroker } from './in-process-leader.js';

const LAG_MS = 10_000;
const TOPIC_ID = '0b3c9a4e-1f2d-4c5b-8a7e-6d5c4b3a2f10';

/** One broker of the test cluster: storage, the IsrTracker (its replication hooks), the roles over both. */
interface Node {
  broker: TestBroker;
  isr: IsrTracker;
  roles: ReplicaRoles;
}

/**
 * Brokers 0..n-1 in this process with partition t-0 on all of them, and the
 * state store a controller would keep (ZooKeeper's partition state znode):
 * a versioned record; AlterIsr writes it with a version check and, like a
 * ZooKeeper watch, delivers the new state to every broker afterwards.
 */
class TestCluster {
  readonly nodes: Node[] = [];
  state: PartitionRecord;
  version = 0;
  /** Follower fetchers' endpoints, by follower then leader. */
  readonly endpoints = new Map<string, InProcessLeaderEndPoint>();
  /** The clock of every IsrTracker (ms). */
  now = 1_000_000;
  /** Brokers whose fetchers are cut off from the leader (requests fail). */
  readonly partitioned = new Set<number>();
  readonly alters: { isr: number[]; version: number }[] = [];

  constructor(n: number) {
    this.state = { partition: 0, replicas: [...Array(n).keys()], leader: 0, leaderEpoch: 0, isr: [...Array(n).keys()] };
    for (let id = 0; id < n; id++) {
      const alterIsr: AlterIsr = async (_topic, _partition, s, _controllerEpoch, zkVersion) => {
        await Promise.resolve();
        if (zkVersion !== this.version) throw new Error(`version conflict: ${zkVersion} != ${this.version}`);
        this.state = { ...this.state, leader: s.leader, leaderEpoch: s.leaderEpoch, isr: s.isr };
        this.version++;
        this.alters.push({ isr: s.isr, version: this.version });
        const v = this.version;
        // The watch fires after the write returned.
        setImmediate(() => this.deliver(v));
        return this.version;
      };
      const isr = new IsrTracker({ brokerId: id, replicaLagTimeMaxMs: LAG_MS }, alterIsr, silentLogger, () => this.now);
      const broker = testBroker(id, isr);
      const roles = new ReplicaRoles({
        brokerId: id,
        replicas: broker.replicas,
        isr,
        leaderEndPoint: (leader) => {
          const e = new InProcessLeaderEndPoint(() => this.nodes[leader].broker.replicas, id);
          // Cut off: requests fail, and an answer that arrives meanwhile is lost.
          const fetch = e.fetch.bind(e);
          e.fetch = async (parts) => {
            if (this.partitioned.has(id)) throw new Error('unreachable');
            const r = await fetch(parts);
            if (this.partitioned.has(id)) throw new Error('unreachable');
            return r;
          };
          this.endpoints.set(`${id}<-${leader}`, e);
          return e;
        },
        fetcher: { fetchMaxBytes: 1 << 20, backoffMs: 20 },
        logger: silentLogger,
      });
      this.nodes.push({ broker, isr, roles });
    }
  }

  /**
   * Cuts broker `id` off from the leader: its requests fail, answers on the
   * way are lost; resolves once the leader holds none of its fetches (a
   * parked fetch still reports the follower's offset when it completes).
   */
  async cut(id: number): Promise<void> {
    this.partitioned.add(id);
    await waitFor(
      () => [...this.endpoints].every(([k, e]) => !k.startsWith(`${id}<-`) || e.inFlight === 0),
      `broker ${id}'s fetches to end`,
    );
  }

  /** Delivers the stored state (as of `version`) to every broker, like ZkMetadataSync does. */
  deliver(version = this.version, trusted = true): void {
    if (version !== this.version) return;
    for (const n of this.nodes)
      n.roles.applyPartition('t', this.state, { topicId: TOPIC_ID, zkVersion: this.version, controllerEpoch: 1 }, trusted, topicConfig());
  }

  /** The controller elects `leader` at the next epoch (a new state version). */
  elect(leader: number, isr = this.state.isr): void {
    this.state = { ...this.state, leader, leaderEpoch: this.state.leaderEpoch + 1, isr };
    this.version++;
    this.deliver();
  }

  p(id: number): Partition {
    return this.nodes[id].broker.replicas.get('t', 0)!;
  }

  produce(id: number, n: number, prefix: string): number {
    return this.nodes[id].broker.replicas.appendRecords('t', 0, batch(n, { prefix }), -1, Date.now()).errorCode;
  }

  close(): void {
    for (const n of this.nodes) {
      n.roles.stop();
      n.isr.stop();
      n.broker.close();
    }
  }
}

const clusters: TestCluster[] = [];
afterEach(() => {
  for (const c of clusters.splice(0)) c.close();
});

function cluster(n: number): TestCluster {
  const c = new TestCluster(n);
  clusters.push(c);
  c.deliver();
  return c;
}

async function values(p: Partition): Promise<string[]> {
  const log = p.log;
  const r = await log.read(log.logStartOffset, 1 << 24, log.logEndOffset, true);
  const out: string[] = [];
  for (const b of decodeRecordBatches(r.records)) for (const rec of b.records) out.push(rec.value!.toString());
  return out;
}

// Generous: a loaded 2-core machine may take seconds where an idle one takes milliseconds.
describe('ReplicaRoles and IsrTracker (three brokers in one process)', { timeout: 30_000 }, () => {
  it('makes the named broker leader and the others followers that copy its log; the high watermark is the ISR minimum', async () => {
    const c = cluster(3);
    expect(c.p(0).isLeader).toBe(true);
    expect(c.p(1).isLeader).toBe(false);
    expect(c.produce(1, 1, 'x')).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    expect(c.produce(0, 3, 'a')).toBe(ErrorCode.NONE);
    // acks=all: answered once every ISR member has the records.
    const acked = c.nodes[0].broker.replicas.awaitReplication('t', 0, 30_000);
    await expect(acked).resolves.toBe(ErrorCode.NONE);
    expect(c.p(0).log.highWatermark).toBe(3);
    for (const id of [1, 2]) {
      await waitFor(() => c.p(id).log.highWatermark === 3, `broker ${id} to learn the high watermark`);
      expect(await values(c.p(id))).toEqual(['a-0', 'a-1', 'a-2']);
    }
    expect(c.alters).toEqual([]);
  });

  it('shrinks the ISR when a follower stops catching up for replica.lag.time.max.ms, and expands it once it has caught up', async () => {
    const c = cluster(3);
    c.produce(0, 2, 'a');
    await waitFor(() => c.p(0).log.highWatermark === 2, 'the first records to commit');
    // Broker 2 cannot reach the leader any more; broker 1 keeps fetching.
    await c.cut(2);
    c.produce(0, 1, 'b');
    await waitFor(() => c.p(0).followerEnds.get(1) === 3, 'broker 1 to fetch b-0');
    expect(c.p(0).log.highWatermark).toBe(2);
    // Not yet lagging for long enough: nothing changes.
    c.now += LAG_MS / 2;
    c.nodes[0].isr.checkIsr();
    expect(c.alters).toEqual([]);
    // Broker 1 fetches again at the new time (it stays caught up); broker 2 has not been caught up since.
    const fetched = c.endpoints.get('1<-0')!.fetches;
    await waitFor(() => c.endpoints.get('1<-0')!.fetches > fetched + 1, 'broker 1 to fetch again');
    c.now += LAG_MS / 2 + 1;
    c.nodes[0].isr.checkIsr();
    await waitFor(() => c.p(0).isr.length === 2, 'the ISR to shrink');
    expect(c.alters).toEqual([{ isr: [0, 1], version: 1 }]);
    expect(c.state.isr).toEqual([0, 1]);
    // Without broker 2 in the ISR the high watermark moves to broker 1's end.
    await waitFor(() => c.p(0).log.highWatermark === 3, 'the high watermark to move without broker 2');
    await waitFor(() => c.p(1).isr.length === 2 && c.p(2).isr.length === 2, 'every broker to see the new ISR');

    // Broker 2 is reachable again: it catches up and rejoins.
    c.partitioned.delete(2);
    await waitFor(() => c.p(0).isr.length === 3, 'broker 2 to rejoin the ISR');
    expect(c.alters).toEqual([
      { isr: [0, 1], version: 1 },
      { isr: [0, 1, 2], version: 2 },
    ]);
    expect(await values(c.p(2))).toEqual(['a-0', 'a-1', 'b-0']);
  });

  it('does not apply an ISR change the state store refused (the controller changed the state meanwhile)', async () => {
    const c = cluster(2);
    c.produce(0, 1, 'a');
    await waitFor(() => c.p(0).log.highWatermark === 1, 'the record to commit');
    await c.cut(1);
    // The controller rewrote the state (same epoch) without this leader having seen it yet.
    c.version++;
    c.now += LAG_MS + 1;
    c.nodes[0].isr.checkIsr();
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(c.p(0).isr).toEqual([0, 1]);
    expect(c.alters).toEqual([]);
    // Once the new state arrives, the next check writes against its version.
    c.deliver();
    c.nodes[0].isr.checkIsr();
    await waitFor(() => c.p(0).isr.length === 1, 'the ISR to shrink against the current version');
    expect(c.alters).toEqual([{ isr: [0], version: 2 }]);
  });

  it('moves leadership: the new leader starts a new epoch, the old one follows and drops what was never committed', async () => {
    const c = cluster(2);
    c.produce(0, 2, 'a');
    await waitFor(() => c.p(1).log.highWatermark === 2, 'the follower to commit a-0, a-1');
    // Broker 1 is cut off; broker 0 appends records only it has.
    await c.cut(1);
    c.produce(0, 2, 'lost');
    expect(c.p(0).log.logEndOffset).toBe(4);
    // The controller moves leadership to broker 1 (it was in the ISR).
    c.partitioned.delete(1);
    c.elect(1, [1]);
    expect(c.p(1).isLeader).toBe(true);
    expect(c.p(1).log.latestEpoch()).toBe(1);
    expect(c.p(0).isLeader).toBe(false);
    expect(c.produce(0, 1, 'x')).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    expect(c.produce(1, 1, 'b')).toBe(ErrorCode.NONE);
    await waitFor(() => c.p(0).log.logEndOffset === 3 && c.p(0).log.latestEpoch() === 1, 'broker 0 to truncate and follow');
    expect(await values(c.p(0))).toEqual(['a-0', 'a-1', 'b-0']);
    // Broker 0 caught up with the new leader: back in the ISR.
    await waitFor(() => c.state.isr.length === 2, 'broker 0 to rejoin the ISR');
    expect(c.state).toMatchObject({ leader: 1, leaderEpoch: 1, isr: [0, 1] });
  });

  it('ignores older states and hosts a partition without a leader on an untrusted state', async () => {
    const c = cluster(2);
    c.elect(1);
    const before = { ...c.state };
    // An older epoch arriving late changes nothing.
    c.nodes[0].roles.applyPartition(
      't',
      { ...before, leader: 0, leaderEpoch: 0 },
      { topicId: TOPIC_ID, zkVersion: 0, controllerEpoch: 1 },
      true,
      topicConfig(),
    );
    expect(c.p(0).isLeader).toBe(false);
    expect(c.p(0).leaderEpoch).toBe(1);
    // A state naming broker 0 leader written before it registered: no leader until the controller re-elects.
    c.state = { ...c.state, leader: 0, leaderEpoch: 2 };
    c.version++;
    c.deliver(c.version, false);
    expect(c.p(0).leaderId).toBe(-1);
    expect(c.produce(0, 1, 'x')).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    c.elect(0);
    expect(c.p(0).isLeader).toBe(true);
    expect(c.produce(0, 1, 'y')).toBe(ErrorCode.NONE);
  });

  it('stops leading and following everything when the session is lost', async () => {
    const c = cluster(2);
    c.produce(0, 1, 'a');
    await waitFor(() => c.p(1).log.logEndOffset === 1, 'the follower to copy a-0');
    c.nodes[0].roles.resignAll();
    c.nodes[1].roles.resignAll();
    expect(c.p(0).leaderId).toBe(-1);
    expect(c.produce(0, 1, 'x')).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    expect(c.nodes[0].isr.version('t', 0)).toBeUndefined();
    // The follower's fetcher was stopped (its connection closed).
    expect(c.endpoints.get('1<-0')!.closed).toBeGreaterThan(0);
    // The next state from the controller makes them lead and follow again.
    c.elect(0);
    expect(c.produce(0, 1, 'b')).toBe(ErrorCode.NONE);
    await waitFor(() => c.p(1).log.logEndOffset === 2, 'the follower to copy b-0');
  });
});
