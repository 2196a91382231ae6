/**
 * The JSON the API answers, built from the broker's live state. Offsets are
 * numbers (safe integers internally, see STYLE); ranges are stated per field.
 * A partition whose log is not on this broker has null log fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TopicRecord } from '../cluster/metadata-store.js';
import { offlinePartitions, underReplicated } from '../metrics/broker-metrics.js';
import { GroupNotFound, GroupsUnavailable, PartitionNotFound, TopicNotFound } from './errors.js';
import type { GroupView, HttpSource } from './source.js';

/** One partition of a topic. */
export interface PartitionJson {
  partition: number;
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  /** ISR smaller than the replica set. */
  underReplicated: boolean;
  /** First offset in the log (inclusive); null when not hosted here. */
  logStartOffset: number | null;
  /** Next offset to be written (exclusive end of the log). */
  logEndOffset: number | null;
  /** Exclusive end of what consumers may read. */
  highWatermark: number | null;
  /** Bytes of all segments. */
  size: number | null;
  segments: number | null;
}

/** A topic in the list. */
export interface TopicSummaryJson {
  name: string;
  topicId: string;
  internal: boolean;
  partitions: number;
  replicationFactor: number;
  /** Records currently held: sum over partitions of logEndOffset − logStartOffset (hosted here). */
  messages: number;
  size: number;
  underReplicatedPartitions: number;
  /** Since this broker started. */
  messagesIn: number;
  bytesIn: number;
  messagesOut: number;
  bytesOut: number;
}

/** GET /api/cluster */
export function clusterView(src: HttpSource): Record<string, unknown> {
  const s = src.services;
  const md = s.metadata;
  const topics = md.topics();
  let partitions = 0;
  for (const t of topics) partitions += t.partitions.length;
  const groups = src.groups();
  return {
    clusterId: s.clusterId,
    brokerId: s.brokerId,
    controllerId: md.controllerId,
    isController: md.controllerId === s.brokerId,
    brokers: md.brokers().map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack })),
    listeners: src.kafkaAddresses(),
    topics: topics.length,
    partitions,
    underReplicatedPartitions: underReplicated(s.replicas),
    offlinePartitions: offlinePartitions(md),
    connections: src.connectionCount(),
    groups: groups ? groups.list().length : null,
    startedAt: new Date(src.startedAt).toISOString(),
    uptimeMs: Date.now() - src.startedAt,
    version: VERSION,
  };
}

/** The package version, from the nearest package.json above this file (sources or dist/). */
const VERSION = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'tributary' && pkg.version) return pkg.version;
    } catch {
      // not here; look one level up
    }
  }
  return 'unknown';
})();

function partitionJson(src: HttpSource, topic: string, p: TopicRecord['partitions'][number]): PartitionJson {
  const local = src.services.replicas.get(topic, p.partition);
  const log = local?.log;
  return {
    partition: p.partition,
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    replicas: [...p.replicas],
    isr: [...p.isr],
    underReplicated: p.isr.length < p.replicas.length,
    logStartOffset: log ? log.logStartOffset : null,
    logEndOffset: log ? log.logEndOffset : null,
    highWatermark: log ? log.highWatermark : null,
    size: log ? log.size : null,
    segments: log ? log.segmentCount : null,
  };
}

function summary(src: HttpSource, t: TopicRecord): TopicSummaryJson {
  let messages = 0;
  let size = 0;
  let urp = 0;
  for (const p of t.partitions) {
    const log = src.services.replicas.get(t.name, p.partition)?.log;
    if (log) {
      messages += log.logEndOffset - log.logStartOffset;
      size += log.size;
    }
    if (p.isr.length < p.replicas.length) urp++;
  }
  const m = src.metrics.topics.peek(t.name);
  return {
    name: t.name,
    topicId: t.topicId,
    internal: t.internal,
    partitions: t.partitions.length,
    replicationFactor: t.partitions[0]?.replicas.length ?? 0,
    messages,
    size,
    underReplicatedPartitions: urp,
    messagesIn: m?.messagesIn ?? 0,
    bytesIn: m?.bytesIn ?? 0,
    messagesOut: m?.messagesOut ?? 0,
    bytesOut: m?.bytesOut ?? 0,
  };
}

