/**
 * Topic administration over the wire client, for kafka-topics: create, delete,
 * add partitions, describe (metadata with topic ids plus configs). Failures
 * become TopicCommandError carrying the broker's message, or Kafka's default
 * message for the error code when the broker sent none.
 */
import { ErrorCode, errorName } from '../../broker/protocol/generated/errors.js';
import type { MetadataResponse } from '../../broker/protocol/generated/metadata-response.js';
import type { CreateTopicsResponse } from '../../broker/protocol/generated/create-topics-response.js';
import type { DeleteTopicsResponse } from '../../broker/protocol/generated/delete-topics-response.js';
import type { CreatePartitionsResponse } from '../../broker/protocol/generated/create-partitions-response.js';
import type { DescribeConfigsResponse } from '../../broker/protocol/generated/describe-configs-response.js';
import type { WireCluster } from './wire-cluster.js';
import { UsageError } from './args.js';
import { ToolError } from './tool.js';

/** A failure Kafka's TopicCommand prints as "Error while executing topic command : <message>". */
export class TopicCommandError extends Error {
  constructor(
    message: string,
    readonly errorCode: number,
  ) {
    super(message);
    this.name = 'TopicCommandError';
  }
}

/** Kafka's exception message for an error code, when the broker sent none. */
function defaultMessage(code: number, topic: string): string {
  switch (code) {
    case ErrorCode.TOPIC_ALREADY_EXISTS:
      return `Topic '${topic}' already exists.`;
    case ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
      return 'This server does not host this topic-partition.';
    case ErrorCode.INVALID_TOPIC_EXCEPTION:
      return `Topic name '${topic}' is illegal.`;
    case ErrorCode.INVALID_PARTITIONS:
      return 'Number of partitions is below 1.';
    case ErrorCode.INVALID_REPLICATION_FACTOR:
      return 'Replication factor is below 1 or larger than the number of available brokers.';
    case ErrorCode.INVALID_REPLICA_ASSIGNMENT:
      return 'Replica assignment is invalid.';
    case ErrorCode.INVALID_CONFIG:
      return 'Configuration is invalid.';
    default:
      return errorName(code);
  }
}

function check(code: number, message: string | null, topic: string): void {
  if (code !== 0) throw new TopicCommandError(message || defaultMessage(code, topic), code);
}

/** What --create asks for. */
export interface NewTopic {
  name: string;
  /** -1: the broker's num.partitions. */
  partitions: number;
  /** -1: the broker's default.replication.factor. */
  replicationFactor: number;
  /** Replica lists per partition (then partitions and replication factor are -1). */
  assignment: number[][] | null;
  configs: Map<string, string>;
}

/** Creates a topic. */
export async function createTopic(cluster: WireCluster, t: NewTopic): Promise<void> {
  const resp = await cluster.sendToController<CreateTopicsResponse>('CreateTopics', 7, () => ({
    topics: [
      {
        name: t.name,
        numPartitions: t.assignment ? -1 : t.partitions,
        replicationFactor: t.assignment ? -1 : t.replicationFactor,
        assignments: (t.assignment ?? []).map((brokerIds, partitionIndex) => ({ partitionIndex, brokerIds })),
        configs: [...t.configs].map(([name, value]) => ({ name, value })),
      },
    ],
    timeoutMs: 30_000,
    validateOnly: false,
  }));
  const r = resp.topics.find((x) => x.name === t.name) ?? resp.topics[0];
  if (r) check(r.errorCode, r.errorMessage, t.name);
}

/** Deletes topics by name. */
export async function deleteTopics(cluster: WireCluster, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const resp = await cluster.sendToController<DeleteTopicsResponse>('DeleteTopics', 6, (v) =>
    v >= 6 ? { topics: names.map((name) => ({ name })), timeoutMs: 30_000 } : { topicNames: [...names], timeoutMs: 30_000 },
  );
  for (const r of resp.responses) check(r.errorCode, r.errorMessage, r.name ?? '');
}

