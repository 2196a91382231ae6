/**
 * ListGroups (key 16): the groups this broker coordinates; v4+ filter by
 * state, v5+ by type (every group here is "classic"). While a partition
 * loads, the answer carries COORDINATOR_LOAD_IN_PROGRESS with what is known.
 */
import { listGroups } from '../group/group-offsets.js';
import { ListGroupsApi } from '../../protocol/generated/list-groups-api.js';
import { asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';

export default defineApi(ListGroupsApi, {
  minVersion: 0,
  maxVersion: 5,
  handle(ctx, req) {
    const v = ctx.apiVersion;
    const r = listGroups(ctx.broker.groups, v >= 4 ? req.statesFilter : [], v >= 5 ? req.typesFilter : []);
    return { throttleTimeMs: 0, errorCode: asErrorCode(r.errorCode), groups: r.groups };
  },
});
