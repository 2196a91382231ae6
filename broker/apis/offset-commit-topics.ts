/**
 * What OffsetCommit (offset-commit.ts) and TxnOffsetCommit
 * (txn-offset-commit.ts) share around the coordinator: the request's topics
 * flattened into the coordinator's partitions (topics denied READ left out),
 * and the response built back in request order, denied topics answering
 * TOPIC_AUTHORIZATION_FAILED and every other partition its coordinator code.
 */
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import type { CommitPartition } from '../group/group-offsets.js';

/** One request partition as both APIs carry it (`commitTimestamp`: OffsetCommit v1 only). */
interface RequestPartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch: number;
  committedMetadata: string | null;
  commitTimestamp?: number;
}

/** One request topic as both APIs carry it. */
interface RequestTopic {
  name: string;
  partitions: readonly RequestPartition[];
}

/** The response topics both APIs answer. */
type ResponseTopics = { name: string; partitions: { partitionIndex: number; errorCode: ErrorCode }[] }[];

/** Every partition of `topics` answering `errorCode` (a request denied as a whole). */
export function everyPartitionAnswers(topics: readonly RequestTopic[], errorCode: ErrorCode): ResponseTopics {
  return topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode })) }));
}

/**
 * The partitions of `topics` not in `denied`, in request order, as the
 * coordinator takes them. `withLeaderEpoch` false (versions before the field)
 * stores -1; `withCommitTimestamp` false stores -1 (the time of the commit).
 */
export function commitPartitionsOf(
  topics: readonly RequestTopic[],
  denied: ReadonlySet<string> | null,
  withLeaderEpoch: boolean,
  withCommitTimestamp: boolean,
): CommitPartition[] {
  const partitions: CommitPartition[] = [];
  for (const t of topics) {
    if (denied?.has(t.name)) continue;
    for (const p of t.partitions) {
      partitions.push({
        topic: t.name,
        partition: p.partitionIndex,
        offset: p.committedOffset,
        leaderEpoch: withLeaderEpoch ? p.committedLeaderEpoch : -1,
        metadata: p.committedMetadata,
        commitTimestamp: withCommitTimestamp ? (p.commitTimestamp ?? -1) : -1,
      });
    }
  }
  return partitions;
}

/**
 * The response in request order: TOPIC_AUTHORIZATION_FAILED for the
 * partitions of `denied` topics, the coordinator's `errors` (one per entry
 * of {@link commitPartitionsOf}'s answer, same order) for the others.
 */
export function commitResponseTopics(
  topics: readonly RequestTopic[],
  denied: ReadonlySet<string> | null,
  errors: readonly number[],
): ResponseTopics {
  let i = 0;
  return topics.map((t) => ({
    name: t.name,
    partitions: t.partitions.map((p) => ({
      partitionIndex: p.partitionIndex,
      errorCode: denied?.has(t.name) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : asErrorCode(errors[i++]!),
    })),
  }));
}
