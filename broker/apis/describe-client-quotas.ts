/**
 * DescribeClientQuotas (key 48, KIP-546): the quotas of the user and client
 * id entities a filter matches (security/quota/client-quota-admin.ts has
 * Kafka's matching rules). Authorization (Kafka's): DESCRIBE_CONFIGS on the
 * cluster, else CLUSTER_AUTHORIZATION_FAILED and no entries.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { DescribeClientQuotasApi } from '../../protocol/generated/describe-client-quotas-api.js';
import { defineApi } from './types.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';

export default defineApi(DescribeClientQuotasApi, {
  minVersion: 0,
  maxVersion: 1,
  async handle(ctx, req) {
    if (!authorizedOnCluster(ctx, AclOperation.DESCRIBE_CONFIGS)) {
      return {
        throttleTimeMs: 0,
        errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
        errorMessage: 'Cluster authorization failed.',
        entries: null,
      };
    }
    const d = await ctx.broker.clientQuotaAdmin.describe(req.components, req.strict);
    return {
      throttleTimeMs: 0,
      errorCode: d.errorCode,
      errorMessage: d.errorMessage,
      entries: d.errorCode === ErrorCode.NONE ? d.entries : null,
    };
  },
});
