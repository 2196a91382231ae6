/**
 * DescribeGroups (key 15): state, protocol and members of groups; member
 * metadata and assignments only for Stable groups, and an unknown group is
 * Dead with no error (Kafka's answers up to v5).
 * Authorization (Kafka's): DESCRIBE on each group, else that group answers
 * GROUP_AUTHORIZATION_FAILED and nothing else; authorized operations
 * (v3+, KIP-430) when asked.
 */
import type { DescribedGroup } from '../../protocol/generated/describe-groups-response.js';
import type { Input } from '../../protocol/input.js';
import { describeGroup } from '../group/group-offsets.js';
import { DescribeGroupsApi } from '../../protocol/generated/describe-groups-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { OPERATIONS_NOT_REQUESTED, authorized, authorizedOperations } from '../security/authorizer-checks.js';

export default defineApi(DescribeGroupsApi, {
  minVersion: 0,
  maxVersion: 5,
  async handle(ctx, req) {
    const groups: Input<DescribedGroup>[] = [];
    const withOperations = ctx.apiVersion >= 3 && req.includeAuthorizedOperations;
    for (const id of req.groups) {
      if (!authorized(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, id)) {
        groups.push({
          errorCode: ErrorCode.GROUP_AUTHORIZATION_FAILED,
          groupId: id,
          groupState: '',
          protocolType: '',
          protocolData: '',
          members: [],
          authorizedOperations: OPERATIONS_NOT_REQUESTED,
        });
        continue;
      }
      const d = await describeGroup(ctx.broker.groups, id);
      groups.push({
        errorCode: asErrorCode(d.errorCode),
        groupId: d.groupId,
        groupState: d.state,
        protocolType: d.protocolType,
        protocolData: d.protocolData,
        members: d.members.map((m) => ({
          memberId: m.memberId,
          groupInstanceId: m.groupInstanceId,
          clientId: m.clientId,
          clientHost: m.clientHost,
          memberMetadata: m.metadata,
          memberAssignment: m.assignment,
        })),
        authorizedOperations: withOperations ? authorizedOperations(ctx, ResourceType.GROUP, id) : OPERATIONS_NOT_REQUESTED,
      });
    }
    return { throttleTimeMs: 0, groups };
  },
});
