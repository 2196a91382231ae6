/**
 * DeleteGroups (key 42): deletes empty groups with their offsets (tombstones
 * in `__consumer_offsets`); GROUP_ID_NOT_FOUND for unknown ones,
 * NON_EMPTY_GROUP for groups with members.
 */
import { deleteGroups } from '../group/group-offsets.js';
import { DeleteGroupsApi } from '../../protocol/generated/delete-groups-api.js';
import { asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';

export default defineApi(DeleteGroupsApi, {
  minVersion: 0,
  maxVersion: 2,
  async handle(ctx, req) {
    const errors = await deleteGroups(ctx.broker.groups, req.groupsNames);
    return { throttleTimeMs: 0, results: req.groupsNames.map((groupId, i) => ({ groupId, errorCode: asErrorCode(errors[i]!) })) };
  },
});
