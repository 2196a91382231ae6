/**
 * KafkaClient: a lean Kafka client on the generated codecs. It keeps one
 * Connection per broker, a metadata cache (brokers, topics, partitions,
 * leaders, topic ids) refreshed on NOT_LEADER_OR_FOLLOWER, UNKNOWN_TOPIC_OR_PARTITION
 * and LEADER_NOT_AVAILABLE, and offers the calls a streaming job and the
 * broker's own tools need: listOffsets, fetchRange (an exact offset range),
 * produce, createTopics, and the consumer-group calls (group-api.ts).
 *
 * Retriable errors are retried `retries` times with a growing backoff; other
 * errors reach the caller as KafkaClientError.
 */
import type { ClientSecurity } from './security/client-security.js';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { decodeMetadataResponse, type MetadataResponse } from '../protocol/generated/metadata-response.js';
import { encodeMetadataRequest } from '../protocol/generated/metadata-request.js';
import { encodeListOffsetsRequest } from '../protocol/generated/list-offsets-request.js';
import { decodeListOffsetsResponse } from '../protocol/generated/list-offsets-response.js';
import { encodeCreateTopicsRequest } from '../protocol/generated/create-topics-request.js';
import { decodeCreateTopicsResponse } from '../protocol/generated/create-topics-response.js';
import { ErrorCode, errorName } from '../protocol/generated/errors.js';
import { ZERO_UUID } from '../protocol/reader.js';
import { initCodecs } from '../protocol/compression.js';
import { Connection } from './connection.js';
import { KafkaClientError, STALE_METADATA_ERRORS, check } from './errors.js';

/** A topic partition. */
export interface TopicPartition {
  topic: string;
  partition: number;
}

/** A broker of the cluster as metadata describes it. */
export interface BrokerNode {
  nodeId: number;
  host: string;
  port: number;
}

/** What the client knows about a topic. */
export interface TopicInfo {
  name: string;
  topicId: string;
  /** Leader node id by partition index (-1: no leader). */
  leaders: Map<number, number>;
}

/** Options of a client. */
export interface KafkaClientOptions {
  /** Bootstrap servers: "host:port" or a list of them (comma-separated also works). */
  brokers: string | string[];
  clientId?: string;
  requestTimeoutMs?: number;
  /** TCP connect timeout per broker, ms; default 10000. */
  connectTimeoutMs?: number;
  /** Retries of retriable errors; default 8. */
  retries?: number;
  /** TLS and SASL of every connection (default PLAINTEXT); see clientSecurityFromProperties. */
  security?: ClientSecurity;
}

/** Where to start: the earliest or latest offset, or the first offset at or after a timestamp. */
export type OffsetSpec = 'earliest' | 'latest' | number;

