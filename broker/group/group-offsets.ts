/**
 * Offsets and administration on top of the coordinator: OffsetCommit,
 * OffsetFetch, OffsetDelete, DescribeGroups, ListGroups and DeleteGroups,
 * with Kafka's validation order and error codes. Every function answers
 * errors as data (one code per partition or per group) and changes state
 * only after the matching write to `__consumer_offsets` succeeded.
 *
 * Commit rules (Kafka's): a group unknown here accepts commits only with
 * generation -1 (it becomes an offsets-only group); a commit that names a
 * member or generation must come from the current member of the current
 * generation (UNKNOWN_MEMBER_ID, FENCED_INSTANCE_ID, ILLEGAL_GENERATION); a
 * non-empty group accepts no anonymous commits; CompletingRebalance answers
 * REBALANCE_IN_PROGRESS. Commit timestamps are the broker's clock; an
 * OffsetCommit v2-v4 retention time becomes the offset's expire timestamp.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { Group, type GroupState, type MemberSummary } from './group.js';
import type { GroupCoordinator } from './group-coordinator.js';
import type { OffsetToStore } from './group-manager.js';

/** Kafka's offset.metadata.max.bytes default (not configurable here). */
export const OFFSET_METADATA_MAX_BYTES = 4096;

/** One partition of an OffsetCommit. */
export interface CommitPartition {
  topic: string;
  partition: number;
  offset: number;
  leaderEpoch: number;
  metadata: string | null;
  /** OffsetCommit v1's commit timestamp (ms); -1 or absent: the time of the commit. */
  commitTimestamp?: number;
}

/** An OffsetCommit as the coordinator sees it. */
export interface CommitRequest {
  groupId: string;
  memberId: string;
  groupInstanceId: string | null;
  generationId: number;
  /** -1 for the broker's retention (v5+ always). */
  retentionTimeMs: number;
  partitions: CommitPartition[];
}

/** One partition's committed offset as OffsetFetch answers it. */
export interface FetchedOffset {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch: number;
  metadata: string | null;
  errorCode: ErrorCode;
}

/** OffsetFetch's answer for one group. */
export interface FetchOffsetsResult {
  errorCode: number;
  topics: { name: string; partitions: FetchedOffset[] }[];
}

function partitionExists(c: GroupCoordinator, topic: string, partition: number): boolean {
  const t = c.deps.metadata.topic(topic);
  return t !== undefined && partition >= 0 && partition < t.partitions.length;
}