/** GET /api/topics */
export function topicsView(src: HttpSource, includeInternal: boolean): { topics: TopicSummaryJson[] } {
  const out: TopicSummaryJson[] = [];
  for (const t of src.services.metadata.topics()) if (includeInternal || !t.internal) out.push(summary(src, t));
  return { topics: out };
}

/** The topic or TRB_ERR_TOPIC_NOT_FOUND. */
export function requireTopic(src: HttpSource, name: string): TopicRecord {
  const t = src.services.metadata.topic(name);
  if (!t) throw new TopicNotFound(name);
  return t;
}

/** The partition's metadata or TRB_ERR_PARTITION_NOT_FOUND. */
export function requirePartition(t: TopicRecord, partition: number): TopicRecord['partitions'][number] {
  const p = t.partitions.find((x) => x.partition === partition);
  if (!p) throw new PartitionNotFound(t.name, partition);
  return p;
}

/** GET /api/topics/:name */
export function topicView(src: HttpSource, name: string): Record<string, unknown> {
  const t = requireTopic(src, name);
  const overrides = t.configs;
  const configs: Record<string, { value: string; source: 'topic' | 'default' }> = {};
  for (const [k, v] of Object.entries(src.services.topicDefaults)) configs[k] = { value: v, source: 'default' };
  for (const [k, v] of Object.entries(overrides)) configs[k] = { value: v, source: 'topic' };
  return {
    ...summary(src, t),
    partitionDetails: t.partitions.map((p) => partitionJson(src, t.name, p)),
    configs,
  };
}

/** One partition's lag in a group. */
export interface LagJson {
  topic: string;
  partition: number;
  /** Committed offset (the next record the group will read), null when none. */
  committedOffset: number | null;
  /** What ListOffsets(latest) answers: the high watermark. Null when the log is not here. */
  logEndOffset: number | null;
  /** logEndOffset − committedOffset (≥ 0); null when either is unknown. */
  lag: number | null;
  /** Member the partition is assigned to, null when unassigned. */
  memberId: string | null;
  clientId: string | null;
}

/** Lag per partition for every committed or assigned partition of a group. */
export function groupLag(src: HttpSource, g: GroupView): LagJson[] {
  const rows = new Map<string, LagJson>();
  const row = (topic: string, partition: number): LagJson => {
    const k = `${topic}\u0000${partition}`;
    let r = rows.get(k);
    if (!r) {
      const log = src.services.replicas.get(topic, partition)?.log;
      r = {
        topic,
        partition,
        committedOffset: null,
        logEndOffset: log ? log.highWatermark : null,
        lag: null,
        memberId: null,
        clientId: null,
      };
      rows.set(k, r);
    }
    return r;
  };
  for (const o of g.offsets) row(o.topic, o.partition).committedOffset = o.offset;
  for (const m of g.members) {
    for (const a of m.assignment) {
      for (const p of a.partitions) {
        const r = row(a.topic, p);
        r.memberId = m.memberId;
        r.clientId = m.clientId;
      }
    }
  }
  const out = [...rows.values()];
  for (const r of out) if (r.committedOffset !== null && r.logEndOffset !== null) r.lag = Math.max(0, r.logEndOffset - r.committedOffset);
  out.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
  return out;
}

/** Sum of the known lags of a group. */
export function totalLag(rows: readonly LagJson[]): number {
  let n = 0;
  for (const r of rows) if (r.lag !== null) n += r.lag;
  return n;
}

/** GET /api/groups */
export function groupsView(src: HttpSource): Record<string, unknown> {
  const groups = src.groups();
  if (!groups) throw new GroupsUnavailable();
  return {
    groups: groups.list().map((g) => ({
      groupId: g.groupId,
      state: g.state,
      protocolType: g.protocolType,
      protocol: g.protocol,
      generationId: g.generationId,
      members: g.members.length,
      totalLag: totalLag(groupLag(src, g)),
    })),
  };
}

/** GET /api/groups/:id */
export function groupView(src: HttpSource, groupId: string): Record<string, unknown> {
  const groups = src.groups();
  if (!groups) throw new GroupsUnavailable();
  const g = groups.get(groupId);
  if (!g) throw new GroupNotFound(groupId);
  const lag = groupLag(src, g);
  return {
    groupId: g.groupId,
    state: g.state,
    protocolType: g.protocolType,
    protocol: g.protocol,
    generationId: g.generationId,
    leaderId: g.leaderId,
    members: g.members,
    lag,
    totalLag: totalLag(lag),
  };
}
