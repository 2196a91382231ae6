/**
 * ReplicaFetcher: the follower side of replication for every partition this
 * broker follows from one leader broker (Kafka's ReplicaFetcherThread), over
 * one connection with the lean client's Connection.
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
 */
import { Connection } from '../../client/connection.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { decodeFetchResponse, type FetchResponse } from '../../protocol/generated/fetch-response.js';
import { encodeFetchRequest, type FetchTopic } from '../../protocol/generated/fetch-request.js';
import { encodeOffsetForLeaderEpochRequest } from '../../protocol/generated/offset-for-leader-epoch-request.js';
import { decodeOffsetForLeaderEpochResponse } from '../../protocol/generated/offset-for-leader-epoch-response.js';
import type { Input } from '../../protocol/input.js';
import type { Logger } from '../logger.js';
import type { Partition } from './partition.js';

/** Fetch v12: flexible, topics by name. */
const FETCH_VERSION = 12;
const OFFSET_FOR_LEADER_EPOCH_VERSION = 4;

/** Settings of follower fetching (replica.* broker keys). */
export interface FetcherSettings {
  brokerId: number;
  fetchWaitMaxMs: number;
  fetchMinBytes: number;
  fetchMaxBytes: number;
  fetchResponseMaxBytes: number;
  backoffMs: number;
  socketTimeoutMs: number;
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

/** Resolves a broker id to its address (from the metadata cache). */
export type BrokerResolver = (id: number) => { host: string; port: number } | undefined;

function key(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Follows partitions from one leader broker. */
export class ReplicaFetcher {
  private readonly states = new Map<string, FollowState>();
  private conn: Connection | null = null;
  private stopped = false;
  private wake: (() => void) | null = null;

  /** Creates and starts the fetch loop for `leaderId`. */
  constructor(
    readonly leaderId: number,
    private readonly settings: FetcherSettings,
    private readonly resolve: BrokerResolver,
    private readonly logger: Logger,
  ) {
    void this.run();
  }

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

  /** Stops the loop and closes the connection. */
  stop(): void {
    this.stopped = true;
    this.states.clear();
    this.conn?.close();
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
        const conn = await this.connection();
        await this.truncatePhase(conn);
        const fetched = await this.fetchPhase(conn);
        if (!fetched) await sleep(Math.min(100, this.settings.backoffMs));
      } catch (err) {
        if (this.stopped) return;
        this.logger.debug(`replica fetcher for broker ${this.leaderId}: ${(err as Error).message}`);
        this.conn?.close();
        this.conn = null;
        await sleep(this.settings.backoffMs);
      }
    }
  }

  private async connection(): Promise<Connection> {
    if (this.conn && !this.conn.isClosed) return this.conn;
    const addr = this.resolve(this.leaderId);
    if (!addr) throw new Error(`broker ${this.leaderId} is not registered`);
    this.conn = await Connection.connect({
      host: addr.host,
      port: addr.port,
      clientId: `broker-${this.settings.brokerId}-fetcher-${this.leaderId}`,
      connectTimeoutMs: this.settings.socketTimeoutMs,
      requestTimeoutMs: this.settings.socketTimeoutMs,
    });
    return this.conn;
  }

  private ready(phase: FollowState['phase']): FollowState[] {
    const now = Date.now();
    const out: FollowState[] = [];
    for (const s of this.states.values()) if (s.phase === phase && s.retryAt <= now) out.push(s);
    return out;
  }

  private async truncatePhase(conn: Connection): Promise<void> {
    const todo = this.ready('truncate');
    if (todo.length === 0) return;
    const ask: FollowState[] = [];
    for (const s of todo) {
      if (s.p.log.latestEpoch() < 0) {
        s.p.log.truncateTo(s.p.log.highWatermark);
        s.phase = 'fetch';
      } else ask.push(s);
    }
    if (ask.length === 0) return;
    const byTopic = new Map<string, FollowState[]>();
    for (const s of ask) {
      if (!byTopic.has(s.p.topic)) byTopic.set(s.p.topic, []);
      byTopic.get(s.p.topic)!.push(s);
    }
    const res = await conn.send(
      ApiKey.OffsetForLeaderEpoch,
      (w, v) =>
        encodeOffsetForLeaderEpochRequest(w, v, {
          replicaId: this.settings.brokerId,
          topics: [...byTopic].map(([topic, list]) => ({
            topic,
            partitions: list.map((s) => ({ partition: s.p.index, currentLeaderEpoch: s.leaderEpoch, leaderEpoch: s.p.log.latestEpoch() })),
          })),
        }),
      decodeOffsetForLeaderEpochResponse,
      { maxVersion: OFFSET_FOR_LEADER_EPOCH_VERSION },
    );
    for (const t of res.topics) {
      for (const r of t.partitions) {
        const s = this.states.get(key(t.topic, r.partition));
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
  }

  /** One fetch round; resolves false when nothing was ready to fetch. */
  private async fetchPhase(conn: Connection): Promise<boolean> {
    const todo = this.ready('fetch');
    if (todo.length === 0) return false;
    const byTopic = new Map<string, FollowState[]>();
    for (const s of todo) {
      if (!byTopic.has(s.p.topic)) byTopic.set(s.p.topic, []);
      byTopic.get(s.p.topic)!.push(s);
    }
    const sent = new Map<FollowState, number>();
    const topics: Input<FetchTopic>[] = [];
    for (const [topic, list] of byTopic) {
      topics.push({
        topic,
        partitions: list.map((s) => {
          sent.set(s, s.p.log.logEndOffset);
          return {
            partition: s.p.index,
            currentLeaderEpoch: s.leaderEpoch,
            fetchOffset: s.p.log.logEndOffset,
            lastFetchedEpoch: s.p.log.latestEpoch(),
            logStartOffset: s.p.log.logStartOffset,
            partitionMaxBytes: this.settings.fetchMaxBytes,
          };
        }),
      });
    }
    const res: FetchResponse = await conn.send(
      ApiKey.Fetch,
      (w, v) =>
        encodeFetchRequest(w, v, {
          replicaId: this.settings.brokerId,
          replicaState: { replicaId: this.settings.brokerId, replicaEpoch: -1 },
          maxWaitMs: this.settings.fetchWaitMaxMs,
          minBytes: this.settings.fetchMinBytes,
          maxBytes: this.settings.fetchResponseMaxBytes,
          isolationLevel: 0,
          sessionId: 0,
          sessionEpoch: -1,
          topics,
        }),
      decodeFetchResponse,
      { maxVersion: FETCH_VERSION, extraTimeoutMs: this.settings.fetchWaitMaxMs },
    );
    if (res.errorCode !== ErrorCode.NONE) throw new Error(`fetch from broker ${this.leaderId} failed with error ${res.errorCode}`);
    for (const t of res.responses) {
      for (const r of t.partitions) {
        const s = this.states.get(key(t.topic, r.partitionIndex));
        const offset = s ? sent.get(s) : undefined;
        if (!s || offset === undefined || s.p.log.logEndOffset !== offset) continue;
        this.onPartitionData(s, offset, r.errorCode, r.records, r.highWatermark, r.logStartOffset);
      }
    }
    return true;
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
