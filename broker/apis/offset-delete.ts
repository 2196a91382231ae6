/**
 * OffsetDelete (key 47): deletes a group's committed offsets for some
 * partitions. A consumer group with members keeps the offsets of topics it
 * subscribes to (GROUP_SUBSCRIBED_TO_TOPIC); other non-empty groups answer
 * NON_EMPTY_GROUP.
 *
 * Authorization (Kafka's): DELETE on the group, else
 * GROUP_AUTHORIZATION_FAILED; READ on each topic, else its partitions
 * answer TOPIC_AUTHORIZATION_FAILED and keep their offsets.
 */
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { deleteOffsets } from '../group/group-offsets.js';
import { OffsetDeleteApi } from '../../protocol/generated/offset-delete-api.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized, unauthorizedNames } from '../security/authorizer-checks.js';

export default defineApi(OffsetDeleteApi, {
  minVersion: 0,
  maxVersion: 0,
  async handle(ctx, req) {
    if (!authorized(ctx, AclOperation.DELETE, ResourceType.GROUP, req.groupId)) {
      return { errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, throttleTimeMs: 0, topics: [] };
    }
    const denied = unauthorizedNames(ctx, AclOperation.READ, ResourceType.TOPIC, req.topics, (t) => t.name);
    const tps: { topic: string; partition: number }[] = [];
    for (const t of req.topics) {
      if (!denied?.has(t.name)) for (const p of t.partitions) tps.push({ topic: t.name, partition: p.partitionIndex });
    }
    const r = await deleteOffsets(ctx.broker.groups, req.groupId, tps);
    if (r.errorCode !== ErrorCode.NONE) return { errorCode: asErrorCode(r.errorCode), throttleTimeMs: 0, topics: [] };
    let i = 0;
    return {
      errorCode: ErrorCode.NONE,
      throttleTimeMs: 0,
      topics: req.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => ({
          partitionIndex: p.partitionIndex,
          errorCode: denied?.has(t.name) ? ErrorCode.TOPIC_AUTHORIZATION_FAILED : asErrorCode(r.partitionErrors[i++]!),
        })),
      })),
    };
  },
});