/** Raises the partition count of `names` to `count` (new replica lists optional). */
export async function addPartitions(cluster: WireCluster, names: readonly string[], count: number, assignment: number[][] | null): Promise<void> {
  if (names.length === 0) return;
  const resp = await cluster.sendToController<CreatePartitionsResponse>('CreatePartitions', 3, () => ({
    topics: names.map((name) => ({ name, count, assignments: assignment ? assignment.map((brokerIds) => ({ brokerIds })) : null })),
    timeoutMs: 30_000,
    validateOnly: false,
  }));
  for (const r of resp.results) check(r.errorCode, r.errorMessage, r.name);
}

/** Every topic name with whether it is internal, sorted by name. */
export async function listTopics(cluster: WireCluster): Promise<{ name: string; internal: boolean }[]> {
  const meta = await cluster.metadata(null);
  return meta.topics
    .filter((t) => t.errorCode === 0 && t.name)
    .map((t) => ({ name: t.name as string, internal: t.isInternal || t.name === '__consumer_offsets' }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One topic as --describe prints it. */
export interface TopicDescription {
  name: string;
  topicId: string;
  partitions: { partition: number; leader: number; replicas: number[]; isr: number[] }[];
  /** Every config with its value and whether it is a default (source DEFAULT_CONFIG). */
  configs: { name: string; value: string | null; isDefault: boolean }[];
}

/** Describes `names` (metadata, configs) and returns the live broker ids. */
export async function describeTopics(cluster: WireCluster, names: readonly string[]): Promise<{ topics: TopicDescription[]; liveBrokers: Set<number> }> {
  const meta: MetadataResponse = await cluster.metadata([...names]);
  const configs = new Map<string, TopicDescription['configs']>();
  if (names.length > 0) {
    const resp = await cluster.sendAny<DescribeConfigsResponse>('DescribeConfigs', 4, () => ({
      resources: names.map((resourceName) => ({ resourceType: 2, resourceName, configurationKeys: null })),
      includeSynonyms: false,
      includeDocumentation: false,
    }));
    for (const r of resp.results) {
      if (r.errorCode !== 0) continue;
      configs.set(
        r.resourceName,
        r.configs.map((c) => ({ name: c.name, value: c.value, isDefault: c.configSource === 5 || (c.configSource === 0 && c.isDefault) })),
      );
    }
  }
  const topics: TopicDescription[] = [];
  for (const t of meta.topics) {
    if (t.errorCode !== 0 || !t.name) continue;
    topics.push({
      name: t.name,
      topicId: t.topicId,
      partitions: t.partitions
        .map((p) => ({ partition: p.partitionIndex, leader: p.leaderId, replicas: p.replicaNodes, isr: p.isrNodes }))
        .sort((a, b) => a.partition - b.partition),
      configs: configs.get(t.name) ?? [],
    });
  }
  topics.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { topics, liveBrokers: new Set(meta.brokers.map((b) => b.nodeId)) };
}

/** Kafka's --replica-assignment: "0:1,1:2" is partition 0 on brokers 0,1 and partition 1 on 1,2. */
export function parseReplicaAssignment(s: string): number[][] {
  const out = s.split(',').map((part, i) => {
    const ids = part.split(':').map((x) => {
      if (!/^\s*\d+\s*$/.test(x)) throw new UsageError(`Invalid replica assignment '${s}'`);
      return Number(x.trim());
    });
    const dup = ids.filter((id, j) => ids.indexOf(id) !== j);
    if (dup.length > 0) throw new ToolError(`Error while executing topic command : Partition replica lists may not contain duplicate entries: ${dup.join(',')}`);
    return { i, ids };
  });
  for (const { i, ids } of out) {
    if (ids.length !== out[0].ids.length) throw new ToolError(`Error while executing topic command : Partition ${i} has different replication factor: [${ids.join(', ')}]`);
  }
  return out.map((x) => x.ids);
}

/** Kafka's --config list: "key=val" each, spaces around "=" allowed. */
export function parseTopicConfigs(items: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of items) {
    const parts = item.split(/\s*=\s*/);
    if (parts.length !== 2) throw new ToolError('requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".');
    out.set(parts[0].trim(), parts[1].trim());
  }
  return out;
}

