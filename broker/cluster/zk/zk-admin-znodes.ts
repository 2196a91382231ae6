/**
 * The JSON of the two admin znodes older Kafka tools write and the
 * controller carries out (Kafka's layout):
 *
 * ```
 * /admin/reassign_partitions        {"version":1,"partitions":[{"topic":"t","partition":0,
 *                                     "replicas":[1,2],"log_dirs":["any","any"]}]}
 *                                   ("log_dirs" optional; written by kafka-reassign-partitions
 *                                   --zookeeper --execute, Kafka 2.4 and older)
 * /admin/preferred_replica_election {"version":1,"partitions":[{"topic":"t","partition":0}]}
 *                                   (kafka-preferred-replica-election --zookeeper)
 * ```
 *
 * Decoding is strict about the shape (a clear error names what is wrong)
 * and keeps the order of the entries.
 */
import type { PartitionRef } from '../partition-admin.js';

/** One partition of /admin/reassign_partitions. */
export interface ZkReassignment extends PartitionRef {
  replicas: number[];
  /** Kafka's per-replica log dirs ("any" when unspecified); kept when rewriting the znode. */
  logDirs?: string[];
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

function partitionsOf(text: string, what: string): unknown[] {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new Error(`${what}: not JSON: ${(err as Error).message}`);
  }
  const parts = (v as { partitions?: unknown } | null)?.partitions;
  if (!Array.isArray(parts)) throw new Error(`${what}: no "partitions" array`);
  return parts;
}

/** Parses /admin/reassign_partitions; throws naming the problem. */
export function decodeReassignPartitions(text: string): ZkReassignment[] {
  return partitionsOf(text, '/admin/reassign_partitions').map((e, i) => {
    const x = e as { topic?: unknown; partition?: unknown; replicas?: unknown; log_dirs?: unknown };
    if (typeof x.topic !== 'string' || !isInt(x.partition) || !Array.isArray(x.replicas) || !x.replicas.every(isInt))
      throw new Error(`/admin/reassign_partitions: entry ${i} needs "topic", "partition" and "replicas" (broker ids)`);
    const r: ZkReassignment = { topic: x.topic, partition: x.partition, replicas: x.replicas };
    if (Array.isArray(x.log_dirs) && x.log_dirs.every((d) => typeof d === 'string')) r.logDirs = x.log_dirs as string[];
    return r;
  });
}

/** The JSON of /admin/reassign_partitions. */
export function encodeReassignPartitions(entries: readonly ZkReassignment[]): Buffer {
  const partitions = entries.map((e) => ({
    topic: e.topic,
    partition: e.partition,
    replicas: e.replicas,
    log_dirs: e.logDirs ?? e.replicas.map(() => 'any'),
  }));
  return Buffer.from(JSON.stringify({ version: 1, partitions }), 'utf8');
}

/** Parses /admin/preferred_replica_election; throws naming the problem. */
export function decodePreferredReplicaElection(text: string): PartitionRef[] {
  return partitionsOf(text, '/admin/preferred_replica_election').map((e, i) => {
    const x = e as { topic?: unknown; partition?: unknown };
    if (typeof x.topic !== 'string' || !isInt(x.partition))
      throw new Error(`/admin/preferred_replica_election: entry ${i} needs "topic" and "partition"`);
    return { topic: x.topic, partition: x.partition };
  });
}

/** The JSON of /admin/preferred_replica_election. */
export function encodePreferredReplicaElection(partitions: readonly PartitionRef[]): Buffer {
  return Buffer.from(
    JSON.stringify({ version: 1, partitions: partitions.map((p) => ({ topic: p.topic, partition: p.partition })) }),
    'utf8',
  );
}
