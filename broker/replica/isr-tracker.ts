/**
 * IsrTracker: the leader's side of replication for the partitions this
 * broker leads (what Kafka's Partition does for a leader replica): follower
 * progress, the high watermark, and ISR shrink and expand.
 *
 * - lead(): on a new leader epoch the epoch is recorded at the log end (so
 *   OffsetForLeaderEpoch answers where the previous epoch ended), followers'
 *   ends are forgotten and each follower counts as caught up now.
 * - Each follower fetch (onFollowerFetch, called by the ReplicaManager on the
 *   fetch path before the read) reports the follower's log end offset, its
 *   fetch offset. The high watermark is the minimum over the ISR
 *   (Partition.updateHighWatermark); waiting acks=all produces and consumer
 *   fetches are woken when it moves.
 * - Expand: a follower that reaches the high watermark and the start of the
 *   current epoch joins the ISR, unless a reassignment is removing it (Kafka
 *   tells the leader the new replica set before it shrinks the ISR; here the
 *   removing replicas are known from the start of the reassignment).
 *   Shrink (checkIsr, on a timer): a follower not caught up to the leader's
 *   end for replica.lag.time.max.ms leaves it.
 *   A follower is caught up at a fetch from the leader's end, and also (Kafka's
 *   rule) at a fetch from at least the end the leader had at its previous
 *   fetch: it then had everything that existed when it last asked.
 * - Every ISR change is written first (AlterIsr: the partition state znode
 *   with a version check) and applied only once written; a conflict means the
 *   controller changed the state, which arrives as new partition state and
 *   wins. One change per partition is in flight at a time.
 *
 * The tracker exists before the ReplicaManager (which gets it as its
 * ReplicationHooks) and needs nothing from it. Single-threaded: everything
 * runs on the event loop.
 */
import type { Logger } from '../logger.js';
import type { Partition } from './partition.js';
import type { ReplicationHooks } from './replica-manager.js';

/** Writes a new ISR for a led partition; resolves the new state version, rejects on conflict. */
export type AlterIsr = (
  topic: string,
  partition: number,
  state: { leader: number; leaderEpoch: number; isr: number[] },
  controllerEpoch: number,
  zkVersion: number,
) => Promise<number>;

/** Settings of ISR management. */
export interface IsrSettings {
  /** This broker's id. */
  brokerId: number;
  /** replica.lag.time.max.ms */
  replicaLagTimeMaxMs: number;
}

/** The version of a led partition's state (the znode's, and the controller epoch that wrote it). */
export interface StateVersion {
  leaderEpoch: number;
  zkVersion: number;
  controllerEpoch: number;
}

interface FollowerProgress {
  lastCaughtUpMs: number;
  lastFetchMs: number;
  /** The leader's log end offset at the follower's previous fetch (-1 before the first). */
  lastFetchLeaderEnd: number;
}

interface Led extends StateVersion {
  readonly p: Partition;
  /** Where the current epoch started in the log. */
  epochStartOffset: number;
  followers: Map<number, FollowerProgress>;
  alterInFlight: boolean;
}

