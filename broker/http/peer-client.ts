/**
 * PeerClient: how the console of one broker asks the other brokers of the
 * cluster what only they know — the groups they coordinate, their committed
 * offsets, and the offsets of the partitions they lead — over the Kafka
 * protocol, with the project's own client (client/connection.ts) and the
 * generated codecs. Requests, per broker asked:
 *
 *   ListGroups                      the groups it coordinates
 *   DescribeGroups (all of them)    state, protocol, members, assignments
 *   OffsetFetch (v8+: one request)  every committed offset of each group
 *   ListOffsets (earliest, latest,  log start offset, high watermark and
 *     latest read_committed)        last stable offset
 *   ListTransactions, DescribeTransactions   the transactional ids it coordinates
 *
 * Why the Kafka protocol and not the other brokers' HTTP API: every broker
 * already knows every other broker's Kafka address (the metadata cache, as
 * clients see it), while an HTTP listener may be off (`http.listener=none`),
 * bound to another machine's loopback, or on a port picked at start; and the
 * numbers are the ones `kafka-consumer-groups --describe` shows.
 *
 * One connection per broker, opened on first use and reopened after a
 * failure; a broker that cannot be reached is not tried again for
 * RETRY_BACKOFF_MS (a page refreshing every second must not wait on a dead
 * broker each time). Safe for concurrent callers.
 */
import type { ClientSecurity } from '../../client/security/client-security.js';
import { Connection } from '../../client/connection.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode, errorName } from '../../protocol/generated/errors.js';
import { encodeListGroupsRequest } from '../../protocol/generated/list-groups-request.js';
import { decodeListGroupsResponse } from '../../protocol/generated/list-groups-response.js';
import { encodeDescribeGroupsRequest } from '../../protocol/generated/describe-groups-request.js';
import { decodeDescribeGroupsResponse, type DescribedGroup } from '../../protocol/generated/describe-groups-response.js';
import { encodeOffsetFetchRequest } from '../../protocol/generated/offset-fetch-request.js';
import { decodeOffsetFetchResponse } from '../../protocol/generated/offset-fetch-response.js';
import { encodeListOffsetsRequest } from '../../protocol/generated/list-offsets-request.js';
import { decodeListOffsetsResponse } from '../../protocol/generated/list-offsets-response.js';
import { encodeMetadataRequest } from '../../protocol/generated/metadata-request.js';
import { decodeMetadataResponse } from '../../protocol/generated/metadata-response.js';
import { encodeListTransactionsRequest } from '../../protocol/generated/list-transactions-request.js';
import { decodeListTransactionsResponse } from '../../protocol/generated/list-transactions-response.js';
import { encodeDescribeTransactionsRequest } from '../../protocol/generated/describe-transactions-request.js';
import {
  decodeDescribeTransactionsResponse,
  type TransactionState as DescribedTransaction,
} from '../../protocol/generated/describe-transactions-response.js';
import type { CommittedOffsetView } from './source.js';

export type { DescribedTransaction };

/** How long an unreachable broker is left alone before the next attempt. */
const RETRY_BACKOFF_MS = 3000;
/** ListOffsets timestamps: the log start offset and the latest (high watermark). */
const EARLIEST = -2;
const LATEST = -1;
/** ListOffsets isolation level whose latest offset is the last stable offset. */
const READ_COMMITTED = 1;

/** Where a broker listens for Kafka clients. */
export interface PeerAddress {
  nodeId: number;
  host: string;
  port: number;
}

/** A group as one broker lists it. */
export interface ListedGroupInfo {
  groupId: string;
  protocolType: string;
}

/** Log start offset (inclusive), high watermark and last stable offset (exclusive) of a partition, from its leader. */
export interface PartitionOffsets {
  logStartOffset: number;
  highWatermark: number;
  lastStableOffset: number;
}

/** Options of a PeerClient. */
export interface PeerClientOptions {
  /** Sent as the client id, so the peers' logs say who asked. */
  clientId: string;
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** TLS and SASL of the connections (the inter-broker listener's); default PLAINTEXT. */
  security?: ClientSecurity;
}

interface PeerState {
  key: string;
  connection: Promise<Connection> | null;
  /** Why the last attempt failed (null when it worked). */
  error: string | null;
  /** No new connection attempt before this time (ms since the epoch). */
  retryAt: number;
}

/** Kafka-protocol requests from the console to the other brokers. */
export class PeerClient {
  private readonly peers = new Map<number, PeerState>();
  private closed = false;

  /** Creates the client; nothing is connected until asked. */
  constructor(private readonly options: PeerClientOptions) {}