/** Kafka's check of who may commit to `g`; null when allowed. */
function commitError(g: Group, memberId: string, groupInstanceId: string | null, generationId: number): number | null {
  if (g.is('Dead')) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
  if (generationId >= 0 || memberId !== '' || groupInstanceId !== null) {
    if (groupInstanceId !== null) {
      const current = g.currentStaticMemberId(groupInstanceId);
      if (current === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
      if (current !== memberId) return ErrorCode.FENCED_INSTANCE_ID;
    } else if (!g.has(memberId)) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (generationId !== g.generationId) return ErrorCode.ILLEGAL_GENERATION;
    return null;
  }
  if (!g.is('Empty')) return ErrorCode.UNKNOWN_MEMBER_ID;
  return null;
}

/** The value stored for one committed partition (`now`: the broker's clock at the commit). */
type OffsetValueOf = (p: CommitPartition, metadata: string, now: number) => OffsetToStore['value'];

/**
 * The frame OffsetCommit and TxnOffsetCommit share (Kafka's order): a
 * partition of an unknown topic answers UNKNOWN_TOPIC_OR_PARTITION; `admit`
 * (the group checks, which differ between the two) returns the group or one
 * error code for every other partition; metadata over
 * OFFSET_METADATA_MAX_BYTES answers OFFSET_METADATA_TOO_LARGE; the rest are
 * written by `store` in one append and answer its code. One error code per
 * entry of `partitions`.
 */
async function commitPartitions(
  c: GroupCoordinator,
  partitions: readonly CommitPartition[],
  admit: () => Promise<Group | number>,
  valueOf: OffsetValueOf,
  store: (g: Group, commits: OffsetToStore[]) => Promise<number>,
): Promise<number[]> {
  const errors: number[] = new Array(partitions.length).fill(ErrorCode.NONE);
  const valid: number[] = [];
  for (let i = 0; i < partitions.length; i++) {
    const p = partitions[i]!;
    if (!partitionExists(c, p.topic, p.partition)) errors[i] = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    else valid.push(i);
  }
  const g = await admit();
  if (typeof g === 'number') {
    for (const i of valid) errors[i] = g;
    return errors;
  }
  const now = Date.now();
  const commits: OffsetToStore[] = [];
  const stored: number[] = [];
  for (const i of valid) {
    const p = partitions[i]!;
    const metadata = p.metadata ?? '';
    if (Buffer.byteLength(metadata, 'utf8') > OFFSET_METADATA_MAX_BYTES) errors[i] = ErrorCode.OFFSET_METADATA_TOO_LARGE;
    else {
      commits.push({ topic: p.topic, partition: p.partition, value: valueOf(p, metadata, now) });
      stored.push(i);
    }
  }
  if (commits.length === 0) return errors;
  const err = await store(g, commits);
  for (const i of stored) errors[i] = err;
  return errors;
}

/** OffsetCommit: one error code per entry of `req.partitions`. */
export function commitOffsets(c: GroupCoordinator, req: CommitRequest): Promise<number[]> {
  return commitPartitions(
    c,
    req.partitions,
    async () => {
      const status = await c.prepare(req.groupId);
      if (status !== ErrorCode.NONE) return status;
      let g = c.manager.groups.get(req.groupId);
      if (!g) {
        if (req.generationId >= 0) return ErrorCode.ILLEGAL_GENERATION;
        g = c.manager.addGroup(new Group(req.groupId, 'Empty', Date.now()));
      }
      const denied = commitError(g, req.memberId, req.groupInstanceId, req.generationId);
      if (denied !== null) return denied;
      if (g.is('CompletingRebalance')) return ErrorCode.REBALANCE_IN_PROGRESS;
      if (!g.is('Empty')) c.touch(g, req.memberId);
      return g;
    },
    (p, metadata, now) => ({
      offset: p.offset,
      leaderEpoch: p.leaderEpoch,
      metadata,
      commitTimestamp: p.commitTimestamp !== undefined && p.commitTimestamp >= 0 ? p.commitTimestamp : now,
      expireTimestamp: req.retentionTimeMs >= 0 ? now + req.retentionTimeMs : -1,
    }),
    (g, commits) => c.manager.storeOffsets(g, commits),
  );
}

/** A TxnOffsetCommit as the coordinator sees it. */
export interface TxnCommitRequest {
  groupId: string;
  producerId: number;
  producerEpoch: number;
  /** -1 (v0-v2, or a producer outside a group generation) skips the member checks. */
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  partitions: CommitPartition[];
}

/**
 * TxnOffsetCommit: one error code per entry of `req.partitions`. The offsets
 * are written as part of the producer's transaction and become the group's
 * committed offsets when its COMMIT marker arrives (Kafka's checks: an
 * unknown group is created Empty; a named member must be the current one,
 * a generation >= 0 the current one).
 */
export function commitTxnOffsets(c: GroupCoordinator, req: TxnCommitRequest): Promise<number[]> {
  return commitPartitions(
    c,
    req.partitions,
    async () => {
      if (req.groupId.length === 0) return ErrorCode.INVALID_GROUP_ID;
      const status = await c.prepare(req.groupId);
      if (status !== ErrorCode.NONE) return status;
      const g = c.manager.addGroup(new Group(req.groupId, 'Empty', Date.now()));
      if (g.is('Dead')) return ErrorCode.COORDINATOR_NOT_AVAILABLE;
      if (req.groupInstanceId !== null && g.isStaticMemberFenced(req.groupInstanceId, req.memberId)) return ErrorCode.FENCED_INSTANCE_ID;
      if (req.memberId !== '' && !g.has(req.memberId)) return ErrorCode.UNKNOWN_MEMBER_ID;
      if (req.generationId >= 0 && req.generationId !== g.generationId) return ErrorCode.ILLEGAL_GENERATION;
      return g;
    },
    (p, metadata, now) => ({ offset: p.offset, leaderEpoch: p.leaderEpoch, metadata, commitTimestamp: now, expireTimestamp: -1 }),
    (g, commits) => c.manager.storeTxnOffsets(g, req.producerId, req.producerEpoch, commits),
  );
}

/**
 * OffsetFetch for one group; `topics` null means every committed offset.
 * With `requireStable` (v7+), a partition with an offset committed inside a
 * transaction not ended yet answers UNSTABLE_OFFSET_COMMIT (the client retries).
 */
export async function fetchOffsets(
  c: GroupCoordinator,
  groupId: string,
  topics: { name: string; partitionIndexes: number[] }[] | null,
  requireStable = false,
): Promise<FetchOffsetsResult> {
  const status = await c.prepare(groupId);
  if (status !== ErrorCode.NONE) return { errorCode: status, topics: [] };
  const g = c.manager.groups.get(groupId);
  const out: FetchOffsetsResult['topics'] = [];
  if (topics === null) {
    if (!g) return { errorCode: ErrorCode.NONE, topics: [] };
    // Sorted by topic and partition, so that answers do not depend on commit order.
    for (const name of [...g.offsets.keys()].sort()) {
      const parts = g.offsets.get(name)!;
      const partitions: FetchedOffset[] = [];
      for (const partitionIndex of [...parts.keys()].sort((a, b) => a - b)) {
        const v = parts.get(partitionIndex)!;
        partitions.push({
          partitionIndex,
          committedOffset: v.offset,
          committedLeaderEpoch: v.leaderEpoch,
          metadata: v.metadata,
          errorCode: ErrorCode.NONE,
        });
      }
      out.push({ name, partitions });
    }
    return { errorCode: ErrorCode.NONE, topics: out };
  }
  for (const t of topics) {
    const partitions: FetchedOffset[] = [];
    for (const partitionIndex of t.partitionIndexes) {
      if (requireStable && c.manager.pendingTxn.has(groupId, t.name, partitionIndex)) {
        partitions.push({
          partitionIndex,
          committedOffset: -1,
          committedLeaderEpoch: -1,
          metadata: '',
          errorCode: ErrorCode.UNSTABLE_OFFSET_COMMIT,
        });
        continue;
      }
      const v = g?.offset(t.name, partitionIndex);
      partitions.push({
        partitionIndex,
        committedOffset: v?.offset ?? -1,
        committedLeaderEpoch: v?.leaderEpoch ?? -1,
        metadata: v?.metadata ?? '',
        errorCode: ErrorCode.NONE,
      });
    }
    out.push({ name: t.name, partitions });
  }
  return { errorCode: ErrorCode.NONE, topics: out };
}

/** OffsetDelete: a group-level error and one error per partition. */
export async function deleteOffsets(
  c: GroupCoordinator,
  groupId: string,
  tps: { topic: string; partition: number }[],
): Promise<{ errorCode: number; partitionErrors: number[] }> {
  const partitionErrors: number[] = new Array(tps.length).fill(ErrorCode.NONE);
  const status = await c.prepare(groupId);
  if (status !== ErrorCode.NONE) return { errorCode: status, partitionErrors };
  const g = c.manager.groups.get(groupId);
  if (!g || g.is('Dead')) return { errorCode: ErrorCode.GROUP_ID_NOT_FOUND, partitionErrors };
  const consumer = g.protocolType === 'consumer';
  if (!g.is('Empty') && !consumer) return { errorCode: ErrorCode.NON_EMPTY_GROUP, partitionErrors };
  const doomed: { topic: string; partition: number }[] = [];
  const indexes: number[] = [];
  for (let i = 0; i < tps.length; i++) {
    const tp = tps[i]!;
    if (!partitionExists(c, tp.topic, tp.partition)) partitionErrors[i] = ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
    else if (!g.is('Empty') && (g.subscribedTopics === null || g.subscribedTopics.has(tp.topic)))
      partitionErrors[i] = ErrorCode.GROUP_SUBSCRIBED_TO_TOPIC;
    else {
      doomed.push(tp);
      indexes.push(i);
    }
  }
  const present = doomed.filter((tp) => g.offset(tp.topic, tp.partition) !== undefined);
  const err = present.length > 0 ? await c.manager.deleteOffsets(g, present) : ErrorCode.NONE;
  if (err !== ErrorCode.NONE) return { errorCode: err, partitionErrors };
  for (const i of indexes) partitionErrors[i] = ErrorCode.NONE;
  return { errorCode: ErrorCode.NONE, partitionErrors };
}

/** DeleteGroups: one error per group id. */
export async function deleteGroups(c: GroupCoordinator, groupIds: string[]): Promise<number[]> {
  const out: number[] = [];
  for (const id of groupIds) {
    const status = await c.prepare(id);
    if (status !== ErrorCode.NONE) {
      out.push(status);
      continue;
    }
    const g = c.manager.groups.get(id);
    if (!g || g.is('Dead')) out.push(ErrorCode.GROUP_ID_NOT_FOUND);
    else if (!g.is('Empty')) out.push(ErrorCode.NON_EMPTY_GROUP);
    else out.push(await c.manager.deleteGroup(g));
  }
  return out;
}

/** DescribeGroups' answer for one group. */
export interface GroupDescription {
  errorCode: number;
  groupId: string;
  state: GroupState;
  protocolType: string;
  protocolData: string;
  members: MemberSummary[];
}

/** DescribeGroups for one group (an unknown group is described as Dead, as Kafka does). */
export async function describeGroup(c: GroupCoordinator, groupId: string): Promise<GroupDescription> {
  const status = await c.prepare(groupId);
  const none: GroupDescription = { errorCode: status, groupId, state: 'Dead', protocolType: '', protocolData: '', members: [] };
  if (status !== ErrorCode.NONE) return none;
  const g = c.manager.groups.get(groupId);
  if (!g) return none;
  return { errorCode: ErrorCode.NONE, groupId, ...g.summary() };
}

/** ListGroups: the groups of loaded partitions, filtered by state and type (case-insensitive). */
export function listGroups(
  c: GroupCoordinator,
  statesFilter: string[],
  typesFilter: string[],
): { errorCode: number; groups: { groupId: string; protocolType: string; groupState: string; groupType: string }[] } {
  c.manager.syncLeadership();
  const states = new Set(statesFilter.map((s) => s.toLowerCase()));
  const types = new Set(typesFilter.map((s) => s.toLowerCase()));
  const groups: { groupId: string; protocolType: string; groupState: string; groupType: string }[] = [];
  if (types.size === 0 || types.has('classic')) {
    for (const g of c.manager.loadedGroups()) {
      if (g.is('Dead') || (states.size > 0 && !states.has(g.state.toLowerCase()))) continue;
      groups.push({ groupId: g.groupId, protocolType: g.protocolType ?? '', groupState: g.state, groupType: 'classic' });
    }
  }
  return { errorCode: c.manager.isLoading() ? ErrorCode.COORDINATOR_LOAD_IN_PROGRESS : ErrorCode.NONE, groups };
}
