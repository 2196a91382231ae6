/**
 * ReplicaRoles: turns partition state (from ZooKeeper, through
 * ZkMetadataSync) into leader and follower replicas (Kafka's
 * ReplicaManager.makeLeaders/makeFollowers).
 *
 * - A state naming this broker leader at a new epoch (or a leader it was
 *   not) makes it lead: it stops following the partition and the IsrTracker
 *   (isr-tracker.ts) starts tracking its followers, the ISR and the high
 *   watermark. Same leader, same epoch: the tracker takes the new version.
 * - A state naming another broker makes it follow: the partition goes to the
 *   ReplicaFetcher of that leader (one per leader broker), which truncates
 *   to the divergence point and fetches (replica-fetcher.ts). How a fetcher
 *   reaches its leader is given (leaderEndPoint): the network in production,
 *   another broker's ReplicaManager in unit tests.
 * - A state naming this broker leader that predates its registration
 *   ("untrusted") is hosted without a leader until the controller re-elects.
 * - A partition whose log is offline (its log dir failed) neither leads nor
 *   follows until the broker restarts (Kafka's offline partition).
 * - Older states (a lower epoch, or the same epoch at an older znode version
 *   than the one applied or written by an ISR change) are ignored.
 *
 * Single-threaded: everything runs on the event loop.
 */
import type { LogConfig } from '../log/log-config.js';
import type { Logger } from '../logger.js';
import type { PartitionRecord } from '../cluster/metadata-store.js';
import type { PartitionMeta, PartitionStateSink } from '../cluster/zk/zk-metadata-sync.js';
import type { Partition } from './partition.js';
import type { ReplicaManager } from './replica-manager.js';
import type { IsrTracker, StateVersion } from './isr-tracker.js';
import type { LeaderEndPoint } from './leader-endpoint.js';
import { ReplicaFetcher, type FetcherSettings } from './replica-fetcher.js';

/** What the roles are made of. */
export interface ReplicaRolesDeps {
  /** This broker's id. */
  brokerId: number;
  /** The partitions of this broker. */
  replicas: ReplicaManager;
  /** The leader's side (the ReplicaManager's replication hooks). */
  isr: IsrTracker;
  /** The way to a leader broker, for a new fetcher. */
  leaderEndPoint(leaderId: number): LeaderEndPoint;
  fetcher: FetcherSettings;
  logger: Logger;
}

interface Applied {
  leader: number;
  leaderEpoch: number;
  zkVersion: number;
  /** Replicas, adding and removing replicas as applied (a reassignment changes them without a new state version). */
  assignment: string;
}

function assignmentKey(r: PartitionRecord): string {
  return `${r.replicas.join(',')}/${(r.addingReplicas ?? []).join(',')}/${(r.removingReplicas ?? []).join(',')}`;
}