  /** The connection to `peer`, opened (or reopened) when needed; rejects while the broker is backed off. */
  private connection(peer: PeerAddress): Promise<Connection> {
    const key = `${peer.host}:${peer.port}`;
    let s = this.peers.get(peer.nodeId);
    if (!s || s.key !== key) {
      void s?.connection?.then((c) => c.close()).catch(() => undefined);
      s = { key, connection: null, error: null, retryAt: 0 };
      this.peers.set(peer.nodeId, s);
    }
    const state = s;
    if (this.closed) return Promise.reject(new Error('peer client closed'));
    if (state.connection) {
      const existing = state.connection;
      return existing.then((c) => {
        if (!c.isClosed) return c;
        if (state.connection === existing) state.connection = null;
        return this.connection(peer);
      });
    }
    if (Date.now() < state.retryAt) return Promise.reject(new Error(state.error ?? `${key} not reachable`));
    const p = Connection.connect({
      host: peer.host,
      port: peer.port,
      clientId: this.options.clientId,
      connectTimeoutMs: this.options.connectTimeoutMs ?? 1500,
      requestTimeoutMs: this.options.requestTimeoutMs ?? 4000,
      security: this.options.security,
    });
    state.connection = p;
    p.then(
      () => {
        state.error = null;
      },
      (err: Error) => {
        if (state.connection === p) state.connection = null;
        state.error = err.message;
        state.retryAt = Date.now() + RETRY_BACKOFF_MS;
      },
    );
    return p;
  }

  /** Runs `fn` on the peer's connection; a failure is remembered as the peer's error. */
  private async call<T>(peer: PeerAddress, fn: (c: Connection) => Promise<T>): Promise<T> {
    const c = await this.connection(peer);
    try {
      return await fn(c);
    } catch (err) {
      const s = this.peers.get(peer.nodeId);
      if (s && c.isClosed) {
        s.error = (err as Error).message;
        s.retryAt = Date.now() + RETRY_BACKOFF_MS;
      }
      throw err;
    }
  }

  /**
   * Whether the broker answers a request (a Metadata request for no topics),
   * with the reason when it does not.
   */
  async ping(peer: PeerAddress): Promise<{ alive: boolean; error: string | null }> {
    try {
      await this.call(peer, (c) =>
        c.send(ApiKey.Metadata, (w, v) => encodeMetadataRequest(w, v, { topics: [] }), decodeMetadataResponse, { maxVersion: 12 }),
      );
      return { alive: true, error: null };
    } catch (err) {
      return { alive: false, error: (err as Error).message };
    }
  }

