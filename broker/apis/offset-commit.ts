/**
 * OffsetCommit (key 8), v0-v9 as Kafka 3.x serves them (4.0 dropped v0-v1,
 * KIP-896): commits offsets with metadata for a group. v0 carries no
 * generation or member (a commit from outside group management, allowed
 * while the group has no members); v1 adds them and a commit timestamp per
 * partition; v2-v4 carry a retention time (the offset's own expiry); v7+
 * carry group.instance.id. Kafka with ZooKeeper keeps v0 commits in
 * ZooKeeper; Tributary keeps every version's commits in __consumer_offsets,
 * where OffsetFetch v0 reads them too. Unknown topics get
 * UNKNOWN_TOPIC_OR_PARTITION, stale generations ILLEGAL_GENERATION.
 *
 * Authorization (Kafka's): READ on the group, else every partition answers
 * GROUP_AUTHORIZATION_FAILED; READ on each topic, else its partitions answer
 * TOPIC_AUTHORIZATION_FAILED. Nothing denied is committed.
 */
import { commitOffsets, type CommitPartition } from '../group/group-offsets.js';
import { OffsetCommitApi } from '../../protocol/generated/offset-commit-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized, unauthorizedNames } from '../security/authorizer-checks.js';

export default defineApi(OffsetCommitApi, {
  minVersion: 0,
  maxVersion: 9,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    if (!authorized(ctx, AclOperation.READ, ResourceType.GROUP, req.groupId)) {
      return {
        throttleTimeMs: 0,
        topics: req.topics.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED })),
        })),
      };
    }
    const denied = unauthorizedNames(ctx, AclOperation.READ, ResourceType.TOPIC, req.topics, (t) => t.name);
    const partitions: CommitPartition[] = [];
    for (const t of req.topics) {
      if (denied?.has(t.name)) continue;
      for (const p of t.partitions) {
        partitions.push({
          topic: t.name,
          partition: p.partitionIndex,
          offset: p.committedOffset,
          leaderEpoch: v >= 6 ? p.committedLeaderEpoch : -1,
          metadata: p.committedMetadata,
          commitTimestamp: v === 1 ? p.commitTimestamp : -1,
        });
      }
    }
    const errors = await commitOffsets(ctx.broker.groups, {
      groupId: req.groupId,
      memberId: v >= 1 ? req.memberId : '',
      groupInstanceId: v >= 7 ? req.groupInstanceId : null,
      generationId: v >= 1 ? req.generationIdOrMemberEpoch : -1,
      retentionTimeMs: v <= 4 ? req.retentionTimeMs : -1,
      partitions,
    });
    let i = 0;
    return {
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          errorCode: denied?.has(t.name) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : asErrorCode(errors[i++]!),
        })),
      })),
    };
  },
});
