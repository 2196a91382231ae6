/**
 * ReplicaFetcher: the follower side of replication for every partition this
 * broker follows from one leader broker (Kafka's ReplicaFetcherThread),
 * through a LeaderEndPoint (leader-endpoint.ts: the network in production,
 * the leader's ReplicaManager itself in unit tests).
 *
 * Each partition goes through two phases:
 *
 * 1. truncate: OffsetForLeaderEpoch for the latest epoch in the local log.
 *    The leader answers the largest epoch it knows at or below it and where
 *    that epoch ends in its log; the follower truncates to the smaller of
 *    that end and its own end of the same epoch (KIP-101/KIP-279). So a
 *    former leader drops records that were never committed before it copies
 *    anything from the new leader. A log without epochs truncates to its
 *    high watermark.
 * 2. fetch: Fetch with this broker's replica id from the log end offset
 *    (which tells the leader how far this follower is), appendAsFollower, and
 *    the leader's high watermark (capped at the local end) becomes the local
 *    one. OFFSET_OUT_OF_RANGE below the leader's log start restarts the log
 *    there; above its end, back to phase 1. Leadership errors back off until
 *    new partition state moves the partition.
 *
 * A response for a partition whose state changed meanwhile (removed, new
 * epoch) is dropped. Runs on the event loop; log calls are synchronous.
 *
 * Replication throttles (replication-quota.ts): a partition this broker
 * follows from outside the ISR, which its topic follower-throttles here, is
 * left out of the Fetch while the follower quota is exceeded; the bytes
 * fetched for such partitions count towards the quota.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { Logger } from '../logger.js';
import type { Partition } from './partition.js';
import type { EpochRequest, LeaderEndPoint, ReplicaFetchPartition } from './leader-endpoint.js';
import { listsReplica, type ReplicationQuota } from './replication-quota.js';

/** Settings of follower fetching (replica.* broker keys). */
export interface FetcherSettings {
  /** replica.fetch.max.bytes: bytes asked per partition. */
  fetchMaxBytes: number;
  /** Pause after an error, ms. */
  backoffMs: number;
  /** follower.replication.throttled.rate (none: never throttled). */
  quota?: ReplicationQuota;
}

/** One followed partition. */
export interface FollowState {
  readonly p: Partition;
  readonly leaderEpoch: number;
  phase: 'truncate' | 'fetch';
  /** Do nothing for this partition before this time (after an error). */
  retryAt: number;
  /** OFFSET_OUT_OF_RANGE answers in a row (fetching above the leader's end). */
  outOfRange: number;
}

