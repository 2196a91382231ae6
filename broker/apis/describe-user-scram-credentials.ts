/**
 * DescribeUserScramCredentials (key 50, KIP-554): the SCRAM mechanisms and
 * iteration counts of the named users (null or empty: every user with a
 * credential). Salts and keys are never answered. Authorization (Kafka's):
 * DESCRIBE on the cluster, else CLUSTER_AUTHORIZATION_FAILED.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { DescribeUserScramCredentialsApi } from '../../protocol/generated/describe-user-scram-credentials-api.js';
import { defineApi } from './types.js';
import { AclOperation } from '../security/authorizer-acls.js';
import { authorizedOnCluster } from '../security/authorizer-checks.js';

export default defineApi(DescribeUserScramCredentialsApi, {
  minVersion: 0,
  maxVersion: 0,
  handle(ctx, req) {
    if (!authorizedOnCluster(ctx, AclOperation.DESCRIBE)) {
      return { throttleTimeMs: 0, errorCode: ErrorCode.CLUSTER_AUTHORIZATION_FAILED, errorMessage: null, results: [] };
    }
    const results = ctx.broker.scramCredentials.describe(req.users === null ? null : req.users.map((u) => u.name));
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, results };
  },
});
