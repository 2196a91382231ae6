/**
 * DeleteAcls (key 31), v0-v3: removes the ACLs each filter selects and
 * answers them per filter (an ACL several filters select is reported under
 * the first). Needs ALTER on the cluster; without an authorizer every filter
 * answers SECURITY_DISABLED. v0 filters are LITERAL.
 */
import type { DeleteAclsFilterResult } from '../../protocol/generated/delete-acls-response.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { Input } from '../../protocol/input.js';
import { DeleteAclsApi } from '../../protocol/generated/delete-acls-api.js';
import { AclOperation, filterProblem, type AclBindingFilter } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';
import { defineApi } from './types.js';

export default defineApi(DeleteAclsApi, {
  minVersion: 0,
  maxVersion: 3,
  async handle(ctx, req) {
    const authorizer = ctx.broker.authorizer;
    const all = (errorCode: ErrorCode, errorMessage: string) => ({
      throttleTimeMs: 0,
      filterResults: req.filters.map(() => ({ errorCode, errorMessage, matchingAcls: [] })),
    });
    if (authorizer === null) return all(ErrorCode.SECURITY_DISABLED, 'No Authorizer is configured on the broker');
    if (!authorizedOnCluster(ctx, AclOperation.ALTER)) return all(ErrorCode.CLUSTER_AUTHORIZATION_FAILED, 'Cluster authorization failed.');
    const filters = req.filters.map(
      (f) =>
        ({
          resourceType: f.resourceTypeFilter,
          name: f.resourceNameFilter,
          patternType: f.patternTypeFilter,
          principal: f.principalFilter,
          host: f.hostFilter,
          operation: f.operation,
          permission: f.permissionType,
        }) as AclBindingFilter,
    );
    const problems = filters.map(filterProblem);
    const valid = filters.filter((_, i) => problems[i] === null);
    const deleted = await authorizer.deleteAcls(valid);
    let k = 0;
    const filterResults: Input<DeleteAclsFilterResult>[] = filters.map((_, i) => {
      const problem = problems[i];
      if (problem !== null) return { errorCode: ErrorCode.INVALID_REQUEST, errorMessage: problem, matchingAcls: [] };
      const r = deleted[k++];
      return {
        errorCode: r.error === null ? ErrorCode.NONE : ErrorCode.UNKNOWN_SERVER_ERROR,
        errorMessage: r.error,
        matchingAcls: r.deleted.map((b) => ({
          errorCode: ErrorCode.NONE,
          errorMessage: null,
          resourceType: b.pattern.resourceType,
          resourceName: b.pattern.name,
          patternType: b.pattern.patternType,
          principal: b.entry.principal,
          host: b.entry.host,
          operation: b.entry.operation,
          permissionType: b.entry.permission,
        })),
      };
    });
    return { throttleTimeMs: 0, filterResults };
  },
});