  /** The groups the broker coordinates (ListGroups). */
  async listGroups(peer: PeerAddress): Promise<ListedGroupInfo[]> {
    const res = await this.call(peer, (c) =>
      c.send(ApiKey.ListGroups, (w, v) => encodeListGroupsRequest(w, v, {}), decodeListGroupsResponse),
    );
    // COORDINATOR_LOAD_IN_PROGRESS comes with what is loaded so far: show that.
    if (res.errorCode !== ErrorCode.NONE && res.errorCode !== ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
      throw new Error(`ListGroups to broker ${peer.nodeId}: ${errorName(res.errorCode)}`);
    return res.groups.map((g) => ({ groupId: g.groupId, protocolType: g.protocolType }));
  }

  /** State, protocol and members of groups the broker coordinates (DescribeGroups, one request). */
  async describeGroups(peer: PeerAddress, groupIds: string[]): Promise<DescribedGroup[]> {
    if (groupIds.length === 0) return [];
    const res = await this.call(peer, (c) =>
      c.send(ApiKey.DescribeGroups, (w, v) => encodeDescribeGroupsRequest(w, v, { groups: groupIds }), decodeDescribeGroupsResponse),
    );
    return res.groups;
  }

  /**
   * Every committed offset of each group (OffsetFetch with all topics; one
   * request for all groups from v8, one per group before). A group the
   * broker answers with an error is left out.
   */
  async committedOffsets(peer: PeerAddress, groupIds: string[]): Promise<Map<string, CommittedOffsetView[]>> {
    const out = new Map<string, CommittedOffsetView[]>();
    if (groupIds.length === 0) return out;
    const add = (
      groupId: string,
      topics: {
        name: string;
        partitions: { partitionIndex: number; committedOffset: number; metadata: string | null; errorCode: number }[];
      }[],
    ): void => {
      const list: CommittedOffsetView[] = [];
      for (const t of topics)
        for (const p of t.partitions)
          if (p.errorCode === ErrorCode.NONE && p.committedOffset >= 0)
            list.push({ topic: t.name, partition: p.partitionIndex, offset: p.committedOffset, metadata: p.metadata });
      out.set(groupId, list);
    };
    await this.call(peer, async (c) => {
      if (c.versionFor(ApiKey.OffsetFetch) >= 8) {
        const res = await c.send(
          ApiKey.OffsetFetch,
          (w, v) => encodeOffsetFetchRequest(w, v, { groups: groupIds.map((groupId) => ({ groupId, memberEpoch: -1, topics: null })) }),
          decodeOffsetFetchResponse,
        );
        for (const g of res.groups) if (g.errorCode === ErrorCode.NONE) add(g.groupId, g.topics);
        return;
      }
      await Promise.all(
        groupIds.map(async (groupId) => {
          const res = await c.send(
            ApiKey.OffsetFetch,
            (w, v) => encodeOffsetFetchRequest(w, v, { groupId, topics: null }),
            decodeOffsetFetchResponse,
            { maxVersion: 7 },
          );
          if (res.errorCode === ErrorCode.NONE) add(groupId, res.topics);
        }),
      );
    });
    return out;
  }

  /**
   * Log start offset, high watermark and last stable offset of partitions
   * the broker leads (ListOffsets earliest, latest, and latest with
   * read_committed; three requests because one may not name a partition
   * twice). Keys are "topic\0partition"; a partition the
   * broker answers with an error (it no longer leads it) is left out.
   */
  async partitionOffsets(peer: PeerAddress, tps: readonly { topic: string; partition: number }[]): Promise<Map<string, PartitionOffsets>> {
    const out = new Map<string, PartitionOffsets>();
    if (tps.length === 0) return out;
    const byTopic = new Map<string, number[]>();
    for (const tp of tps) {
      let list = byTopic.get(tp.topic);
      if (!list) byTopic.set(tp.topic, (list = []));
      list.push(tp.partition);
    }
    const ask = (timestamp: number, isolationLevel = 0) =>
      this.call(peer, (c) =>
        c.send(
          ApiKey.ListOffsets,
          (w, v) =>
            encodeListOffsetsRequest(w, v, {
              replicaId: -1,
              isolationLevel,
              topics: [...byTopic].map(([name, ps]) => ({
                name,
                partitions: ps.map((p) => ({ partitionIndex: p, currentLeaderEpoch: -1, timestamp, maxNumOffsets: 1 })),
              })),
            }),
          decodeListOffsetsResponse,
        ),
      );
    const [earliest, latest, stable] = await Promise.all([ask(EARLIEST), ask(LATEST), ask(LATEST, READ_COMMITTED)]);
    const starts = new Map<string, number>();
    for (const t of earliest.topics)
      for (const p of t.partitions) if (p.errorCode === ErrorCode.NONE) starts.set(`${t.name}\u0000${p.partitionIndex}`, p.offset);
    const lsos = new Map<string, number>();
    for (const t of stable.topics)
      for (const p of t.partitions) if (p.errorCode === ErrorCode.NONE) lsos.set(`${t.name}\u0000${p.partitionIndex}`, p.offset);
    for (const t of latest.topics) {
      for (const p of t.partitions) {
        const key = `${t.name}\u0000${p.partitionIndex}`;
        const start = starts.get(key);
        if (p.errorCode === ErrorCode.NONE && start !== undefined)
          out.set(key, { logStartOffset: start, highWatermark: p.offset, lastStableOffset: lsos.get(key) ?? p.offset });
      }
    }
    return out;
  }

  /**
   * The transactional ids the broker coordinates, described (ListTransactions,
   * then DescribeTransactions of them all). An id that moved away or expired
   * in between is left out.
   */
  async transactions(peer: PeerAddress): Promise<DescribedTransaction[]> {
    return this.call(peer, async (c) => {
      const listed = await c.send(
        ApiKey.ListTransactions,
        (w, v) => encodeListTransactionsRequest(w, v, { stateFilters: [], producerIdFilters: [], durationFilter: -1 }),
        decodeListTransactionsResponse,
      );
      // COORDINATOR_LOAD_IN_PROGRESS comes with what is loaded so far: show that.
      if (listed.errorCode !== ErrorCode.NONE && listed.errorCode !== ErrorCode.COORDINATOR_LOAD_IN_PROGRESS)
        throw new Error(`ListTransactions to broker ${peer.nodeId}: ${errorName(listed.errorCode)}`);
      if (listed.transactionStates.length === 0) return [];
      const ids = listed.transactionStates.map((t) => t.transactionalId);
      const res = await c.send(
        ApiKey.DescribeTransactions,
        (w, v) => encodeDescribeTransactionsRequest(w, v, { transactionalIds: ids }),
        decodeDescribeTransactionsResponse,
      );
      return res.transactionStates.filter((t) => t.errorCode === ErrorCode.NONE);
    });
  }

  /** Closes every connection; later calls fail. */
  close(): void {
    this.closed = true;
    for (const s of this.peers.values()) void s.connection?.then((c) => c.close()).catch(() => undefined);
    this.peers.clear();
  }
}
