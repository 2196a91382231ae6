/**
 * The JSON the API answers: the whole cluster as this broker sees it
 * (ClusterView: metadata, its own logs and groups, and what the other
 * brokers answered). Offsets are numbers (safe integers internally, see
 * STYLE); ranges are stated per field. Offsets of a partition come from its
 * leader; sizes and segment counts are those of this broker's replica (no
 * Kafka request answers them for another broker's disk).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TopicRecord } from '../cluster/metadata-store.js';
import { offlinePartitions } from '../metrics/broker-metrics.js';
import { GroupNotFound, GroupsUnavailable, PartitionNotFound, TopicNotFound } from './errors.js';
import type { ClusterGroup, ClusterSnapshot, ClusterView } from './cluster-view.js';
import type { GroupView, HttpSource } from './source.js';

/** One partition of a topic. */
export interface PartitionJson {
  partition: number;
  /** Leader broker id, -1 when the partition is offline. */
  leader: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  /** ISR smaller than the replica set (Kafka's definition). */
  underReplicated: boolean;
  /** No leader: nobody can read or write it. */
  offline: boolean;
  /** Replicas on brokers that are down. */
  downReplicas: number[];
  /** A replica of it is on this broker (the live tail can follow it). */
  local: boolean;
  /** First offset in the log (inclusive), from the leader; null when the leader did not answer. */
  logStartOffset: number | null;
  /** Next offset to be written (exclusive end of the log); known only when this broker leads the partition. */
  logEndOffset: number | null;
  /** Exclusive end of what consumers may read, from the leader; null when the leader did not answer. */
  highWatermark: number | null;
  /** Exclusive end of what read_committed consumers may read (the last stable offset), from the leader; null when unknown. */
  lastStableOffset: number | null;
  /** highWatermark − lastStableOffset: records held back from read_committed consumers by open transactions; null when unknown. */
  lsoLag: number | null;
  /** Log end offset of this broker's replica (exclusive; a follower's shows how far it has copied); null when it has none. */
  replicaLogEndOffset: number | null;
  /** Bytes of the segments of this broker's replica; null when it has none. */
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
  /** Records consumers can read: sum over partitions of highWatermark − logStartOffset (from the leaders that answered). */
  messages: number;
  /** Bytes on this broker's disks. */
  size: number;
  underReplicatedPartitions: number;
  offlinePartitions: number;
  /** Through this broker, since it started. */
  messagesIn: number;
  bytesIn: number;
  messagesOut: number;
  bytesOut: number;
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

/** GET /api/cluster */
export function clusterView(src: HttpSource, snap: ClusterSnapshot): Record<string, unknown> {
  const s = src.services;
  const md = s.metadata;
  const topics = md.topics();
  let partitions = 0;
  let urp = 0;
  for (const t of topics) {
    partitions += t.partitions.length;
    for (const p of t.partitions) if (p.isr.length < p.replicas.length) urp++;
  }
  return {
    clusterId: s.clusterId,
    brokerId: s.brokerId,
    controllerId: md.controllerId,
    isController: md.controllerId === s.brokerId,
    brokers: snap.brokers,
    brokersDown: snap.brokers.filter((b) => b.status === 'down').length,
    listeners: src.kafkaAddresses(),
    topics: topics.length,
    partitions,
    underReplicatedPartitions: urp,
    offlinePartitions: offlinePartitions(md),
    connections: src.connectionCount(),
    groups: src.groups() ? snap.groups.length : null,
    startedAt: new Date(src.startedAt).toISOString(),
    uptimeMs: Date.now() - src.startedAt,
    version: VERSION,
  };
}

function downSet(snap: ClusterSnapshot): Set<number> {
  const down = new Set<number>();
  for (const b of snap.brokers) if (b.status === 'down') down.add(b.nodeId);
  return down;
}

function partitionJson(
  src: HttpSource,
  view: ClusterView,
  snap: ClusterSnapshot,
  down: Set<number>,
  topic: string,
  p: TopicRecord['partitions'][number],
): PartitionJson {
  const local = src.services.replicas.get(topic, p.partition)?.log;
  const o = p.leader >= 0 ? view.leaderOffsets(snap, topic, p.partition) : null;
  return {
    partition: p.partition,
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    replicas: [...p.replicas],
    isr: [...p.isr],
    underReplicated: p.isr.length < p.replicas.length,
    offline: p.leader < 0,
    downReplicas: p.replicas.filter((r) => down.has(r)),
    local: local !== undefined,
    logStartOffset: o ? o.logStartOffset : null,
    logEndOffset: o ? o.logEndOffset : null,
    highWatermark: o ? o.highWatermark : null,
    lastStableOffset: o ? o.lastStableOffset : null,
    lsoLag: o ? o.highWatermark - o.lastStableOffset : null,
    replicaLogEndOffset: local ? local.logEndOffset : null,
    size: local ? local.size : null,
    segments: local ? local.segmentCount : null,
  };
}

function summary(src: HttpSource, view: ClusterView, snap: ClusterSnapshot, t: TopicRecord): TopicSummaryJson {
  let messages = 0;
  let size = 0;
  let urp = 0;
  let offline = 0;
  for (const p of t.partitions) {
    const o = p.leader >= 0 ? view.leaderOffsets(snap, t.name, p.partition) : null;
    if (o) messages += Math.max(0, o.highWatermark - o.logStartOffset);
    const log = src.services.replicas.get(t.name, p.partition)?.log;
    if (log) size += log.size;
    if (p.isr.length < p.replicas.length) urp++;
    if (p.leader < 0) offline++;
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
    offlinePartitions: offline,
    messagesIn: m?.messagesIn ?? 0,
    bytesIn: m?.bytesIn ?? 0,
    messagesOut: m?.messagesOut ?? 0,
    bytesOut: m?.bytesOut ?? 0,
  };
}

/** GET /api/topics */
export function topicsView(
  src: HttpSource,
  view: ClusterView,
  snap: ClusterSnapshot,
  includeInternal: boolean,
): { topics: TopicSummaryJson[] } {
  const out: TopicSummaryJson[] = [];
  for (const t of src.services.metadata.topics()) if (includeInternal || !t.internal) out.push(summary(src, view, snap, t));
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
export function topicView(src: HttpSource, view: ClusterView, snap: ClusterSnapshot, name: string): Record<string, unknown> {
  const t = requireTopic(src, name);
  const configs: Record<string, { value: string; source: 'topic' | 'default' }> = {};
  for (const [k, v] of Object.entries(src.services.topicDefaults)) configs[k] = { value: v, source: 'default' };
  for (const [k, v] of Object.entries(t.configs)) configs[k] = { value: v, source: 'topic' };
  const down = downSet(snap);
  return {
    ...summary(src, view, snap, t),
    partitionDetails: t.partitions.map((p) => partitionJson(src, view, snap, down, t.name, p)),
    configs,
  };
}

/** One partition's lag in a group. */
export interface LagJson {
  topic: string;
  partition: number;
  /** Committed offset (the next record the group will read), null when none. */
  committedOffset: number | null;
  /** What ListOffsets(latest) answers: the leader's high watermark. Null when the leader did not answer. */
  logEndOffset: number | null;
  /** logEndOffset − committedOffset (≥ 0); null when either is unknown. */
  lag: number | null;
  /** Member the partition is assigned to, null when unassigned. */
  memberId: string | null;
  clientId: string | null;
}

/** Lag per partition for every committed or assigned partition of a group. */
export function groupLag(view: ClusterView, snap: ClusterSnapshot | null, g: GroupView): LagJson[] {
  const rows = new Map<string, LagJson>();
  const row = (topic: string, partition: number): LagJson => {
    const k = `${topic}\u0000${partition}`;
    let r = rows.get(k);
    if (!r) {
      const o = view.leaderOffsets(snap, topic, partition);
      r = { topic, partition, committedOffset: null, logEndOffset: o ? o.highWatermark : null, lag: null, memberId: null, clientId: null };
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

/** GET /api/groups: every group of the cluster whose coordinator answered. */
export function groupsView(src: HttpSource, view: ClusterView, snap: ClusterSnapshot): Record<string, unknown> {
  if (!src.groups()) throw new GroupsUnavailable();
  return {
    groups: snap.groups.map((g) => ({
      groupId: g.groupId,
      coordinator: g.coordinator,
      state: g.state,
      protocolType: g.protocolType,
      protocol: g.protocol,
      generationId: g.generationId,
      members: g.members.length,
      totalLag: totalLag(groupLag(view, snap, g)),
    })),
    unavailableBrokers: snap.unavailable,
  };
}

/** The group of that id in the snapshot, or TRB_ERR_GROUP_NOT_FOUND. */
export function requireGroup(src: HttpSource, snap: ClusterSnapshot, groupId: string): ClusterGroup {
  if (!src.groups()) throw new GroupsUnavailable();
  const g = snap.groups.find((x) => x.groupId === groupId);
  if (!g) throw new GroupNotFound(groupId);
  return g;
}

/** GET /api/groups/:id */
export function groupView(src: HttpSource, view: ClusterView, snap: ClusterSnapshot, groupId: string): Record<string, unknown> {
  const g = requireGroup(src, snap, groupId);
  const lag = groupLag(view, snap, g);
  return {
    groupId: g.groupId,
    coordinator: g.coordinator,
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
