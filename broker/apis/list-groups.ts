/**
 * ListGroups (key 16): the groups this broker coordinates; v4+ filter by
 * state, v5+ by type (every group here is "classic"). While a partition
 * loads, the answer carries COORDINATOR_LOAD_IN_PROGRESS with what is known.
 */
import { decodeListGroupsRequest, type ListGroupsRequest } from '../../protocol/generated/list-groups-request.js';
import { encodeListGroupsResponse, type ListGroupsResponse } from '../../protocol/generated/list-groups-response.js';
import { listGroups } from '../group/group-offsets.js';
import { defineApi } from './types.js';

export default defineApi<ListGroupsRequest, ListGroupsResponse>({
  apiKey: 16,
  name: 'ListGroups',
  minVersion: 0,
  maxVersion: 5,
  decode: decodeListGroupsRequest,
  encode: encodeListGroupsResponse,
  handle(ctx, req) {
    const v = ctx.apiVersion;
    const r = listGroups(ctx.broker.groups, v >= 4 ? req.statesFilter : [], v >= 5 ? req.typesFilter : []);
    return { throttleTimeMs: 0, errorCode: r.errorCode, groups: r.groups };
  },
});