function key(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

/** Leader and follower roles of this broker's partitions. */
export class ReplicaRoles implements PartitionStateSink {
  private readonly applied = new Map<string, Applied>();
  private readonly fetchers = new Map<number, ReplicaFetcher>();

  /** Creates the roles over the broker's partitions. */
  constructor(private readonly deps: ReplicaRolesDeps) {}

  private get brokerId(): number {
    return this.deps.brokerId;
  }

  applyPartition(topic: string, record: PartitionRecord, zk: PartitionMeta, trusted: boolean, config: LogConfig): void {
    const { replicas, isr, logger } = this.deps;
    const k = key(topic, record.partition);
    const m = this.applied.get(k);
    const assignment = assignmentKey(record);
    if (m) {
      // An ISR change this broker wrote moved the version on without a new state here.
      const known = Math.max(m.zkVersion, isr.version(topic, record.partition)?.zkVersion ?? -1);
      const stale = record.leaderEpoch < m.leaderEpoch || (record.leaderEpoch === m.leaderEpoch && zk.zkVersion <= known);
      if (stale && (record.leaderEpoch < m.leaderEpoch || m.assignment === assignment)) return;
    }
    const leader = trusted ? record.leader : -1;
    const before = replicas.get(topic, record.partition);
    const wasLeader = before?.isLeader ?? false;
    const changed = !m || m.leaderEpoch !== record.leaderEpoch || m.leader !== leader;
    if (changed) before?.followerEnds.clear();
    const p = replicas.applyPartitionState(topic, { ...record, leader }, config, zk.topicId);
    this.applied.set(k, { leader, leaderEpoch: record.leaderEpoch, zkVersion: Math.max(zk.zkVersion, m?.zkVersion ?? -1), assignment });
    const version: StateVersion = { leaderEpoch: record.leaderEpoch, zkVersion: zk.zkVersion, controllerEpoch: zk.controllerEpoch };
    if (p.log.local.isClosed) this.goOffline(topic, p.index);
    else if (leader === this.brokerId) {
      if (changed || !wasLeader || !isr.isLeading(p)) this.becomeLeader(p, version);
      else isr.update(p, version);
    } else {
      isr.forget(topic, p.index);
      if (changed || !this.isFollowing(p, leader)) {
        this.unfollow(topic, p.index);
        if (leader >= 0) this.follow(p, leader, record.leaderEpoch);
        if (wasLeader || leader >= 0)
          logger.info(
            `${topic}-${p.index}: ${leader >= 0 ? `following ${leader}` : 'no leader'} (epoch ${record.leaderEpoch}${trusted ? '' : ', stale state: waiting for the controller'})`,
          );
      }
    }
    p.notifyWatchers();
  }

  updateTopicConfig(topic: string, config: LogConfig): void {
    this.deps.replicas.updateTopicConfig(topic, config);
  }

  removeTopic(topic: string): void {
    for (const k of [...this.applied.keys()]) {
      const [t, part] = k.split('\u0000');
      if (t !== topic) continue;
      this.unfollow(t, Number(part));
      this.applied.delete(k);
    }
    this.deps.isr.forgetTopic(topic);
    this.deps.replicas.deleteTopic(topic);
  }

  /** Stops leading and following a partition whose log went offline (a failed log dir); it stays hosted. */
  goOffline(topic: string, partition: number): void {
    this.unfollow(topic, partition);
    this.deps.isr.forget(topic, partition);
  }

  removePartition(topic: string, partition: number): void {
    this.unfollow(topic, partition);
    this.applied.delete(key(topic, partition));
    this.deps.isr.forget(topic, partition);
    if (this.deps.replicas.removePartition(topic, partition))
      this.deps.logger.info(`${topic}-${partition}: no longer a replica on broker ${this.brokerId} (reassigned); its log is deleted`);
  }

  private becomeLeader(p: Partition, version: StateVersion): void {
    this.unfollow(p.topic, p.index);
    this.deps.isr.lead(p, version);
    const log = p.log;
    this.deps.logger.info(
      `${p.topic}-${p.index}: leader at epoch ${version.leaderEpoch} (log end ${log.logEndOffset}, high watermark ${log.highWatermark}, isr [${p.isr.join(',')}])`,
    );
  }

  private isFollowing(p: Partition, leader: number): boolean {
    return this.fetchers.get(leader)?.state(p.topic, p.index)?.p === p;
  }

  private follow(p: Partition, leader: number, epoch: number): void {
    let f = this.fetchers.get(leader);
    if (!f) {
      f = new ReplicaFetcher(leader, this.deps.leaderEndPoint(leader), this.deps.fetcher, this.deps.logger);
      this.fetchers.set(leader, f);
      f.start();
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

  /** Stops leading and following everything (the ZooKeeper session was lost). */
  resignAll(): void {
    for (const f of this.fetchers.values()) f.stop();
    this.fetchers.clear();
    this.applied.clear();
    this.deps.isr.clear();
    for (const p of this.deps.replicas.all()) {
      p.leaderId = -1;
      p.followerEnds.clear();
      p.notifyWatchers();
    }
  }

  /** Stops every fetcher (broker shutdown). */
  stop(): void {
    for (const f of this.fetchers.values()) f.stop();
    this.fetchers.clear();
  }
}
