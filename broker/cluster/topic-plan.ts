/**
 * Validation and replica planning of CreateTopics and CreatePartitions for
 * both controllers (local and ZooKeeper), with Kafka's checks and messages: topic name,
 * manual assignments (consecutive partitions, known brokers, no duplicate
 * replica), partition count and replication factor against the live brokers
 * (INVALID_REPLICATION_FACTOR when larger), and topic configs.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { logConfigFromProperties } from '../log/log-config.js';
import type { AdminResult, ControllerSettings, CreateTopicSpec } from './controller.js';
import type { BrokerInfo } from './metadata-cache.js';
import { assignReplicas } from './replica-assignment.js';

const LEGAL_TOPIC = /^[a-zA-Z0-9._-]+$/;

/** Kafka's topic name rule; returns the problem or null. */
export function topicNameProblem(name: string): string | null {
  if (name.length === 0) return "Topic name is illegal, it can't be empty";
  if (name === '.' || name === '..') return 'Topic name cannot be "." or ".."';
  if (name.length > 249) return `Topic name is illegal, it can't be longer than 249 characters, topic name: ${name}`;
  if (!LEGAL_TOPIC.test(name))
    return `Topic name "${name}" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'`;
  return null;
}

/**
 * Kafka refuses a topic whose name equals an existing one's once '.' and '_'
 * are treated alike (their metric names would collide): the message, or null.
 */
export function topicCollision(name: string, existing: Iterable<{ name: string }>): string | null {
  const key = name.replaceAll('.', '_');
  for (const t of existing)
    if (t.name !== name && t.name.replaceAll('.', '_') === key) return `Topic '${name}' collides with existing topic: ${t.name}`;
  return null;
}

/** A validated plan, or the failure to answer. */
export type Plan<T> = { ok: true; value: T } | { ok: false; result: AdminResult };

function fail<T>(errorCode: number, errorMessage: string): Plan<T> {
  return { ok: false, result: { errorCode, errorMessage } };
}

/** The problem with a set of topic config overrides over the broker's topic defaults, or null. */
export function configProblem(settings: ControllerSettings, configs: Record<string, string>): string | null {
  try {
    logConfigFromProperties({ ...settings.topicDefaults, ...configs });
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

/** Replica lists (by partition) for a new topic. */
export function planTopic(spec: CreateTopicSpec, brokers: readonly BrokerInfo[], settings: ControllerSettings): Plan<number[][]> {
  const problem = topicNameProblem(spec.name);
  if (problem) return fail(ErrorCode.INVALID_TOPIC_EXCEPTION, problem);
  const ids = brokers.map((b) => b.nodeId);
  let replicas: number[][];
  if (spec.assignments.length > 0) {
    if (spec.numPartitions !== -1 || spec.replicationFactor !== -1) {
      return fail(
        ErrorCode.INVALID_REQUEST,
        'Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at the same time.',
      );
    }
    const sorted = [...spec.assignments].sort((a, b) => a.partitionIndex - b.partitionIndex);
    for (let i = 0; i < sorted.length; i++) {
      if (sorted[i].partitionIndex !== i)
        return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, 'Partitions should be a consecutive 0-based integer sequence');
      const unknown = sorted[i].brokerIds.find((b) => !ids.includes(b));
      if (unknown !== undefined)
        return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Unknown broker ${unknown} in the assignment of partition ${i}`);
      if (new Set(sorted[i].brokerIds).size !== sorted[i].brokerIds.length || sorted[i].brokerIds.length === 0) {
        return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Invalid replica list for partition ${i}`);
      }
    }
    replicas = sorted.map((a) => [...a.brokerIds]);
  } else {
    const n = spec.numPartitions === -1 ? settings.defaultPartitions : spec.numPartitions;
    const rf = spec.replicationFactor === -1 ? settings.defaultReplicationFactor : spec.replicationFactor;
    if (n <= 0) return fail(ErrorCode.INVALID_PARTITIONS, 'Number of partitions must be larger than 0.');
    if (rf <= 0) return fail(ErrorCode.INVALID_REPLICATION_FACTOR, 'Replication factor must be larger than 0.');
    if (rf > brokers.length)
      return fail(ErrorCode.INVALID_REPLICATION_FACTOR, `Replication factor: ${rf} larger than available brokers: ${brokers.length}.`);
    replicas = assignReplicas(brokers, n, rf, 0);
  }
  const bad = configProblem(settings, spec.configs);
  if (bad) return fail(ErrorCode.INVALID_CONFIG, bad);
  return { ok: true, value: replicas };
}

/** Replica lists of the partitions added when growing from `have` to `count`. */
export function planPartitions(
  have: number,
  rf: number,
  count: number,
  assignments: number[][] | null,
  brokers: readonly BrokerInfo[],
  partition0Leader?: number,
): Plan<number[][]> {
  if (count < have)
    return fail(ErrorCode.INVALID_PARTITIONS, `Topic currently has ${have} partitions, which is higher than the requested ${count}.`);
  if (count === have) return fail(ErrorCode.INVALID_PARTITIONS, `Topic already has ${have} partitions.`);
  if (assignments) {
    if (assignments.length !== count - have) {
      return fail(
        ErrorCode.INVALID_REPLICA_ASSIGNMENT,
        `Increasing the number of partitions by ${count - have} but ${assignments.length} assignments provided.`,
      );
    }
    const known = new Set(brokers.map((b) => b.nodeId));
    const unknown = assignments.flat().find((b) => !known.has(b));
    if (unknown !== undefined) return fail(ErrorCode.INVALID_REPLICA_ASSIGNMENT, `Unknown broker ${unknown} in the assignment`);
    return { ok: true, value: assignments };
  }
  if (rf > brokers.length) return fail(ErrorCode.INVALID_REPLICATION_FACTOR, `Replication factor ${rf} larger than available brokers.`);
  return { ok: true, value: assignReplicas(brokers, count - have, rf, have, partition0Leader) };
}
