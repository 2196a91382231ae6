/**
 * LeaveGroup (key 13): v0-v2 remove the sending member; v3+ remove a batch
 * of members, by member id or by group.instance.id (KIP-345 admin removal).
 * Before v3 the one member's error is the response's error.
 * Authorization (Kafka's): READ on the group, else GROUP_AUTHORIZATION_FAILED.
 */
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { LeaveGroupApi } from '../../protocol/generated/leave-group-api.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

export default defineApi(LeaveGroupApi, {
  minVersion: 0,
  maxVersion: 5,
  async handle(ctx, req) {
    const batched = ctx.apiVersion >= 3;
    if (!authorized(ctx, AclOperation.READ, ResourceType.GROUP, req.groupId)) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED, members: [] };
    }
    const leaving = batched
      ? req.members.map((m) => ({ memberId: m.memberId, groupInstanceId: m.groupInstanceId }))
      : [{ memberId: req.memberId, groupInstanceId: null }];
    const r = await ctx.broker.groups.leave(req.groupId, leaving);
    if (batched) return { throttleTimeMs: 0, errorCode: asErrorCode(r.errorCode), members: r.members };
    const errorCode = r.errorCode !== ErrorCode.NONE ? r.errorCode : (r.members[0]?.errorCode ?? ErrorCode.NONE);
    return { throttleTimeMs: 0, errorCode: asErrorCode(errorCode), members: [] };
  },
});
