/**
 * The check every partition-addressed request makes first: the partition
 * exists here, this broker leads it, and the client's leader epoch (when it
 * sends one, -1 otherwise) is the current one.
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
