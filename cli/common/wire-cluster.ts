/**
 * A lean cluster client over WireConnection for what kafkajs does not offer
 * publicly: group-less reading (Metadata, ListOffsets and Fetch to partition
 * leaders), topic ids in Metadata, FindCoordinator and OffsetDelete.
 *
 * It keeps one connection per broker, bootstraps from the first reachable
 * address, and refreshes metadata on demand. Not safe to share between
 * unrelated callers that close it.
 */
import { ErrorCode, errorName } from '../../broker/protocol/generated/errors.js';
import type { MetadataResponse, MetadataResponseTopic } from '../../broker/protocol/generated/metadata-response.js';
import type { ListOffsetsResponse } from '../../broker/protocol/generated/list-offsets-response.js';
import type { FetchResponse } from '../../broker/protocol/generated/fetch-response.js';
import { WireConnection, type ApiName } from './wire-connection.js';
import { DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, formatBootstrap, parseBootstrap, type HostPort } from './kafka-client.js';
import { ToolError, errorMessage } from './tool.js';

/** ListOffsets timestamps with special meaning. */
export const EARLIEST_TIMESTAMP = -2;
/** The log end offset (or the last stable offset under read_committed). */
export const LATEST_TIMESTAMP = -1;

/** A topic partition. */
export interface TopicPartition {
  topic: string;
  partition: number;
}

