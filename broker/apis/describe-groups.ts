/**
 * DescribeGroups (key 15): state, protocol and members of groups; member
 * metadata and assignments only for Stable groups, and an unknown group is
 * Dead with no error (Kafka's answers up to v5).
 */
import type { DescribedGroup } from '../../protocol/generated/describe-groups-response.js';
import type { Input } from '../../protocol/input.js';
import { describeGroup } from '../group/group-offsets.js';
import { DescribeGroupsApi } from '../../protocol/generated/describe-groups-api.js';
import { asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';

/** READ (3), DELETE (6) and DESCRIBE (8): what anyone may do to a group on a broker without ACLs. */
const GROUP_OPERATIONS = (1 << 3) | (1 << 6) | (1 << 8);
const NOT_REQUESTED = -2147483648;

export default defineApi(DescribeGroupsApi, {
  minVersion: 0,
  maxVersion: 5,
  async handle(ctx, req) {
    const groups: Input<DescribedGroup>[] = [];
    for (const id of req.groups) {
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
        authorizedOperations: ctx.apiVersion >= 3 && req.includeAuthorizedOperations ? GROUP_OPERATIONS : NOT_REQUESTED,
      });
    }
    return { throttleTimeMs: 0, groups };
  },
});
