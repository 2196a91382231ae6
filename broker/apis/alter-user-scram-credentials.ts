/**
 * AlterUserScramCredentials (key 51, KIP-554): adds, replaces and deletes
 * users' SCRAM credentials. The client sends a salt and the salted password
 * (never the password); the broker derives and stores the keys
 * (security/scram-credential-service.ts), one result per user.
 * Authorization (Kafka's): ALTER on the cluster, else every user answers
 * CLUSTER_AUTHORIZATION_FAILED and nothing changes.
 */
import { AlterUserScramCredentialsApi } from '../../protocol/generated/alter-user-scram-credentials-api.js';
import { defineApi } from './types.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';

export default defineApi(AlterUserScramCredentialsApi, {
  minVersion: 0,
  maxVersion: 0,
  async handle(ctx, req) {
    if (!authorizedOnCluster(ctx, AclOperation.ALTER)) {
      const users = [...new Set([...req.deletions.map((d) => d.name), ...req.upsertions.map((u) => u.name)])];
      return {
        throttleTimeMs: 0,
        results: users.map((user) => ({ user, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage: null })),
      };
    }
    const results = await ctx.broker.scramCredentials.alter(req.deletions, req.upsertions);
    return { throttleTimeMs: 0, results };
  },
});
