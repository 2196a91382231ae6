/**
 * DeleteGroups (key 42): deletes empty groups with their offsets (tombstones
 * in `__consumer_offsets`); GROUP_ID_NOT_FOUND for unknown ones,
 * NON_EMPTY_GROUP for groups with members.
 * Authorization (Kafka's): DELETE on each group, else that group answers
 * GROUP_AUTHORIZATION_FAILED and is kept.
 */
import { deleteGroups } from '../group/group-offsets.js';
import { DeleteGroupsApi } from '../../protocol/generated/delete-groups-api.js';
import { ErrorCode, asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized } from '../security/authorizer-checks.js';

export default defineApi(DeleteGroupsApi, {
  minVersion: 0,
  maxVersion: 2,
  async handle(ctx, req) {
    const allowed = req.groupsNames.filter((g) => authorized(ctx, AclOperation.DELETE, ResourceType.GROUP, g));
    const errors = await deleteGroups(ctx.broker.groups, allowed);
    const byGroup = new Map(allowed.map((g, i) => [g, asErrorCode(errors[i]!)]));
    return {
      throttleTimeMs: 0,
      results: req.groupsNames.map((groupId) => ({ groupId, errorCode: byGroup.get(groupId) ?? ErrorCode.GROUP_AUTHORIZATION_FAILED })),
    };
  },
});
