/**
 * What kafka-consumer-groups needs from the cluster, gathered with the kafkajs
 * admin client (ListGroups, DescribeGroups, OffsetFetch, OffsetCommit,
 * DeleteGroups, ListOffsets) and the lean client of client/
 * (FindCoordinator for --state, OffsetDelete for --delete-offsets, which
 * kafkajs lacks).
 */
import kafkajs from 'kafkajs';
import type { Admin } from 'kafkajs';
import { errorName } from '../../protocol/generated/errors.js';
import { GroupApi, type KafkaClient, type TopicPartition } from '../../client/index.js';
import { ToolError } from './tool.js';

// kafkajs is CommonJS; Node's ESM loader only exposes its default export reliably.
const { AssignerProtocol } = kafkajs;

/** One member of a group with its assignment. */
export interface GroupMember {
  consumerId: string;
  host: string;
  clientId: string;
  groupInstanceId: string;
  assignment: TopicPartition[];
}

/** A described group. */
export interface GroupInfo {
  groupId: string;
  /** Kafka's state names: Stable, Empty, Dead, PreparingRebalance, CompletingRebalance. */
  state: string;
  protocol: string;
  members: GroupMember[];
}

/** Every consumer group id (protocol type "consumer" or empty), sorted. */
export async function listGroupIds(admin: Admin): Promise<string[]> {
  const { groups } = await admin.listGroups();
  return groups
    .filter((g) => g.protocolType === 'consumer' || g.protocolType === '')
    .map((g) => g.groupId)
    .sort();
}

function decodeAssignment(buf: Buffer | null | undefined): TopicPartition[] {
  if (!buf || buf.length === 0) return [];
  try {
    const decoded = AssignerProtocol.MemberAssignment.decode(buf);
    const out: TopicPartition[] = [];
    for (const [topic, partitions] of Object.entries(decoded?.assignment ?? {}))
      for (const partition of partitions) out.push({ topic, partition });
    return out;
  } catch {
    return [];
  }
}

/** Describes groups; a group the coordinator does not know comes back with state "Dead". */
export async function describeGroups(admin: Admin, ids: readonly string[]): Promise<GroupInfo[]> {
  const { groups } = await admin.describeGroups([...ids]);
  return groups.map((g) => ({
    groupId: g.groupId,
    state: g.state,
    protocol: g.protocol,
    members: g.members.map((m) => ({
      consumerId: m.memberId,
      host: m.clientHost,
      clientId: m.clientId,
      groupInstanceId: (m as { groupInstanceId?: string | null }).groupInstanceId ?? '',
      assignment: decodeAssignment(m.memberAssignment),
    })),
  }));
}

/** Committed offsets of a group per "topic-partition" (partitions without a commit are left out). */
export async function committedOffsets(
  admin: Admin,
  groupId: string,
  topics?: string[],
): Promise<Map<string, { tp: TopicPartition; offset: number }>> {
  const res = await admin.fetchOffsets(topics ? { groupId, topics } : { groupId });
  const out = new Map<string, { tp: TopicPartition; offset: number }>();
  for (const t of res) {
    for (const p of t.partitions) {
      const offset = Number(p.offset);
      if (offset >= 0) out.set(`${t.topic}-${p.partition}`, { tp: { topic: t.topic, partition: p.partition }, offset });
    }
  }
  return out;
}

/** Low and high watermarks of every partition of `topics`, per "topic-partition". */
export async function watermarks(admin: Admin, topics: readonly string[]): Promise<Map<string, { low: number; high: number }>> {
  const out = new Map<string, { low: number; high: number }>();
  for (const topic of new Set(topics)) {
    const offs = await admin.fetchTopicOffsets(topic);
    for (const o of offs) out.set(`${topic}-${o.partition}`, { low: Number(o.low), high: Number(o.high) });
  }
  return out;
}

/** The first offset with a timestamp at or after `ts` per partition of `topic` (the log end when none). */
export async function offsetsForTime(admin: Admin, topic: string, ts: number): Promise<Map<number, number>> {
  const offs = await admin.fetchTopicOffsetsByTimestamp(topic, ts);
  return new Map(offs.map((o) => [o.partition, Number(o.offset)]));
}

/** The partitions of `topic` (a ToolError when the topic does not exist). */
export async function topicPartitions(admin: Admin, topic: string): Promise<number[]> {
  try {
    const meta = await admin.fetchTopicMetadata({ topics: [topic] });
    return meta.topics[0].partitions.map((p) => p.partitionId).sort((a, b) => a - b);
  } catch {
    throw new ToolError(
      `Error: Executing consumer group command failed due to This server does not host this topic-partition. (topic '${topic}')`,
    );
  }
}

/** Deletes committed offsets of `tps` from `groupId`; resolves the top-level and per-partition error codes. */
export function deleteOffsets(
  cluster: KafkaClient,
  groupId: string,
  tps: readonly TopicPartition[],
): Promise<{ errorCode: number; partitions: Map<string, number> }> {
  return new GroupApi(cluster, groupId).offsetDelete([...tps]);
}

/** The coordinator broker of `groupId`. */
export function groupCoordinator(cluster: KafkaClient, groupId: string): Promise<{ nodeId: number; host: string; port: number }> {
  return new GroupApi(cluster, groupId).findCoordinatorNode();
}

/** Kafka's message for an error code (OffsetDelete results). */
export function errorText(code: number): string {
  switch (code) {
    case 69:
      return 'The group id does not exist.';
    case 68:
      return 'The group is not empty.';
    case 86:
      return 'The consumer group is actively subscribed to the topic.';
    case 3:
      return 'This server does not host this topic-partition.';
    default:
      return errorName(code);
  }
}

/**
 * Parses an ISO-8601 duration as --by-duration takes it ("PT1H30M", "P1DT2H",
 * "PT0.5S") into milliseconds; a ToolError for anything else.
 */
export function parseDuration(s: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(s.trim());
  if (!m || s.trim().toUpperCase() === 'P' || s.trim().toUpperCase() === 'PT')
    throw new ToolError(`Error: --by-duration: '${s}' is not an ISO-8601 duration (e.g. PT1H, P1DT2H30M)`);
  const [, d, h, min, sec] = m;
  return ((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(min ?? 0)) * 60_000 + Number(sec ?? 0) * 1000;
}

/**
 * Parses a --to-datetime value: 'YYYY-MM-DDTHH:mm:SS.sss', optionally with a
 * zone ('Z', '+01:00'); without a zone it is local time, as in Kafka.
 */
export function parseDateTime(s: string): number {
  const t = s.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})?$/.test(t)) {
    throw new ToolError(
      `Error: --to-datetime: '${s}' is not in the format 'YYYY-MM-DDTHH:mm:SS.sss' (optionally followed by a zone such as Z or +01:00)`,
    );
  }
  const ms = Date.parse(t.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(ms)) throw new ToolError(`Error: --to-datetime: '${s}' is not a valid date`);
  return ms;
}
