/**
 * SyncGroup (key 14): the leader hands in the assignment, every member gets
 * its part once it is stored. v5 checks the protocol type and name.
 * Authorization (Kafka's): READ on the group, else GROUP_AUTHORIZATION_FAILED.
 */
import { SyncGroupApi } from '../../protocol/generated/sync-group-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

export default defineApi(SyncGroupApi, {
  minVersion: 0,
  maxVersion: 5,
  async handle(ctx, req) {
    const v = ctx.apiVersion;
    if (!authorized(ctx, AclOperation.READ, ResourceType.GROUP, req.groupId)) {
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED,
        protocolType: null,
        protocolName: null,
        assignment: Buffer.alloc(0),
      };
    }
    const r = await ctx.broker.groups.sync({
      groupId: req.groupId,
      generationId: req.generationId,
      memberId: req.memberId,
      groupInstanceId: v >= 3 ? req.groupInstanceId : null,
      protocolType: v >= 5 ? req.protocolType : null,
      protocolName: v >= 5 ? req.protocolName : null,
      assignments: req.assignments.map((a) => ({ memberId: a.memberId, assignment: Buffer.from(a.assignment) })),
    });
    return {
      throttleTimeMs: 0,
      errorCode: asErrorCode(r.errorCode),
      protocolType: r.protocolType,
      protocolName: r.protocolName,
      assignment: r.assignment,
    };
  },
});