function key(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Follows partitions from one leader broker. */
export class ReplicaFetcher {
  private readonly states = new Map<string, FollowState>();
  private running = false;
  private stopped = false;
  private wake: (() => void) | null = null;

  /** Creates the fetcher (start() runs its loop; runOnce() is one round). */
  constructor(
    readonly leaderId: number,
    private readonly leader: LeaderEndPoint,
    private readonly settings: FetcherSettings,
    private readonly logger: Logger,
  ) {}

  /** Number of partitions followed. */
  get size(): number {
    return this.states.size;
  }

  /** Starts following `p` at `leaderEpoch` (phase truncate). */
  add(p: Partition, leaderEpoch: number): void {
    this.states.set(key(p.topic, p.index), { p, leaderEpoch, phase: 'truncate', retryAt: 0, outOfRange: 0 });
    this.wake?.();
  }

  /** Stops following a partition. */
  remove(topic: string, partition: number): void {
    this.states.delete(key(topic, partition));
  }

  /** The state of a followed partition. */
  state(topic: string, partition: number): FollowState | undefined {
    return this.states.get(key(topic, partition));
  }

  /** Starts the fetch loop (once). */
  start(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    void this.run();
  }

  /** Stops the loop and closes the connection. */
  stop(): void {
    this.stopped = true;
    this.states.clear();
    this.leader.close();
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      if (this.states.size === 0) {
        await new Promise<void>((r) => {
          this.wake = r;
          setTimeout(r, 1000);
        });
        this.wake = null;
        continue;
      }
      try {
        const fetched = await this.runOnce();
        if (!fetched) await sleep(Math.min(100, this.settings.backoffMs));
      } catch (err) {
        if (this.stopped) return;
        this.logger.debug(`replica fetcher for broker ${this.leaderId}: ${(err as Error).message}`);
        await sleep(this.settings.backoffMs);
      }
    }
  }

  /**
   * One round (Kafka's doWork): truncate the partitions that need it, then one
   * Fetch for the ready ones. Resolves whether a Fetch was sent; rejects when
   * the leader could not be asked (the loop backs off).
   */
  async runOnce(): Promise<boolean> {
    await this.truncatePhase();
    return this.fetchPhase();
  }

  private ready(phase: FollowState['phase']): FollowState[] {
    const now = Date.now();
    const out: FollowState[] = [];
    for (const s of this.states.values()) if (s.phase === phase && s.retryAt <= now) out.push(s);
    return out;
  }

  private async truncatePhase(): Promise<void> {
    const todo = this.ready('truncate');
    if (todo.length === 0) return;
    const ask: FollowState[] = [];
    const requests: EpochRequest[] = [];
    for (const s of todo) {
      if (s.p.log.latestEpoch() < 0) {
        s.p.log.truncateTo(s.p.log.highWatermark);
        s.phase = 'fetch';
      } else {
        ask.push(s);
        requests.push({ topic: s.p.topic, partition: s.p.index, currentLeaderEpoch: s.leaderEpoch, leaderEpoch: s.p.log.latestEpoch() });
      }
    }
    if (ask.length === 0) return;
    const answers = await this.leader.fetchEpochEndOffsets(requests);
    for (const r of answers) {
      const s = this.states.get(key(r.topic, r.partition));
      // A partition removed or re-added (new epoch) meanwhile: this answer is not for it.
      if (!s || !ask.includes(s)) continue;
      if (r.errorCode !== ErrorCode.NONE) {
        s.retryAt = Date.now() + this.settings.backoffMs;
        continue;
      }
      const log = s.p.log;
      let target: number;
      if (r.leaderEpoch < 0 || r.endOffset < 0) target = log.highWatermark;
      else {
        const mine = log.endOffsetForLeaderEpoch(r.leaderEpoch);
        target = Math.min(r.endOffset, mine.leaderEpoch === r.leaderEpoch ? mine.endOffset : log.logEndOffset);
      }
      if (target < log.logEndOffset) {
        this.logger.info(
          `${s.p.topic}-${s.p.index}: truncating from ${log.logEndOffset} to ${target} (leader ${this.leaderId} epoch ${r.leaderEpoch} ends at ${r.endOffset})`,
        );
        log.truncateTo(Math.max(target, log.logStartOffset));
      }
      s.phase = 'fetch';
    }
  }

  /** One fetch round; resolves false when nothing was ready to fetch. */
  private async fetchPhase(): Promise<boolean> {
    const quota = this.settings.quota;
    const exceeded = quota !== undefined && quota.isExceeded();
    const todo = this.ready('fetch').filter((s) => !(exceeded && this.throttled(s)));
    if (todo.length === 0) return false;
    const sent = new Map<FollowState, number>();
    const requests: ReplicaFetchPartition[] = [];
    for (const s of todo) {
      const log = s.p.log;
      sent.set(s, log.logEndOffset);
      requests.push({
        topic: s.p.topic,
        partition: s.p.index,
        currentLeaderEpoch: s.leaderEpoch,
        fetchOffset: log.logEndOffset,
        lastFetchedEpoch: log.latestEpoch(),
        logStartOffset: log.logStartOffset,
        partitionMaxBytes: this.settings.fetchMaxBytes,
      });
    }
    const answers = await this.leader.fetch(requests);
    for (const r of answers) {
      const s = this.states.get(key(r.topic, r.partition));
      const offset = s ? sent.get(s) : undefined;
      // Removed, re-added, or truncated meanwhile: the data does not continue this log.
      if (!s || offset === undefined || s.p.log.logEndOffset !== offset) continue;
      if (quota !== undefined && r.records && this.throttled(s)) quota.record(r.records.length);
      this.onPartitionData(s, offset, r.errorCode, r.records, r.highWatermark, r.logStartOffset);
    }
    return true;
  }

  /** Whether a followed partition is follower-throttled here (outside the ISR, listed in its topic's config). */
  private throttled(s: FollowState): boolean {
    const p = s.p;
    return !p.isr.includes(p.localBrokerId) && listsReplica(p.log.config.followerReplicationThrottledReplicas, p.index, p.localBrokerId);
  }

  private onPartitionData(
    s: FollowState,
    fetchOffset: number,
    errorCode: number,
    records: Buffer | null,
    leaderHw: number,
    leaderLogStart: number,
  ): void {
    const log = s.p.log;
    if (errorCode === ErrorCode.NONE) {
      if (records && records.length > 0) {
        const r = log.appendAsFollower(records);
        if (r.errorCode !== ErrorCode.NONE) {
          this.logger.warn(`${s.p.topic}-${s.p.index}: follower append at ${fetchOffset} failed: ${r.errorMessage ?? r.errorCode}`);
          s.phase = 'truncate';
          s.retryAt = Date.now() + this.settings.backoffMs;
          return;
        }
      }
      if (leaderHw >= 0) log.setHighWatermark(Math.min(leaderHw, log.logEndOffset));
      s.outOfRange = 0;
      // Consumers may long-poll this follower (KIP-392).
      if (s.p.watchers.size > 0) s.p.notifyWatchers();
      return;
    }
    if (errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
      if (leaderLogStart >= 0 && fetchOffset < leaderLogStart) {
        this.logger.info(`${s.p.topic}-${s.p.index}: restarting the log at the leader's log start ${leaderLogStart}`);
        log.truncateFullyAndStartAt(leaderLogStart);
      } else {
        // Ahead of the leader: find the divergence again; the second time in a row, from the high watermark.
        if (++s.outOfRange >= 2) log.truncateTo(log.highWatermark);
        s.phase = 'truncate';
      }
      return;
    }
    s.retryAt = Date.now() + this.settings.backoffMs;
  }
}
