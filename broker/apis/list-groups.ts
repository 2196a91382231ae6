/**
 * ListGroups (key 16): the groups this broker coordinates; v4+ filter by
 * state, v5+ by type (every group here is "classic"). While a partition
 * loads, the answer carries COORDINATOR_LOAD_IN_PROGRESS with what is known.
 * Authorization (Kafka's): DESCRIBE on the cluster lists every group,
 * otherwise only the groups the principal may DESCRIBE.
 */
import { listGroups } from '../group/group-offsets.js';
import { ListGroupsApi } from '../../protocol/generated/list-groups-api.js';
import { asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';
import { AclOperation, ResourceType } from '../security/authorizer-acls.js';
import { authorized, authorizedOnCluster } from '../security/authorizer-checks.js';

export default defineApi(ListGroupsApi, {
  minVersion: 0,
  maxVersion: 5,
  handle(ctx, req) {
    const v = ctx.apiVersion;
    const r = listGroups(ctx.broker.groups, v >= 4 ? req.statesFilter : [], v >= 5 ? req.typesFilter : []);
    const groups =
      ctx.broker.authorizer === null || authorizedOnCluster(ctx, AclOperation.DESCRIBE)
        ? r.groups
        : r.groups.filter((g) => authorized(ctx, AclOperation.DESCRIBE, ResourceType.GROUP, g.groupId));
    return { throttleTimeMs: 0, errorCode: asErrorCode(r.errorCode), groups };
  },
});
