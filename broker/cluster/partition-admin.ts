/**
 * PartitionAdmin: what the partition-level admin requests ask of the
 * controller — leader elections (ElectLeaders, KIP-460) and partition
 * reassignments (AlterPartitionReassignments / ListPartitionReassignments,
 * KIP-455) — and the rules both engines share: Kafka's validation of a
 * target replica list and the arithmetic of a reassignment's replica sets.
 *
 * A reassignment of a partition from its original replicas ORS to target
 * replicas TRS keeps, while it runs, the full set RS = TRS ∪ ORS (target
 * first), the replicas being added AR = RS − ORS and those being removed
 * RR = RS − TRS. A new target during a reassignment keeps the original ORS
 * (RS − AR); cancelling targets ORS itself. Every engine answers null for a
 * whole request when this broker is not the controller (NOT_CONTROLLER).
 */
import { ErrorCode } from '../../protocol/generated/errors.js';

/** One partition named in a request. */
export interface PartitionRef {
  topic: string;
  partition: number;
}

/** ElectLeaders' election type (0 preferred, 1 unclean on the wire). */
export type ElectionType = 'preferred' | 'unclean';

/** A per-partition outcome. */
export interface PartitionResult extends PartitionRef {
  errorCode: number;
  errorMessage: string | null;
}

/** One partition of AlterPartitionReassignments: the target replicas, or null to cancel. */
export interface ReassignmentRequest extends PartitionRef {
  replicas: number[] | null;
}

/** A reassignment in progress, as ListPartitionReassignments describes it. */
export interface OngoingReassignment extends PartitionRef {
  /** The full replica set (target first, then the original replicas being removed). */
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

/** Partition-level administration; null answers mean "not the controller". */
export interface PartitionAdmin {
  /** Elects leaders of `partitions` (null: every partition); one result per partition. */
  electLeaders(type: ElectionType, partitions: PartitionRef[] | null): Promise<PartitionResult[] | null>;
  /** Starts, changes or cancels reassignments; one result per partition. */
  alterPartitionReassignments(requests: ReassignmentRequest[]): Promise<PartitionResult[] | null>;
  /** Reassignments in progress among `partitions` (null: all of them). */
  listPartitionReassignments(partitions: PartitionRef[] | null): Promise<OngoingReassignment[] | null>;
}

/** A partition's replica sets during (or outside) a reassignment. */
export interface ReplicaSets {
  replicas: number[];
  adding: number[];
  removing: number[];
}

/** The original replicas of a partition (RS − AR). */
export function originReplicas(s: ReplicaSets): number[] {
  return s.replicas.filter((r) => !s.adding.includes(r));
}

/** The target replicas of a partition (RS − RR). */
export function targetReplicas(s: ReplicaSets): number[] {
  return s.replicas.filter((r) => !s.removing.includes(r));
}

/** Whether a reassignment is in progress. */
export function isReassigning(s: ReplicaSets): boolean {
  return s.adding.length > 0 || s.removing.length > 0;
}

/** The replica sets of reassigning `current` to `target` (Kafka's ReplicaAssignment.reassignTo). */
export function reassignTo(current: ReplicaSets, target: readonly number[]): ReplicaSets {
  const origin = originReplicas(current);
  const full = [...new Set([...target, ...origin])];
  return { replicas: full, adding: full.filter((r) => !origin.includes(r)), removing: full.filter((r) => !target.includes(r)) };
}

/** Whether two replica sets are the same (order matters for the replicas). */
export function sameReplicaSets(a: ReplicaSets, b: ReplicaSets): boolean {
  const same = (x: readonly number[], y: readonly number[]): boolean => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.replicas, b.replicas) && same(a.adding, b.adding) && same(a.removing, b.removing);
}

/**
 * Kafka's validation of a target replica list (the controller's
 * validateReplicas): not empty, no duplicates, no negative ids, and every
 * replica to add is a live broker. Null when it is valid.
 */
export function replicaListProblem(
  current: ReplicaSets,
  target: readonly number[],
  live: ReadonlySet<number>,
): PartitionResult['errorMessage'] {
  if (target.length === 0) return 'Empty replica list specified in partition reassignment.';
  if (new Set(target).size !== target.length) return `Duplicate replica ids in partition reassignment replica list: ${target.join(', ')}`;
  if (target.some((r) => r < 0)) return `Invalid broker id in replica list: ${target.join(', ')}`;
  const adding = reassignTo(current, target).adding;
  if (!adding.every((r) => live.has(r)))
    return `Replica assignment has brokers that are not alive. Replica list: ${adding.join(', ')}, live broker list: ${[...live].sort((a, b) => a - b).join(', ')}`;
  return null;
}

/** A result without an error. */
export function ok(ref: PartitionRef): PartitionResult {
  return { topic: ref.topic, partition: ref.partition, errorCode: ErrorCode.NONE, errorMessage: null };
}

/** A result with an error. */
export function failed(ref: PartitionRef, errorCode: number, errorMessage: string | null): PartitionResult {
  return { topic: ref.topic, partition: ref.partition, errorCode, errorMessage };
}

/** Kafka's message for a partition that does not exist. */
export const NO_SUCH_PARTITION = 'The partition does not exist.';
