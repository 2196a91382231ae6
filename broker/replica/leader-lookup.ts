/**
 * The check every partition-addressed request makes first: the partition
 * exists here, this broker leads it, and the client's leader epoch (when it
 * sends one, -1 otherwise) is the current one (or, for the fetches that may
 * read a follower, only that the partition is hosted). Also the leader's
 * OffsetForLeaderEpoch answer, shared by the API handler and in-process
 * leader endpoints.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { Partition } from './partition.js';
import type { ReplicaManager } from './replica-manager.js';

/** The led partition, or the error code to answer. */
export function leaderPartition(replicas: ReplicaManager, topic: string, partition: number, currentLeaderEpoch = -1): Partition | number {
  const p = replicas.get(topic, partition);
  if (!p) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
  if (!p.isLeader) return ErrorCode.NOT_LEADER_OR_FOLLOWER;
  if (currentLeaderEpoch >= 0 && currentLeaderEpoch !== p.leaderEpoch) {
    return currentLeaderEpoch < p.leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH;
  }
  return p;
}

/**
 * A hosted partition a fetch may read whether this broker leads it or
 * follows it (KIP-392 consumers, the debug consumer), with the same epoch
 * check (a follower knows the current leader epoch), or the error code.
 */
export function hostedPartition(replicas: ReplicaManager, topic: string, partition: number, currentLeaderEpoch = -1): Partition | number {
  const p = replicas.get(topic, partition);
  if (!p) return ErrorCode.UNKNOWN_TOPIC_OR_PARTITION;
  if (currentLeaderEpoch >= 0 && currentLeaderEpoch !== p.leaderEpoch) {
    return currentLeaderEpoch < p.leaderEpoch ? ErrorCode.FENCED_LEADER_EPOCH : ErrorCode.UNKNOWN_LEADER_EPOCH;
  }
  return p;
}

/**
 * OffsetForLeaderEpoch for one partition, answered by its leader: the
 * largest epoch at or below `leaderEpoch` and that epoch's end offset
 * (exclusive: the next epoch's start offset, or the log end for the current
 * epoch); (-1, -1) with the error code when this broker cannot answer.
 */
export function epochEndOffset(
  replicas: ReplicaManager,
  topic: string,
  partition: number,
  currentLeaderEpoch: number,
  leaderEpoch: number,
): { errorCode: number; leaderEpoch: number; endOffset: number } {
  const p = leaderPartition(replicas, topic, partition, currentLeaderEpoch);
  if (typeof p === 'number') return { errorCode: p, leaderEpoch: -1, endOffset: -1 };
  const r = p.log.endOffsetForLeaderEpoch(leaderEpoch);
  return { errorCode: ErrorCode.NONE, leaderEpoch: r.leaderEpoch, endOffset: r.endOffset };
}