/** A string key for a topic partition ("topic-3"). */
export function tpKey(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`;
}

/** Sleeps `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A cluster client: connections, metadata, offsets, ranged fetches, produce. */
export class KafkaClient {
  readonly clientId: string;
  readonly retries: number;
  private readonly bootstrap: { host: string; port: number }[];
  private readonly requestTimeoutMs: number;
  private readonly connectTimeoutMs: number | undefined;
  private readonly security: ClientSecurity | undefined;
  private readonly connections = new Map<string, Promise<Connection>>();
  /** Brokers by node id, from the last metadata response. */
  readonly brokers = new Map<number, BrokerNode>();
  /** Topics by name, from metadata responses. */
  readonly topics = new Map<string, TopicInfo>();
  /** The controller's node id from the last metadata response (-1: unknown). */
  controllerId = -1;
  private closed = false;

  /** Creates a client; nothing is connected until the first call. */
  constructor(options: KafkaClientOptions) {
    const list = (Array.isArray(options.brokers) ? options.brokers : [options.brokers]).flatMap((s) => s.split(','));
    this.bootstrap = list
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const i = s.lastIndexOf(':');
        return { host: s.slice(0, i), port: Number(s.slice(i + 1)) };
      });
    if (this.bootstrap.length === 0) throw new Error('KafkaClient: no bootstrap brokers');
    this.clientId = options.clientId ?? 'tributary';
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.connectTimeoutMs = options.connectTimeoutMs;
    this.security = options.security;
    this.retries = options.retries ?? 8;
  }

  /** Connects to a bootstrap broker and loads cluster metadata (every topic). */
  async connect(): Promise<void> {
    await initCodecs();
    await this.refreshMetadata(null);
  }

  /** The connection to host:port, opened on first use and reopened after a failure. */
  async connection(host: string, port: number): Promise<Connection> {
    if (this.closed) throw new KafkaClientError(-1, 'KafkaClient is closed', false);
    const key = `${host}:${port}`;
    const existing = this.connections.get(key);
    if (existing) {
      const c = await existing.catch(() => null);
      if (c && !c.isClosed) return c;
      if (this.connections.get(key) === existing) this.connections.delete(key);
    }
    let p = this.connections.get(key);
    if (!p) {
      p = Connection.connect({
        host,
        port,
        clientId: this.clientId,
        requestTimeoutMs: this.requestTimeoutMs,
        connectTimeoutMs: this.connectTimeoutMs,
        security: this.security,
      });
      this.connections.set(key, p);
      p.catch(() => {
        if (this.connections.get(key) === p) this.connections.delete(key);
      });
    }
    return p;
  }

  /** The connection to broker `nodeId` (metadata must know it). */
  async nodeConnection(nodeId: number): Promise<Connection> {
    let b = this.brokers.get(nodeId);
    if (!b) {
      await this.refreshMetadata(null);
      b = this.brokers.get(nodeId);
    }
    if (!b) throw new KafkaClientError(ErrorCode.BROKER_NOT_AVAILABLE, `broker ${nodeId} is not in the cluster metadata`);
    return this.connection(b.host, b.port);
  }

  /** A connection to any broker (a known one, else a bootstrap server). */
  async anyConnection(): Promise<Connection> {
    const candidates = [...this.brokers.values(), ...this.bootstrap];
    let last: unknown;
    for (const b of candidates) {
      try {
        return await this.connection(b.host, b.port);
      } catch (err) {
        last = err;
      }
    }
    throw last;
  }

  /** The connection to the controller (admin requests), any broker when metadata names none. */
  async controllerConnection(): Promise<Connection> {
    if (this.controllerId < 0 || !this.brokers.has(this.controllerId)) await this.refreshMetadata([]);
    return this.controllerId >= 0 && this.brokers.has(this.controllerId) ? this.nodeConnection(this.controllerId) : this.anyConnection();
  }

  /**
   * Fetches metadata for `topics` (null: all topics) and updates the cache.
   * Returns the raw response.
   */
  async refreshMetadata(topics: string[] | null): Promise<MetadataResponse> {
    return this.retry('Metadata', async () => {
      const c = await this.anyConnection();
      const res = await c.send(
        ApiKey.Metadata,
        (w, v) =>
          encodeMetadataRequest(w, v, {
            topics: topics === null ? null : topics.map((name) => ({ name, topicId: ZERO_UUID })),
            // v0-v3 cannot ask not to create (their brokers decide by auto.create.topics.enable).
            allowAutoTopicCreation: v >= 4 ? false : undefined,
          }),
        decodeMetadataResponse,
      );
      for (const b of res.brokers) this.brokers.set(b.nodeId, { nodeId: b.nodeId, host: b.host, port: b.port });
      this.controllerId = res.controllerId;
      for (const t of res.topics) {
        if (t.name === null) continue;
        if (t.errorCode !== 0) {
          this.topics.delete(t.name);
          continue;
        }
        const leaders = new Map<number, number>();
        for (const p of t.partitions)
          leaders.set(p.partitionIndex, p.errorCode === 0 || p.errorCode === ErrorCode.REPLICA_NOT_AVAILABLE ? p.leaderId : -1);
        this.topics.set(t.name, { name: t.name, topicId: t.topicId, leaders });
      }
      return res;
    });
  }

  /** The partitions of `topic`, sorted (refreshing metadata when unknown). */
  async partitionsFor(topic: string): Promise<number[]> {
    if (!this.topics.has(topic)) await this.refreshMetadata([topic]);
    const t = this.topics.get(topic);
    if (!t) throw new KafkaClientError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `unknown topic ${topic}`);
    return [...t.leaders.keys()].sort((a, b) => a - b);
  }

  /** Names of every topic in the cluster (refreshed), internal ones excluded. */
  async listTopics(): Promise<string[]> {
    const res = await this.refreshMetadata(null);
    return res.topics.filter((t) => !t.isInternal && t.errorCode === 0 && t.name !== null).map((t) => t.name as string);
  }

  /** The leader node of a partition (refreshing metadata when unknown). */
  async leaderFor(tp: TopicPartition): Promise<number> {
    let leader = this.topics.get(tp.topic)?.leaders.get(tp.partition);
    if (leader === undefined || leader < 0) {
      await this.refreshMetadata([tp.topic]);
      leader = this.topics.get(tp.topic)?.leaders.get(tp.partition);
    }
    if (leader === undefined) throw new KafkaClientError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `unknown partition ${tpKey(tp)}`);
    if (leader < 0) throw new KafkaClientError(ErrorCode.LEADER_NOT_AVAILABLE, `no leader for ${tpKey(tp)}`);
    return leader;
  }

  /** Groups partitions by leader node. */
  async byLeader(tps: TopicPartition[]): Promise<Map<number, TopicPartition[]>> {
    const out = new Map<number, TopicPartition[]>();
    for (const tp of tps) {
      const leader = await this.leaderFor(tp);
      let list = out.get(leader);
      if (!list) out.set(leader, (list = []));
      list.push(tp);
    }
    return out;
  }

  /**
   * Runs `fn`, retrying retriable errors with backoff; errors that mean stale
   * metadata refresh it first.
   */
  async retry<T>(what: string, fn: () => Promise<T>): Promise<T> {
    let attempt = 0;
    for (;;) {
      try {
        return await fn();
      } catch (err) {
        const e = err as KafkaClientError;
        if (this.closed || !e.retriable || attempt >= this.retries) throw err;
        attempt++;
        await sleep(Math.min(50 * 2 ** attempt, 1000));
        if (what !== 'Metadata' && STALE_METADATA_ERRORS.has(e.errorCode)) {
          await this.refreshMetadata(null).catch(() => undefined);
        }
      }
    }
  }

  /**
   * The offset of each partition for `spec`: 'earliest' (log start offset),
   * 'latest' (high watermark: the offset the next record will get), or a
   * timestamp (the first offset whose timestamp is at or after it; -1 if none).
   */
  async listOffsets(tps: TopicPartition[], spec: OffsetSpec, isolationLevel = 0): Promise<Map<string, number>> {
    const ts = spec === 'earliest' ? -2 : spec === 'latest' ? -1 : spec;
    const out = new Map<string, number>();
    await this.retry('ListOffsets', async () => {
      const groups = await this.byLeader(tps.filter((tp) => !out.has(tpKey(tp))));
      await Promise.all(
        [...groups].map(async ([leader, list]) => {
          const c = await this.nodeConnection(leader);
          const byTopic = new Map<string, number[]>();
          for (const tp of list) {
            let ps = byTopic.get(tp.topic);
            if (!ps) byTopic.set(tp.topic, (ps = []));
            ps.push(tp.partition);
          }
          const res = await c.send(
            ApiKey.ListOffsets,
            (w, v) =>
              encodeListOffsetsRequest(w, v, {
                replicaId: -1,
                // v0-v1 have no isolation level (read_uncommitted only).
                isolationLevel: v >= 2 ? isolationLevel : undefined,
                topics: [...byTopic].map(([name, ps]) => ({
                  name,
                  partitions: ps.map((p) => ({ partitionIndex: p, currentLeaderEpoch: -1, timestamp: ts, maxNumOffsets: 1 })),
                })),
              }),
            decodeListOffsetsResponse,
          );
          let firstError: KafkaClientError | null = null;
          for (const t of res.topics) {
            for (const p of t.partitions) {
              if (p.errorCode !== 0) {
                firstError ??= new KafkaClientError(p.errorCode, `ListOffsets ${t.name}-${p.partitionIndex}: ${errorName(p.errorCode)}`);
                continue;
              }
              out.set(`${t.name}-${p.partitionIndex}`, p.offset);
            }
          }
          if (firstError) throw firstError;
        }),
      );
    });
    return out;
  }

  /** Creates topics; an existing topic is not an error. Waits until metadata shows them. */
  async createTopics(
    topics: { topic: string; numPartitions?: number; replicationFactor?: number; configs?: Record<string, string> }[],
  ): Promise<void> {
    await this.retry('CreateTopics', async () => {
      const c = await this.anyConnection();
      const res = await c.send(
        ApiKey.CreateTopics,
        (w, v) =>
          encodeCreateTopicsRequest(w, v, {
            topics: topics.map((t) => ({
              name: t.topic,
              numPartitions: t.numPartitions ?? -1,
              replicationFactor: t.replicationFactor ?? -1,
              assignments: [],
              configs: Object.entries(t.configs ?? {}).map(([name, value]) => ({ name, value })),
            })),
            timeoutMs: 30_000,
            validateOnly: false,
          }),
        decodeCreateTopicsResponse,
      );
      for (const t of res.topics) {
        if (t.errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS)
          check(t.errorCode, `CreateTopics ${t.name}${t.errorMessage ? ` (${t.errorMessage})` : ''}`);
      }
    });
    for (let i = 0; i < 100; i++) {
      await this.refreshMetadata(topics.map((t) => t.topic));
      if (topics.every((t) => [...(this.topics.get(t.topic)?.leaders.values() ?? [-1])].every((l) => l >= 0))) return;
      await sleep(50);
    }
  }

  /** Closes every connection. */
  close(): void {
    this.closed = true;
    for (const p of this.connections.values())
      p.then(
        (c) => c.close(),
        () => undefined,
      );
    this.connections.clear();
  }
}
