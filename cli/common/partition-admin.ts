/**
 * Partition-level admin requests over the lean client (client/), for
 * kafka-leader-election and kafka-reassign-partitions: ElectLeaders,
 * AlterPartitionReassignments, ListPartitionReassignments (sent to the
 * controller, again after a NOT_CONTROLLER once metadata is refreshed, as
 * Kafka's AdminClient does), the current replica assignment from Metadata,
 * and config changes through IncrementalAlterConfigs (the throttles).
 * Failures carry Kafka's error names; exceptionText() formats one as the
 * Java tools print it.
 */
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode, errorName } from '../../protocol/generated/errors.js';
import { encodeElectLeadersRequest } from '../../protocol/generated/elect-leaders-request.js';
import { decodeElectLeadersResponse } from '../../protocol/generated/elect-leaders-response.js';
import { encodeAlterPartitionReassignmentsRequest } from '../../protocol/generated/alter-partition-reassignments-request.js';
import { decodeAlterPartitionReassignmentsResponse } from '../../protocol/generated/alter-partition-reassignments-response.js';
import { encodeListPartitionReassignmentsRequest } from '../../protocol/generated/list-partition-reassignments-request.js';
import { decodeListPartitionReassignmentsResponse } from '../../protocol/generated/list-partition-reassignments-response.js';
import { encodeIncrementalAlterConfigsRequest } from '../../protocol/generated/incremental-alter-configs-request.js';
import { decodeIncrementalAlterConfigsResponse } from '../../protocol/generated/incremental-alter-configs-response.js';
import type { KafkaClient } from '../../client/index.js';
import { ToolError } from './tool.js';

/** A topic-partition. */
export interface TopicPartitionRef {
  topic: string;
  partition: number;
}

/** A per-partition outcome (errorCode 0: done). */
export interface PartitionOutcome extends TopicPartitionRef {
  errorCode: number;
  errorMessage: string | null;
}

/** A reassignment in progress. */
export interface Reassigning extends TopicPartitionRef {
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

/** Kafka's "topic-partition" text. */
export function tpText(tp: TopicPartitionRef): string {
  return `${tp.topic}-${tp.partition}`;
}

/** Orders by topic, then partition (Kafka's tools sort their output this way). */
export function compareTp(a: TopicPartitionRef, b: TopicPartitionRef): number {
  return a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition;
}

/** The Java exception a Kafka error code becomes: "org.apache.kafka.common.errors.<Name>Exception: <message>". */
export function exceptionText(code: number, message: string | null): string {
  const name = errorName(code)
    .replace(/_EXCEPTION$/, '')
    .toLowerCase()
    .replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  return `org.apache.kafka.common.errors.${name}Exception: ${message ?? defaultMessage(code)}`;
}

function defaultMessage(code: number): string {
  switch (code) {
    case ErrorCode.ELECTION_NOT_NEEDED:
      return 'Leader election not needed for topic partition.';
    case ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE:
      return 'The preferred leader was not available.';
    case ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE:
      return 'Eligible topic partition leaders are not available.';
    case ErrorCode.NO_REASSIGNMENT_IN_PROGRESS:
      return 'No partition reassignment is in progress.';
    case ErrorCode.UNKNOWN_TOPIC_OR_PARTITION:
      return 'This server does not host this topic-partition.';
    default:
      return errorName(code);
  }
}

function groupByTopic(refs: readonly TopicPartitionRef[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of refs) {
    const list = out.get(r.topic);
    if (list) list.push(r.partition);
    else out.set(r.topic, [r.partition]);
  }
  return out;
}

/** Sends to the controller; after NOT_CONTROLLER (the controller moved) asks again, a few times. */
async function atController<T>(
  cluster: KafkaClient,
  op: (c: Awaited<ReturnType<KafkaClient['controllerConnection']>>) => Promise<{ notController: boolean; value: T }>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const r = await op(await cluster.controllerConnection());
    if (!r.notController) return r.value;
    if (attempt >= 5) throw new ToolError('Error: the controller kept moving; try again');
    await cluster.refreshMetadata([]);
    await new Promise((res) => setTimeout(res, 200 * (attempt + 1)));
  }
}

/** ElectLeaders (null partitions: all); one outcome per partition the controller answered for. */
export async function electLeaders(
  cluster: KafkaClient,
  type: 'preferred' | 'unclean',
  partitions: TopicPartitionRef[] | null,
): Promise<PartitionOutcome[]> {
  return atController(cluster, async (c) => {
    const res = await c.send(
      ApiKey.ElectLeaders,
      (w, v) =>
        encodeElectLeadersRequest(w, v, {
          electionType: type === 'preferred' ? 0 : 1,
          topicPartitions: partitions === null ? null : [...groupByTopic(partitions)].map(([topic, ps]) => ({ topic, partitions: ps })),
          timeoutMs: 30_000,
        }),
      decodeElectLeadersResponse,
    );
    const out: PartitionOutcome[] = [];
    for (const t of res.replicaElectionResults)
      for (const p of t.partitionResult)
        out.push({ topic: t.topic, partition: p.partitionId, errorCode: p.errorCode, errorMessage: p.errorMessage });
    if (res.errorCode === ErrorCode.NOT_CONTROLLER || out.some((o) => o.errorCode === ErrorCode.NOT_CONTROLLER))
      return { notController: true, value: [] };
    if (res.errorCode !== ErrorCode.NONE) throw new ToolError(`Error: ${exceptionText(res.errorCode, null)}`);
    return { notController: false, value: out };
  });
}

