/**
 * DescribeAcls (key 29), v0-v3: the ACLs one filter selects, grouped by
 * resource pattern, from this broker's authorizer (in a ZooKeeper cluster
 * every broker follows the same ACLs). Needs DESCRIBE on the cluster; without
 * an authorizer the answer is SECURITY_DISABLED, as in Kafka. v0 carries no
 * pattern type: its filter is LITERAL (the schema's default).
 */
import type { DescribeAclsResource } from '../../protocol/generated/describe-acls-response.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { DescribeAclsApi } from '../../protocol/generated/describe-acls-api.js';
import { AclOperation, filterProblem, patternKey, type AclBindingFilter } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';
import { defineApi } from './types.js';

export default defineApi(DescribeAclsApi, {
  minVersion: 0,
  maxVersion: 3,
  handle(ctx, req) {
    const fail = (errorCode: ErrorCode, errorMessage: string) => ({ throttleTimeMs: 0, errorCode, errorMessage, resources: [] });
    const authorizer = ctx.broker.authorizer;
    if (authorizer === null) return fail(ErrorCode.SECURITY_DISABLED, 'No Authorizer is configured on the broker');
    if (!authorizedOnCluster(ctx, AclOperation.DESCRIBE))
      return fail(ErrorCode.CLUSTER_AUTHORIZATION_FAILED, 'Cluster authorization failed.');
    const filter = {
      resourceType: req.resourceTypeFilter,
      name: req.resourceNameFilter,
      patternType: req.patternTypeFilter,
      principal: req.principalFilter,
      host: req.hostFilter,
      operation: req.operation,
      permission: req.permissionType,
    } as AclBindingFilter;
    const problem = filterProblem(filter);
    if (problem !== null) return fail(ErrorCode.INVALID_REQUEST, problem);
    const byPattern = new Map<string, DescribeAclsResource>();
    for (const b of authorizer.acls(filter)) {
      const k = patternKey(b.pattern);
      let r = byPattern.get(k);
      if (!r) {
        r = { resourceType: b.pattern.resourceType, resourceName: b.pattern.name, patternType: b.pattern.patternType, acls: [] };
        byPattern.set(k, r);
      }
      r.acls.push({ principal: b.entry.principal, host: b.entry.host, operation: b.entry.operation, permissionType: b.entry.permission });
    }
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, resources: [...byPattern.values()] };
  },
});
