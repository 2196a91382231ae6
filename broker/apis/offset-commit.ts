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
import { commitOffsets } from '../group/group-offsets.js';
import { OffsetCommitApi } from '../../protocol/generated/offset-commit-api.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized, unauthorizedNames } from '../security/authorizer-checks.js';
import { commitPartitionsOf, commitResponseTopics, everyPartitionAnswers } from './offset-commit-topics.js';

export default defineApi(OffsetCommitApi, {
  minVersion: 0,
  maxVersion: 9,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    if (!authorized(ctx, AclOperation.READ, ResourceType.GROUP, req.groupId)) {
      return { throttleTimeMs: 0, topics: everyPartitionAnswers(req.topics, ErrorCode.GROUP_AUTHORIZATION_FAILED) };
    }
    const denied = unauthorizedNames(ctx, AclOperation.READ, ResourceType.TOPIC, req.topics, (t) => t.name);
    const errors = await commitOffsets(ctx.broker.groups, {
      groupId: req.groupId,
      memberId: v >= 1 ? req.memberId : '',
      groupInstanceId: v >= 7 ? req.groupInstanceId : null,
      generationId: v >= 1 ? req.generationIdOrMemberEpoch : -1,
      retentionTimeMs: v <= 4 ? req.retentionTimeMs : -1,
      partitions: commitPartitionsOf(req.topics, denied, v >= 6, v === 1),
    });
    return { throttleTimeMs: 0, topics: commitResponseTopics(req.topics, denied, errors) };
  },
});