/** "topic-partition", the usual map key. */
export function tpKey(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`;
}

/** Options of a WireCluster. */
export interface WireClusterOptions {
  clientId?: string;
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
}

/** A client of the whole cluster. */
export class WireCluster {
  private readonly bootstrap: HostPort[];
  private readonly conns = new Map<string, Promise<WireConnection>>();
  private brokers = new Map<number, HostPort>();
  private readonly opts: Required<WireClusterOptions>;
  private bootstrapConn: WireConnection | null = null;

  constructor(bootstrap: string, opts: WireClusterOptions = {}) {
    this.bootstrap = parseBootstrap(bootstrap);
    this.opts = {
      clientId: opts.clientId ?? 'tributary-cli',
      connectTimeoutMs: opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      requestTimeoutMs: opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    };
  }

  private connectTo(hp: HostPort): Promise<WireConnection> {
    const key = `${hp.host}:${hp.port}`;
    let c = this.conns.get(key);
    if (!c) {
      c = WireConnection.connect(hp.host, hp.port, this.opts);
      c.catch(() => this.conns.delete(key));
      this.conns.set(key, c);
    }
    return c.then((conn) => {
      if (conn.isOpen) return conn;
      this.conns.delete(key);
      return this.connectTo(hp);
    });
  }

  /** Connects to the first reachable bootstrap address; a ToolError names the addresses when none answers. */
  async connect(): Promise<WireConnection> {
    if (this.bootstrapConn?.isOpen) return this.bootstrapConn;
    let last: unknown = null;
    for (const hp of this.bootstrap) {
      try {
        this.bootstrapConn = await this.connectTo(hp);
        return this.bootstrapConn;
      } catch (err) {
        last = err;
      }
    }
    throw new ToolError(`Error: could not connect to the broker at ${formatBootstrap(this.bootstrap)}: ${errorMessage(last)}`);
  }

  /** A connection to broker `nodeId` (known from the last metadata). */
  async broker(nodeId: number): Promise<WireConnection> {
    let hp = this.brokers.get(nodeId);
    if (!hp) {
      await this.metadata([]);
      hp = this.brokers.get(nodeId);
    }
    if (!hp) throw new ToolError(`Error: broker ${nodeId} is not in the cluster metadata`);
    return this.connectTo(hp);
  }

  /** Sends a request to the bootstrap connection at the best common version ≤ cap. */
  async sendAny<T>(api: ApiName, cap: number, request: (version: number) => object): Promise<T> {
    const conn = await this.connect();
    const v = conn.pickVersion(api, cap);
    return conn.send<T>(api, v, request(v));
  }

  /** Sends a request to the controller (admin requests: CreateTopics, DeleteTopics, CreatePartitions). */
  async sendToController<T>(api: ApiName, cap: number, request: (version: number) => object): Promise<T> {
    const meta = await this.metadata([]);
    const conn = meta.controllerId >= 0 && this.brokers.has(meta.controllerId) ? await this.broker(meta.controllerId) : await this.connect();
    const v = conn.pickVersion(api, cap);
    return conn.send<T>(api, v, request(v));
  }

  /** Metadata of `topics` (null: every topic; []: brokers only). Remembers the brokers. */
  async metadata(topics: string[] | null): Promise<MetadataResponse> {
    const resp = await this.sendAny<MetadataResponse>('Metadata', 12, (v) => ({
      topics: topics === null ? (v === 0 ? [] : null) : topics.map((name) => ({ name })),
      allowAutoTopicCreation: false,
    }));
    this.brokers = new Map(resp.brokers.map((b) => [b.nodeId, { host: b.host, port: b.port }]));
    return resp;
  }

  /** Metadata of one topic; a ToolError when it does not exist. */
  async topicMetadata(topic: string): Promise<MetadataResponseTopic> {
    const resp = await this.metadata([topic]);
    const t = resp.topics.find((x) => x.name === topic);
    if (!t || t.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) throw new ToolError(`Error: Topic '${topic}' does not exist`);
    if (t.errorCode !== 0) throw new ToolError(`Error: topic '${topic}': ${errorName(t.errorCode)}`);
    return t;
  }

  /** The leader of each partition, from fresh metadata of their topics. */
  async leaders(tps: readonly TopicPartition[]): Promise<Map<string, number>> {
    const topics = [...new Set(tps.map((t) => t.topic))];
    const resp = await this.metadata(topics);
    const out = new Map<string, number>();
    for (const t of resp.topics) for (const p of t.partitions) out.set(tpKey({ topic: t.name ?? '', partition: p.partitionIndex }), p.leaderId);
    return out;
  }

  /**
   * ListOffsets for `tps` at `timestamp` (EARLIEST_TIMESTAMP, LATEST_TIMESTAMP
   * or epoch ms). Resolves offset per "topic-partition"; -1 where no record has
   * a timestamp at or after it. A ToolError names a partition with an error.
   */
  async listOffsets(tps: readonly TopicPartition[], timestamp: number, isolationLevel = 0): Promise<Map<string, number>> {
    const leaders = await this.leaders(tps);
    const byLeader = new Map<number, TopicPartition[]>();
    for (const tp of tps) {
      const leader = leaders.get(tpKey(tp));
      if (leader === undefined) throw new ToolError(`Error: partition ${tpKey(tp)} does not exist`);
      if (leader < 0) throw new ToolError(`Error: partition ${tpKey(tp)} has no leader`);
      const list = byLeader.get(leader) ?? [];
      list.push(tp);
      byLeader.set(leader, list);
    }
    const out = new Map<string, number>();
    await Promise.all(
      [...byLeader].map(async ([leader, list]) => {
        const conn = await this.broker(leader);
        const v = conn.pickVersion('ListOffsets', 7);
        const topics = new Map<string, { partitionIndex: number; timestamp: number; currentLeaderEpoch: number }[]>();
        for (const tp of list) {
          const parts = topics.get(tp.topic) ?? [];
          parts.push({ partitionIndex: tp.partition, timestamp, currentLeaderEpoch: -1 });
          topics.set(tp.topic, parts);
        }
        const resp = await conn.send<ListOffsetsResponse>('ListOffsets', v, {
          replicaId: -1,
          isolationLevel,
          topics: [...topics].map(([name, partitions]) => ({ name, partitions })),
        });
        for (const t of resp.topics) {
          for (const p of t.partitions) {
            if (p.errorCode !== 0) throw new ToolError(`Error: cannot list offsets of ${t.name}-${p.partitionIndex}: ${errorName(p.errorCode)}`);
            out.set(`${t.name}-${p.partitionIndex}`, p.offset);
          }
        }
      }),
    );
    return out;
  }

  /** One Fetch to broker `leader` for `parts` (fetch offsets given). */
  async fetch(
    leader: number,
    parts: readonly { topic: string; partition: number; offset: number }[],
    opts: { maxWaitMs: number; minBytes: number; maxBytes: number; partitionMaxBytes: number; isolationLevel: number },
  ): Promise<FetchResponse> {
    const conn = await this.broker(leader);
    const v = conn.pickVersion('Fetch', 12);
    const topics = new Map<string, { partition: number; fetchOffset: number; partitionMaxBytes: number; currentLeaderEpoch: number; logStartOffset: number }[]>();
    for (const p of parts) {
      const list = topics.get(p.topic) ?? [];
      list.push({ partition: p.partition, fetchOffset: p.offset, partitionMaxBytes: opts.partitionMaxBytes, currentLeaderEpoch: -1, logStartOffset: -1 });
      topics.set(p.topic, list);
    }
    return conn.send<FetchResponse>('Fetch', v, {
      replicaId: -1,
      maxWaitMs: opts.maxWaitMs,
      minBytes: opts.minBytes,
      maxBytes: opts.maxBytes,
      isolationLevel: opts.isolationLevel,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [...topics].map(([topic, partitions]) => ({ topic, partitions })),
      forgottenTopicsData: [],
      rackId: '',
    });
  }

  /** The coordinator of consumer group `groupId` as {nodeId, host, port}. */
  async groupCoordinator(groupId: string): Promise<{ nodeId: number; host: string; port: number }> {
    const conn = await this.connect();
    const v = conn.pickVersion('FindCoordinator', 4);
    const resp = await conn.send<{
      errorCode: number;
      nodeId: number;
      host: string;
      port: number;
      coordinators: { nodeId: number; host: string; port: number; errorCode: number }[];
    }>('FindCoordinator', v, v >= 4 ? { keyType: 0, coordinatorKeys: [groupId] } : { key: groupId, keyType: 0 });
    const c = v >= 4 ? resp.coordinators[0] : resp;
    if (!c || c.errorCode !== 0) throw new ToolError(`Error: cannot find the coordinator of group '${groupId}': ${errorName(c?.errorCode ?? -1)}`);
    this.brokers.set(c.nodeId, { host: c.host, port: c.port });
    return { nodeId: c.nodeId, host: c.host, port: c.port };
  }

  /** Closes every connection. */
  close(): void {
    for (const c of this.conns.values()) c.then((conn) => conn.close()).catch(() => undefined);
    this.conns.clear();
  }
}
