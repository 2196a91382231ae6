/**
 * ReplicaRoles: turns partition state (from ZooKeeper, through
 * ZkMetadataSync) into leader and follower replicas, and runs the leader's
 * side of replication (Kafka's ReplicaManager.makeLeaders/makeFollowers and
 * Partition's ISR management).
 *
 * - Leader: on a new leader epoch the epoch is recorded at the log end (so
 *   OffsetForLeaderEpoch answers where the previous epoch ended), followers'
 *   ends are forgotten and each follower counts as caught up now. Each
 *   follower fetch reports the follower's log end offset (its fetch offset);
 *   the high watermark is the minimum over the ISR (Partition), and waiting
 *   acks=all produces and consumer fetches are woken when it moves.
 * - ISR: a follower that has not been caught up to the leader's end for
 *   replica.lag.time.max.ms is removed; a follower that reaches the high
 *   watermark (and the start of the current epoch) is added back. The leader
 *   writes the new ISR to the partition state znode with a version check
 *   (Kafka's AlterIsr); a conflict means the controller changed the state,
 *   which arrives through the sync and wins.
 * - Follower: the partition is handed to the ReplicaFetcher of its leader.
 * - A state naming this broker leader that predates its registration
 *   ("untrusted") is hosted without a leader until the controller re-elects.
 *
 * Single-threaded: everything runs on the event loop.
 */
import type { LogConfig } from '../log/log-config.js';
import type { Logger } from '../logger.js';
import type { MetadataCache } from '../cluster/metadata-cache.js';
import type { PartitionRecord } from '../cluster/metadata-store.js';
import type { PartitionStateSink } from '../cluster/zk/zk-metadata-sync.js';
import type { Partition } from './partition.js';
import type { ReplicaManager, ReplicationHooks } from './replica-manager.js';
import { ReplicaFetcher, type FetcherSettings } from './replica-fetcher.js';

/** Replication settings (replica.* broker keys). */
export interface ReplicationSettings extends FetcherSettings {
  replicaLagTimeMaxMs: number;
}

/** Writes a new ISR for a led partition; resolves the new znode version, rejects on conflict. */
export type AlterIsr = (
  topic: string,
  partition: number,
  state: { leader: number; leaderEpoch: number; isr: number[] },
  controllerEpoch: number,
  zkVersion: number,
) => Promise<number>;

interface FollowerProgress {
  lastCaughtUpMs: number;
  lastFetchMs: number;
  /** The leader's log end offset at the follower's previous fetch. */
  lastFetchLeaderEnd: number;
}

interface PartitionMeta {
  leader: number;
  leaderEpoch: number;
  zkVersion: number;
  controllerEpoch: number;
  /** As leader: where the current epoch started. */
  epochStartOffset: number;
  followers: Map<number, FollowerProgress>;
  alterInFlight: boolean;
}

