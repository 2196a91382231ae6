/**
 * LeaderEndPoint: how a follower's ReplicaFetcher talks to the leader of the
 * partitions it follows (Kafka's LeaderEndPoint): OffsetForLeaderEpoch to
 * find where its log diverges, and Fetch with this broker's replica id.
 *
 * The fetcher sees partitions, not wire messages, so that it can be driven
 * in-process (a test connects a follower's fetcher straight to a leader's
 * ReplicaManager). RemoteLeaderEndPoint is the production engine: one
 * connection of the lean client (client/connection.ts) to the leader,
 * opened on first use and again after a failure.
 */
import type { ClientSecurity } from '../../client/security/client-security.js';
import { Connection } from '../../client/connection.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { decodeFetchResponse } from '../../protocol/generated/fetch-response.js';
import { encodeFetchRequest, type FetchTopic } from '../../protocol/generated/fetch-request.js';
import { encodeOffsetForLeaderEpochRequest } from '../../protocol/generated/offset-for-leader-epoch-request.js';
import { decodeOffsetForLeaderEpochResponse } from '../../protocol/generated/offset-for-leader-epoch-response.js';
import type { Input } from '../../protocol/input.js';

/** Fetch v12: flexible, topics by name. */
const FETCH_VERSION = 12;
const OFFSET_FOR_LEADER_EPOCH_VERSION = 4;

/** OffsetForLeaderEpoch for one followed partition. */
export interface EpochRequest {
  readonly topic: string;
  readonly partition: number;
  /** The leader epoch the follower was told (fences a stale leader). */
  readonly currentLeaderEpoch: number;
  /** The latest epoch in the follower's log. */
  readonly leaderEpoch: number;
}

/** The leader's answer: the largest epoch at or below the asked one, and where it ends (exclusive). */
export interface EpochEndOffset {
  readonly topic: string;
  readonly partition: number;
  readonly errorCode: number;
  /** -1 when the leader knows no such epoch. */
  readonly leaderEpoch: number;
  /** -1 when the leader knows no such epoch. */
  readonly endOffset: number;
}

/** Fetch for one followed partition. */
export interface ReplicaFetchPartition {
  readonly topic: string;
  readonly partition: number;
  readonly currentLeaderEpoch: number;
  /** The follower's log end offset: where to read from (inclusive), and how far the follower is. */
  readonly fetchOffset: number;
  readonly lastFetchedEpoch: number;
  readonly logStartOffset: number;
  readonly partitionMaxBytes: number;
}

/** The leader's data for one partition. */
export interface ReplicaFetchData {
  readonly topic: string;
  readonly partition: number;
  readonly errorCode: number;
  readonly highWatermark: number;
  readonly logStartOffset: number;
  /** Whole record batches from the fetch offset, as stored by the leader. */
  readonly records: Buffer | null;
}

/** The leader of some partitions, as a follower sees it. */
export interface LeaderEndPoint {
  /** OffsetForLeaderEpoch; rejects when the leader cannot be asked at all. */
  fetchEpochEndOffsets(partitions: readonly EpochRequest[]): Promise<EpochEndOffset[]>;
  /** One Fetch (long-polls up to the fetcher's max wait); rejects on a request-level failure. */
  fetch(partitions: readonly ReplicaFetchPartition[]): Promise<ReplicaFetchData[]>;
  /** Drops the connection (the next call opens a new one). */
  close(): void;
}

/** Fetch-wide parameters a follower sends (replica.fetch.* broker keys). */
export interface ReplicaFetchParams {
  /** This broker's id, sent as the replica id. */
  readonly brokerId: number;
  readonly fetchWaitMaxMs: number;
  readonly fetchMinBytes: number;
  /** replica.fetch.response.max.bytes: bound of the whole response. */
  readonly fetchResponseMaxBytes: number;
  readonly socketTimeoutMs: number;
  /** TLS and SASL of the connection to the leader (the inter-broker listener's); default PLAINTEXT. */
  readonly security?: ClientSecurity;
}

/** Resolves a broker id to its address (from the metadata cache). */
export type BrokerResolver = (id: number) => { host: string; port: number } | undefined;

/** Groups items by topic, keeping their order. */
function byTopic<T extends { topic: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const list = out.get(it.topic);
    if (list) list.push(it);
    else out.set(it.topic, [it]);
  }
  return out;
}

