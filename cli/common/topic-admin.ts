/**
 * Topic administration over the lean client (client/), for kafka-topics: create, delete,
 * add partitions, describe (metadata with topic ids plus configs). Failures
 * become TopicCommandError carrying the broker's message, or Kafka's default
 * message for the error code when the broker sent none.
 */
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode, errorName } from '../../protocol/generated/errors.js';
import type { MetadataResponse } from '../../protocol/generated/metadata-response.js';
import { encodeCreateTopicsRequest } from '../../protocol/generated/create-topics-request.js';
import { decodeCreateTopicsResponse } from '../../protocol/generated/create-topics-response.js';
import { encodeDeleteTopicsRequest } from '../../protocol/generated/delete-topics-request.js';
import { decodeDeleteTopicsResponse } from '../../protocol/generated/delete-topics-response.js';
import { encodeCreatePartitionsRequest } from '../../protocol/generated/create-partitions-request.js';
import { decodeCreatePartitionsResponse } from '../../protocol/generated/create-partitions-response.js';
import { encodeDescribeConfigsRequest } from '../../protocol/generated/describe-configs-request.js';
import { decodeDescribeConfigsResponse } from '../../protocol/generated/describe-configs-response.js';
import type { KafkaClient } from '../../client/index.js';
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
export async function createTopic(cluster: KafkaClient, t: NewTopic): Promise<void> {
  const c = await cluster.controllerConnection();
  const resp = await c.send(
    ApiKey.CreateTopics,
    (w, v) =>
      encodeCreateTopicsRequest(w, v, {
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
      }),
    decodeCreateTopicsResponse,
  );
  const r = resp.topics.find((x) => x.name === t.name) ?? resp.topics[0];
  if (r) check(r.errorCode, r.errorMessage, t.name);
}

/** Deletes topics by name. */
export async function deleteTopics(cluster: KafkaClient, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const c = await cluster.controllerConnection();
  // v6 names topics in `topics` (name or id), older versions in `topicNames`; the encoder writes the one of its version.
  const resp = await c.send(
    ApiKey.DeleteTopics,
    (w, v) =>
      encodeDeleteTopicsRequest(w, v, {
        // v6+ name topics in `topics` (by name or id), v0-v5 in `topicNames`.
        topics: v >= 6 ? names.map((name) => ({ name })) : undefined,
        topicNames: v < 6 ? [...names] : undefined,
        timeoutMs: 30_000,
      }),
    decodeDeleteTopicsResponse,
  );
  for (const r of resp.responses) check(r.errorCode, r.errorMessage, r.name ?? '');
}

/** Raises the partition count of `names` to `count` (new replica lists optional). */
export async function addPartitions(
  cluster: KafkaClient,
  names: readonly string[],
  count: number,
  assignment: number[][] | null,
): Promise<void> {
  if (names.length === 0) return;
  const c = await cluster.controllerConnection();
  const resp = await c.send(
    ApiKey.CreatePartitions,
    (w, v) =>
      encodeCreatePartitionsRequest(w, v, {
        topics: names.map((name) => ({ name, count, assignments: assignment ? assignment.map((brokerIds) => ({ brokerIds })) : null })),
        timeoutMs: 30_000,
        validateOnly: false,
      }),
    decodeCreatePartitionsResponse,
  );
  for (const r of resp.results) check(r.errorCode, r.errorMessage, r.name);
}

/** Every topic name with whether it is internal, sorted by name. */
export async function listTopics(cluster: KafkaClient): Promise<{ name: string; internal: boolean }[]> {
  const meta = await cluster.refreshMetadata(null);
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
export async function describeTopics(
  cluster: KafkaClient,
  names: readonly string[],
): Promise<{ topics: TopicDescription[]; liveBrokers: Set<number> }> {
  const meta: MetadataResponse = await cluster.refreshMetadata([...names]);
  const configs = new Map<string, TopicDescription['configs']>();
  if (names.length > 0) {
    const c = await cluster.anyConnection();
    const resp = await c.send(
      ApiKey.DescribeConfigs,
      (w, v) =>
        encodeDescribeConfigsRequest(w, v, {
          resources: names.map((resourceName) => ({ resourceType: 2, resourceName, configurationKeys: null })),
          includeSynonyms: false,
          includeDocumentation: false,
        }),
      decodeDescribeConfigsResponse,
    );
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
    if (dup.length > 0)
      throw new ToolError(
        `Error while executing topic command : Partition replica lists may not contain duplicate entries: ${dup.join(',')}`,
      );
    return { i, ids };
  });
  for (const { i, ids } of out) {
    if (ids.length !== out[0].ids.length)
      throw new ToolError(`Error while executing topic command : Partition ${i} has different replication factor: [${ids.join(', ')}]`);
  }
  return out.map((x) => x.ids);
}

/** Kafka's --config list: "key=val" each, spaces around "=" allowed. */
export function parseTopicConfigs(items: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of items) {
    const parts = item.split(/\s*=\s*/);
    if (parts.length !== 2)
      throw new ToolError('requirement failed: Invalid topic config: all configs to be added must be in the format "key=val".');
    out.set(parts[0].trim(), parts[1].trim());
  }
  return out;
}