/** AlterPartitionReassignments (null replicas cancel); one outcome per partition. */
export async function alterReassignments(
  cluster: KafkaClient,
  requests: readonly (TopicPartitionRef & { replicas: number[] | null })[],
): Promise<PartitionOutcome[]> {
  const byTopic = new Map<string, { partitionIndex: number; replicas: number[] | null }[]>();
  for (const r of requests) {
    let list = byTopic.get(r.topic);
    if (!list) byTopic.set(r.topic, (list = []));
    list.push({ partitionIndex: r.partition, replicas: r.replicas });
  }
  return atController(cluster, async (c) => {
    const res = await c.send(
      ApiKey.AlterPartitionReassignments,
      (w, v) =>
        encodeAlterPartitionReassignmentsRequest(w, v, {
          timeoutMs: 30_000,
          topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })),
        }),
      decodeAlterPartitionReassignmentsResponse,
    );
    if (res.errorCode === ErrorCode.NOT_CONTROLLER) return { notController: true, value: [] };
    if (res.errorCode !== ErrorCode.NONE) throw new ToolError(`Error: ${exceptionText(res.errorCode, res.errorMessage)}`);
    const out: PartitionOutcome[] = [];
    for (const t of res.responses)
      for (const p of t.partitions)
        out.push({ topic: t.name, partition: p.partitionIndex, errorCode: p.errorCode, errorMessage: p.errorMessage });
    return { notController: false, value: out };
  });
}

/** ListPartitionReassignments among `partitions` (null: all). */
export async function listReassignments(cluster: KafkaClient, partitions: TopicPartitionRef[] | null): Promise<Reassigning[]> {
  return atController(cluster, async (c) => {
    const res = await c.send(
      ApiKey.ListPartitionReassignments,
      (w, v) =>
        encodeListPartitionReassignmentsRequest(w, v, {
          timeoutMs: 30_000,
          topics:
            partitions === null ? null : [...groupByTopic(partitions)].map(([name, partitionIndexes]) => ({ name, partitionIndexes })),
        }),
      decodeListPartitionReassignmentsResponse,
    );
    if (res.errorCode === ErrorCode.NOT_CONTROLLER) return { notController: true, value: [] };
    if (res.errorCode !== ErrorCode.NONE) throw new ToolError(`Error: ${exceptionText(res.errorCode, res.errorMessage)}`);
    const out: Reassigning[] = [];
    for (const t of res.topics)
      for (const p of t.partitions)
        out.push({
          topic: t.name,
          partition: p.partitionIndex,
          replicas: p.replicas,
          addingReplicas: p.addingReplicas,
          removingReplicas: p.removingReplicas,
        });
    return { notController: false, value: out.sort(compareTp) };
  });
}

/** The replicas of every partition of `topics` (Metadata), by "topic-partition"; a ToolError names a missing topic. */
export async function currentAssignment(
  cluster: KafkaClient,
  topics: readonly string[],
): Promise<Map<string, TopicPartitionRef & { replicas: number[] }>> {
  const md = await cluster.refreshMetadata([...topics]);
  const out = new Map<string, TopicPartitionRef & { replicas: number[] }>();
  for (const t of md.topics) {
    if (t.name === null) continue;
    if (t.errorCode !== ErrorCode.NONE) throw new ToolError(`Error: Topic ${t.name} not found (${errorName(t.errorCode)})`);
    for (const p of t.partitions)
      out.set(tpText({ topic: t.name, partition: p.partitionIndex }), {
        topic: t.name,
        partition: p.partitionIndex,
        replicas: p.replicaNodes,
      });
  }
  return out;
}

/** One config change of IncrementalAlterConfigs: a value to set, or null to delete the key. */
export interface ConfigChange {
  resourceType: 'broker' | 'topic';
  resourceName: string;
  changes: Record<string, string | null>;
}

/**
 * IncrementalAlterConfigs; a broker's configs go to that broker (as Kafka's
 * AdminClient sends them), the rest to any broker. A ToolError names the
 * first resource that failed.
 */
export async function alterConfigs(cluster: KafkaClient, resources: readonly ConfigChange[]): Promise<void> {
  const byNode = new Map<number, ConfigChange[]>();
  for (const r of resources) {
    const node = r.resourceType === 'broker' && /^\d+$/.test(r.resourceName) ? Number(r.resourceName) : -1;
    let list = byNode.get(node);
    if (!list) byNode.set(node, (list = []));
    list.push(r);
  }
  for (const [node, list] of byNode) {
    const c = node >= 0 ? await cluster.nodeConnection(node) : await cluster.anyConnection();
    const res = await c.send(
      ApiKey.IncrementalAlterConfigs,
      (w, v) =>
        encodeIncrementalAlterConfigsRequest(w, v, {
          resources: list.map((r) => ({
            resourceType: r.resourceType === 'broker' ? 4 : 2,
            resourceName: r.resourceName,
            configs: Object.entries(r.changes).map(([name, value]) => ({ name, configOperation: value === null ? 1 : 0, value })),
          })),
          validateOnly: false,
        }),
      decodeIncrementalAlterConfigsResponse,
    );
    for (const r of res.responses)
      if (r.errorCode !== ErrorCode.NONE)
        throw new ToolError(
          `Error: could not change the configs of ${r.resourceType === 4 ? 'broker' : 'topic'} ${r.resourceName}: ${exceptionText(r.errorCode, r.errorMessage)}`,
        );
  }
}