/** The leader over the network: Kafka requests on one client connection. */
export class RemoteLeaderEndPoint implements LeaderEndPoint {
  private conn: Connection | null = null;

  /** Creates the endpoint; nothing connects before the first request. */
  constructor(
    readonly leaderId: number,
    private readonly resolve: BrokerResolver,
    private readonly params: ReplicaFetchParams,
  ) {}

  private async connection(): Promise<Connection> {
    if (this.conn && !this.conn.isClosed) return this.conn;
    const addr = this.resolve(this.leaderId);
    if (!addr) throw new Error(`broker ${this.leaderId} is not registered`);
    this.conn = await Connection.connect({
      host: addr.host,
      port: addr.port,
      clientId: `broker-${this.params.brokerId}-fetcher-${this.leaderId}`,
      connectTimeoutMs: this.params.socketTimeoutMs,
      requestTimeoutMs: this.params.socketTimeoutMs,
      security: this.params.security,
    });
    return this.conn;
  }

  /** Runs a request, dropping the connection when it fails (the next one reconnects). */
  private async call<T>(op: (conn: Connection) => Promise<T>): Promise<T> {
    try {
      return await op(await this.connection());
    } catch (err) {
      this.close();
      throw err;
    }
  }

  fetchEpochEndOffsets(partitions: readonly EpochRequest[]): Promise<EpochEndOffset[]> {
    return this.call(async (conn) => {
      const res = await conn.send(
        ApiKey.OffsetForLeaderEpoch,
        (w, v) =>
          encodeOffsetForLeaderEpochRequest(w, v, {
            replicaId: this.params.brokerId,
            topics: [...byTopic(partitions)].map(([topic, list]) => ({
              topic,
              partitions: list.map((q) => ({
                partition: q.partition,
                currentLeaderEpoch: q.currentLeaderEpoch,
                leaderEpoch: q.leaderEpoch,
              })),
            })),
          }),
        decodeOffsetForLeaderEpochResponse,
        { maxVersion: OFFSET_FOR_LEADER_EPOCH_VERSION },
      );
      const out: EpochEndOffset[] = [];
      for (const t of res.topics)
        for (const r of t.partitions)
          out.push({ topic: t.topic, partition: r.partition, errorCode: r.errorCode, leaderEpoch: r.leaderEpoch, endOffset: r.endOffset });
      return out;
    });
  }

  fetch(partitions: readonly ReplicaFetchPartition[]): Promise<ReplicaFetchData[]> {
    return this.call(async (conn) => {
      const topics: Input<FetchTopic>[] = [];
      for (const [topic, list] of byTopic(partitions)) {
        topics.push({
          topic,
          partitions: list.map((q) => ({
            partition: q.partition,
            currentLeaderEpoch: q.currentLeaderEpoch,
            fetchOffset: q.fetchOffset,
            lastFetchedEpoch: q.lastFetchedEpoch,
            logStartOffset: q.logStartOffset,
            partitionMaxBytes: q.partitionMaxBytes,
          })),
        });
      }
      const p = this.params;
      const res = await conn.send(
        ApiKey.Fetch,
        (w, v) =>
          encodeFetchRequest(w, v, {
            // v15+ name the follower in replicaState, v0-v14 in replicaId.
            replicaId: v < 15 ? p.brokerId : undefined,
            replicaState: v >= 15 ? { replicaId: p.brokerId, replicaEpoch: -1 } : undefined,
            maxWaitMs: p.fetchWaitMaxMs,
            minBytes: p.fetchMinBytes,
            maxBytes: p.fetchResponseMaxBytes,
            isolationLevel: 0,
            sessionId: 0,
            sessionEpoch: -1,
            topics,
          }),
        decodeFetchResponse,
        { maxVersion: FETCH_VERSION, extraTimeoutMs: p.fetchWaitMaxMs },
      );
      if (res.errorCode !== ErrorCode.NONE) throw new Error(`fetch from broker ${this.leaderId} failed with error ${res.errorCode}`);
      const out: ReplicaFetchData[] = [];
      for (const t of res.responses)
        for (const r of t.partitions)
          out.push({
            topic: t.topic,
            partition: r.partitionIndex,
            errorCode: r.errorCode,
            highWatermark: r.highWatermark,
            logStartOffset: r.logStartOffset,
            records: r.records,
          });
      return out;
    });
  }

  close(): void {
    this.conn?.close();
    this.conn = null;
  }
}
