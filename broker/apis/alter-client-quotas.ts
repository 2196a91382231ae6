/**
 * AlterClientQuotas (key 49, KIP-546): sets and removes quota keys of user
 * and client id entities, one result per entry (security/quota/
 * client-quota-admin.ts has Kafka's validation: an invalid entry gets
 * INVALID_REQUEST naming the bad entity type, key or value and changes
 * nothing). validate_only checks without writing. Authorization (Kafka's):
 * ALTER_CONFIGS on the cluster, else every entry answers
 * CLUSTER_AUTHORIZATION_FAILED.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { AlterClientQuotasApi } from '../../protocol/generated/alter-client-quotas-api.js';
import { defineApi } from './types.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';

export default defineApi(AlterClientQuotasApi, {
  minVersion: 0,
  maxVersion: 1,
  async handle(ctx, req) {
    if (!authorizedOnCluster(ctx, AclOperation.ALTER_CONFIGS)) {
      return {
        throttleTimeMs: 0,
        entries: req.entries.map((e) => ({
          errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED,
          errorMessage: 'Cluster authorization failed.',
          entity: e.entity,
        })),
      };
    }
    const entries = await ctx.broker.clientQuotaAdmin.alter(req.entries, req.validateOnly);
    return { throttleTimeMs: 0, entries };
  },
});