function key(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

/** Follower progress and the ISR of every partition this broker leads. */
export class IsrTracker implements ReplicationHooks {
  private readonly led = new Map<string, Led>();
  private timer: NodeJS.Timeout | null = null;

  /** Creates the tracker; start() arms the lag check. */
  constructor(
    private readonly settings: IsrSettings,
    private readonly alterIsr: AlterIsr,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Checks for lagging followers every half replica.lag.time.max.ms (at least every 100 ms). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.checkIsr(), Math.max(100, Math.floor(this.settings.replicaLagTimeMaxMs / 2)));
    this.timer.unref();
  }

  /** Stops the lag check and forgets every led partition. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.led.clear();
  }

  /** Starts leading `p` at a new leader epoch (followers start caught up, their ends unknown). */
  lead(p: Partition, version: StateVersion): void {
    p.followerEnds.clear();
    const log = p.log;
    if (log.latestEpoch() < version.leaderEpoch) log.leaderEpochCache.assign(version.leaderEpoch, log.logEndOffset);
    const now = this.clock();
    const followers = new Map<number, FollowerProgress>();
    for (const r of p.replicas)
      if (r !== this.settings.brokerId) followers.set(r, { lastCaughtUpMs: now, lastFetchMs: now, lastFetchLeaderEnd: -1 });
    this.led.set(key(p.topic, p.index), { p, ...version, epochStartOffset: log.logEndOffset, followers, alterInFlight: false });
  }

  /**
   * New state of a partition led at the same epoch (the controller changed
   * its ISR or replicas): takes its version, tracks added replicas, and moves
   * the high watermark if the ISR shrank.
   */
  update(p: Partition, version: StateVersion): void {
    const l = this.led.get(key(p.topic, p.index));
    if (!l || l.p !== p) return this.lead(p, version);
    l.leaderEpoch = version.leaderEpoch;
    l.zkVersion = version.zkVersion;
    l.controllerEpoch = version.controllerEpoch;
    const now = this.clock();
    for (const r of p.replicas)
      if (r !== this.settings.brokerId && !l.followers.has(r))
        l.followers.set(r, { lastCaughtUpMs: now, lastFetchMs: now, lastFetchLeaderEnd: -1 });
    for (const r of [...l.followers.keys()]) if (!p.replicas.includes(r)) l.followers.delete(r);
    if (p.updateHighWatermark()) this.logger.debug(`${p.topic}-${p.index}: high watermark ${p.log.highWatermark} after ISR change`);
  }

  /** Stops tracking a partition (no longer led here). */
  forget(topic: string, partition: number): void {
    this.led.delete(key(topic, partition));
  }

  /** Stops tracking every partition of a topic. */
  forgetTopic(topic: string): void {
    for (const [k, l] of this.led) if (l.p.topic === topic) this.led.delete(k);
  }

  /** Stops tracking everything (the ZooKeeper session was lost). */
  clear(): void {
    this.led.clear();
  }

  /** The state version of a led partition, or undefined when it is not led here. */
  version(topic: string, partition: number): StateVersion | undefined {
    return this.led.get(key(topic, partition));
  }

  /** Whether the partition is tracked as led here. */
  isLeading(p: Partition): boolean {
    return this.led.get(key(p.topic, p.index))?.p === p;
  }

  onFollowerFetch(p: Partition, replicaId: number, fetchOffset: number): void {
    const l = this.led.get(key(p.topic, p.index));
    if (!l || l.p !== p || !p.isLeader) return;
    const f = l.followers.get(replicaId);
    const end = p.log.logEndOffset;
    if (!f || fetchOffset > end) return;
    const now = this.clock();
    if (fetchOffset >= end) f.lastCaughtUpMs = now;
    else if (fetchOffset >= f.lastFetchLeaderEnd) f.lastCaughtUpMs = Math.max(f.lastCaughtUpMs, f.lastFetchMs);
    f.lastFetchLeaderEnd = end;
    f.lastFetchMs = now;
    p.followerEnds.set(replicaId, fetchOffset);
    // Wake waiters after this read, not inside it (a delayed fetch re-reads through here).
    if (p.updateHighWatermark()) process.nextTick(() => p.notifyWatchers());
    // A replica a reassignment removes is not taken (back) into the ISR: the controller is about to drop it.
    if (
      !p.isr.includes(replicaId) &&
      !p.removingReplicas.includes(replicaId) &&
      fetchOffset >= p.log.highWatermark &&
      fetchOffset >= l.epochStartOffset
    ) {
      this.changeIsr(
        l,
        [...p.isr, replicaId].sort((a, b) => a - b),
        `${replicaId} caught up`,
      );
    }
  }

  /** Removes followers that have not caught up for replica.lag.time.max.ms from the ISR of every led partition. */
  checkIsr(): void {
    const now = this.clock();
    const maxLag = this.settings.replicaLagTimeMaxMs;
    for (const l of this.led.values()) {
      const p = l.p;
      if (!p.isLeader || l.alterInFlight) continue;
      const lagging = p.isr.filter((id) => id !== this.settings.brokerId && now - (l.followers.get(id)?.lastCaughtUpMs ?? 0) > maxLag);
      if (lagging.length > 0)
        this.changeIsr(
          l,
          p.isr.filter((id) => !lagging.includes(id)),
          `[${lagging.join(',')}] lagging more than ${maxLag} ms`,
        );
    }
  }

  private changeIsr(l: Led, isr: number[], why: string): void {
    if (l.alterInFlight) return;
    l.alterInFlight = true;
    const p = l.p;
    const epoch = l.leaderEpoch;
    const k = key(p.topic, p.index);
    this.alterIsr(p.topic, p.index, { leader: this.settings.brokerId, leaderEpoch: epoch, isr }, l.controllerEpoch, l.zkVersion)
      .then(
        (version) => {
          if (this.led.get(k) !== l || l.leaderEpoch !== epoch || !p.isLeader) return;
          if (version > l.zkVersion) l.zkVersion = version;
          this.logger.info(`${p.topic}-${p.index}: ISR [${p.isr.join(',')}] -> [${isr.join(',')}] (${why})`);
          p.isr = isr;
          p.updateHighWatermark();
          p.notifyWatchers();
        },
        (err: Error) => this.logger.debug(`${p.topic}-${p.index}: ISR change not written: ${err.message}`),
      )
      .finally(() => (l.alterInFlight = false));
  }
}
