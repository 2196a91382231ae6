/**
 * TxnOffsetCommit (key 28), v0-v4: offsets committed inside a transaction
 * (sendOffsetsToTransaction), sent to the group's coordinator. They are
 * written to `__consumer_offsets` as part of the transaction and become the
 * group's committed offsets only when its COMMIT marker arrives; an ABORT
 * drops them. v3+ carry the member id, generation and group.instance.id,
 * which are checked as for OffsetCommit (KIP-447).
 *
 * Authorization (Kafka's): WRITE on the transactional id
 * (TRANSACTIONAL_ID_AUTHORIZATION_FAILED) and READ on the group
 * (GROUP_AUTHORIZATION_FAILED) for every partition, then READ on each topic
 * (TOPIC_AUTHORIZATION_FAILED). Nothing denied is committed.
 */
import { commitTxnOffsets } from '../group/group-offsets.js';
import { TxnOffsetCommitApi } from '../../protocol/generated/txn-offset-commit-api.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized, unauthorizedNames } from '../security/authorizer-checks.js';
import { commitPartitionsOf, commitResponseTopics, everyPartitionAnswers } from './offset-commit-topics.js';

export default defineApi(TxnOffsetCommitApi, {
  minVersion: 0,
  maxVersion: 4,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    const whole = !authorized(ctx, AclOperation.WRITE, ResourceType.TRANSACTIONAL_ID, req.transactionalId)
      ? ErrorCode.TRANSACTIONAL_ID_AUTHORIZATION_FAILED
      : !authorized(ctx, AclOperation.READ, ResourceType.GROUP, req.groupId)
        ? ErrorCode.GROUP_AUTHORIZATION_FAILED
        : ErrorCode.NONE;
    if (whole !== ErrorCode.NONE) return { throttleTimeMs: 0, topics: everyPartitionAnswers(req.topics, whole) };
    const denied = unauthorizedNames(ctx, AclOperation.READ, ResourceType.TOPIC, req.topics, (t) => t.name);
    const errors = await commitTxnOffsets(ctx.broker.groups, {
      groupId: req.groupId,
      producerId: req.producerId,
      producerEpoch: req.producerEpoch,
      generationId: v >= 3 ? req.generationId : -1,
      memberId: v >= 3 ? req.memberId : '',
      groupInstanceId: v >= 3 ? req.groupInstanceId : null,
      partitions: commitPartitionsOf(req.topics, denied, v >= 2, false),
    });
    return { throttleTimeMs: 0, topics: commitResponseTopics(req.topics, denied, errors) };
  },
});
