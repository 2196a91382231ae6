/**
 * CreateAcls (key 30), v0-v3: stores ACLs through the authorizer (ZooKeeper
 * in a cluster, so every broker follows). Needs ALTER on the cluster; without
 * an authorizer every creation answers SECURITY_DISABLED. v0 creations are
 * LITERAL (the schema's default pattern type). An invalid binding gets
 * INVALID_REQUEST with the reason; the others are stored.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { CreateAclsApi } from '../../protocol/generated/create-acls-api.js';
import { AclOperation, type AclBinding } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';
import { defineApi } from './types.js';

export default defineApi(CreateAclsApi, {
  minVersion: 0,
  maxVersion: 3,
  async handle(ctx, req) {
    const authorizer = ctx.broker.authorizer;
    const all = (errorCode: ErrorCode, errorMessage: string) => ({
      throttleTimeMs: 0,
      results: req.creations.map(() => ({ errorCode, errorMessage })),
    });
    if (authorizer === null) return all(ErrorCode.SECURITY_DISABLED, 'No Authorizer is configured on the broker');
    if (!authorizedOnCluster(ctx, AclOperation.ALTER)) return all(ErrorCode.CLUSTER_AUTHORIZATION_FAILED, 'Cluster authorization failed.');
    const bindings = req.creations.map(
      (c) =>
        ({
          pattern: { resourceType: c.resourceType, name: c.resourceName, patternType: c.resourcePatternType },
          entry: { principal: c.principal, host: c.host, operation: c.operation, permission: c.permissionType },
        }) as AclBinding,
    );
    const problems = await authorizer.createAcls(bindings);
    return {
      throttleTimeMs: 0,
      results: problems.map((p) =>
        p === null
          ? { errorCode: ErrorCode.NONE, errorMessage: null }
          : { errorCode: p.startsWith('Failed to store') ? ErrorCode.UNKNOWN_SERVER_ERROR : ErrorCode.INVALID_REQUEST, errorMessage: p },
      ),
    };
  },
});
