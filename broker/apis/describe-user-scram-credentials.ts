/**
 * DescribeUserScramCredentials (key 50, KIP-554): the SCRAM mechanisms and
 * iteration counts of the named users (null or empty: every user with a
 * credential). Salts and keys are never answered.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { DescribeUserScramCredentialsApi } from '../../protocol/generated/describe-user-scram-credentials-api.js';
import { defineApi } from './types.js';

export default defineApi(DescribeUserScramCredentialsApi, {
  minVersion: 0,
  maxVersion: 0,
  handle(ctx, req) {
    const results = ctx.broker.scramCredentials.describe(req.users === null ? null : req.users.map((u) => u.name));
    return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, results };
  },
});