function key(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

/** Leader and follower replication of this broker's partitions. */
export class ReplicaRoles implements PartitionStateSink, ReplicationHooks {
  private readonly meta = new Map<string, PartitionMeta>();
  private readonly fetchers = new Map<number, ReplicaFetcher>();
  private readonly timer: NodeJS.Timeout;

  /** Creates the manager and hooks it into the replica manager's fetch path. */
  constructor(
    private readonly replicas: ReplicaManager,
    private readonly cache: MetadataCache,
    private readonly settings: ReplicationSettings,
    private readonly alterIsr: AlterIsr,
    private readonly logger: Logger,
  ) {
    replicas.replication = this;
    this.timer = setInterval(() => this.checkIsr(), Math.max(100, Math.floor(settings.replicaLagTimeMaxMs / 2)));
    this.timer.unref();
  }

  private get brokerId(): number {
    return this.settings.brokerId;
  }

  applyPartition(
    topic: string,
    record: PartitionRecord,
    zk: { zkVersion: number; controllerEpoch: number },
    trusted: boolean,
    config: LogConfig,
  ): void {
    const k = key(topic, record.partition);
    const m = this.meta.get(k);
    if (m && (record.leaderEpoch < m.leaderEpoch || (record.leaderEpoch === m.leaderEpoch && zk.zkVersion <= m.zkVersion))) return;
    const leader = trusted ? record.leader : -1;
    const before = this.replicas.get(topic, record.partition);
    const wasLeader = before?.isLeader ?? false;
    const changed = !m || m.leaderEpoch !== record.leaderEpoch || m.leader !== leader;
    if (changed) before?.followerEnds.clear();
    const p = this.replicas.applyPartitionState(topic, { ...record, leader }, config);
    const meta: PartitionMeta = m ?? {
      leader,
      leaderEpoch: record.leaderEpoch,
      zkVersion: zk.zkVersion,
      controllerEpoch: zk.controllerEpoch,
      epochStartOffset: 0,
      followers: new Map(),
      alterInFlight: false,
    };
    meta.leader = leader;
    meta.leaderEpoch = record.leaderEpoch;
    meta.zkVersion = zk.zkVersion;
    meta.controllerEpoch = zk.controllerEpoch;
    this.meta.set(k, meta);
    if (leader === this.brokerId) {
      if (changed || !wasLeader) this.becomeLeader(p, meta);
      else if (p.updateHighWatermark()) this.logger.debug(`${topic}-${p.index}: high watermark ${p.log.highWatermark} after ISR change`);
    } else {
      if (changed || !this.isFollowing(p, leader)) {
        this.unfollow(topic, p.index);
        if (leader >= 0) this.follow(p, leader, record.leaderEpoch);
        if (wasLeader || leader >= 0)
          this.logger.info(
            `${topic}-${p.index}: ${leader >= 0 ? `following ${leader}` : 'no leader'} (epoch ${record.leaderEpoch}${trusted ? '' : ', stale state: waiting for the controller'})`,
          );
      }
    }
    p.notifyWatchers();
  }

  updateTopicConfig(topic: string, config: LogConfig): void {
    this.replicas.updateTopicConfig(topic, config);
  }

  removeTopic(topic: string): void {
    for (const k of [...this.meta.keys()]) {
      const [t, part] = k.split('\u0000');
      if (t !== topic) continue;
      this.unfollow(t, Number(part));
      this.meta.delete(k);
    }
    this.replicas.deleteTopic(topic);
  }

  private becomeLeader(p: Partition, m: PartitionMeta): void {
    this.unfollow(p.topic, p.index);
    p.followerEnds.clear();
    const log = p.log;
    if (log.latestEpoch() < m.leaderEpoch) log.leaderEpochCache.assign(m.leaderEpoch, log.logEndOffset);
    m.epochStartOffset = log.logEndOffset;
    const now = Date.now();
    m.followers = new Map();
    for (const r of p.replicas)
      if (r !== this.brokerId) m.followers.set(r, { lastCaughtUpMs: now, lastFetchMs: now, lastFetchLeaderEnd: -1 });
    this.logger.info(
      `${p.topic}-${p.index}: leader at epoch ${m.leaderEpoch} (log end ${log.logEndOffset}, high watermark ${log.highWatermark}, isr [${p.isr.join(',')}])`,
    );
  }

  private isFollowing(p: Partition, leader: number): boolean {
    return this.fetchers.get(leader)?.state(p.topic, p.index)?.p === p;
  }

  private follow(p: Partition, leader: number, epoch: number): void {
    let f = this.fetchers.get(leader);
    if (!f) {
      f = new ReplicaFetcher(leader, this.settings, (id) => this.cache.brokers().find((b) => b.nodeId === id), this.logger);
      this.fetchers.set(leader, f);
    }
    f.add(p, epoch);
  }

  private unfollow(topic: string, partition: number): void {
    for (const [id, f] of this.fetchers) {
      f.remove(topic, partition);
      if (f.size === 0) {
        f.stop();
        this.fetchers.delete(id);
      }
    }
  }

  onFollowerFetch(p: Partition, replicaId: number, fetchOffset: number): void {
    const m = this.meta.get(key(p.topic, p.index));
    if (!m || !p.isLeader) return;
    const f = m.followers.get(replicaId);
    const end = p.log.logEndOffset;
    if (!f || fetchOffset > end) return;
    const now = Date.now();
    if (fetchOffset >= end) f.lastCaughtUpMs = now;
    else if (fetchOffset >= f.lastFetchLeaderEnd) f.lastCaughtUpMs = Math.max(f.lastCaughtUpMs, f.lastFetchMs);
    f.lastFetchLeaderEnd = end;
    f.lastFetchMs = now;
    p.followerEnds.set(replicaId, fetchOffset);
    // Wake waiters after this read, not inside it (a delayed fetch re-reads through here).
    if (p.updateHighWatermark()) process.nextTick(() => p.notifyWatchers());
    if (!p.isr.includes(replicaId) && fetchOffset >= p.log.highWatermark && fetchOffset >= m.epochStartOffset) {
      this.changeIsr(
        p,
        m,
        [...p.isr, replicaId].sort((a, b) => a - b),
        `${replicaId} caught up`,
      );
    }
  }

  private checkIsr(): void {
    const now = Date.now();
    for (const p of this.replicas.all()) {
      if (!p.isLeader) continue;
      const m = this.meta.get(key(p.topic, p.index));
      if (!m || m.alterInFlight) continue;
      const lagging = p.isr.filter(
        (id) => id !== this.brokerId && now - (m.followers.get(id)?.lastCaughtUpMs ?? 0) > this.settings.replicaLagTimeMaxMs,
      );
      if (lagging.length > 0)
        this.changeIsr(
          p,
          m,
          p.isr.filter((id) => !lagging.includes(id)),
          `[${lagging.join(',')}] lagging more than ${this.settings.replicaLagTimeMaxMs} ms`,
        );
    }
  }

  private changeIsr(p: Partition, m: PartitionMeta, isr: number[], why: string): void {
    if (m.alterInFlight) return;
    m.alterInFlight = true;
    const epoch = m.leaderEpoch;
    const k = key(p.topic, p.index);
    this.alterIsr(p.topic, p.index, { leader: this.brokerId, leaderEpoch: epoch, isr }, m.controllerEpoch, m.zkVersion)
      .then(
        (version) => {
          if (this.meta.get(k) !== m || m.leaderEpoch !== epoch || !p.isLeader) return;
          if (version > m.zkVersion) m.zkVersion = version;
          this.logger.info(`${p.topic}-${p.index}: ISR [${p.isr.join(',')}] -> [${isr.join(',')}] (${why})`);
          p.isr = isr;
          p.updateHighWatermark();
          p.notifyWatchers();
        },
        (err) => this.logger.debug(`${p.topic}-${p.index}: ISR change not written: ${(err as Error).message}`),
      )
      .finally(() => (m.alterInFlight = false));
  }

  /** Stops leading and following everything (the ZooKeeper session was lost). */
  resignAll(): void {
    for (const f of this.fetchers.values()) f.stop();
    this.fetchers.clear();
    this.meta.clear();
    for (const p of this.replicas.all()) {
      p.leaderId = -1;
      p.followerEnds.clear();
      p.notifyWatchers();
    }
  }

  /** Stops fetchers and timers (broker shutdown). */
  stop(): void {
    clearInterval(this.timer);
    for (const f of this.fetchers.values()) f.stop();
    this.fetchers.clear();
    if (this.replicas.replication === this) this.replicas.replication = null;
  }
}
