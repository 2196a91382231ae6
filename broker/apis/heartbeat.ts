/**
 * Heartbeat (key 12): keeps a member alive and tells it when a rebalance is
 * in progress. Authorization (Kafka's): READ on the group, else
 * GROUP_AUTHORIZATION_FAILED.
 */
import { HeartbeatApi } from '../../protocol/generated/heartbeat-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

export default defineApi(HeartbeatApi, {
  minVersion: 0,
  maxVersion: 4,
  async handle(ctx, req) {
    if (!authorized(ctx, AclOperation.READ, ResourceType.GROUP, req.groupId)) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED };
    }
    const errorCode = asErrorCode(
      await ctx.broker.groups.heartbeat(req.groupId, req.memberId, ctx.apiVersion >= 3 ? req.groupInstanceId : null, req.generationId),
    );
    return { throttleTimeMs: 0, errorCode };
  },
});
