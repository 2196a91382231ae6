/**
 * AlterUserScramCredentials (key 51, KIP-554): adds, replaces and deletes
 * users' SCRAM credentials. The client sends a salt and the salted password
 * (never the password); the broker derives and stores the keys
 * (security/scram-credential-service.ts), one result per user.
 */
import { AlterUserScramCredentialsApi } from '../../protocol/generated/alter-user-scram-credentials-api.js';
import { defineApi } from './types.js';

export default defineApi(AlterUserScramCredentialsApi, {
  minVersion: 0,
  maxVersion: 0,
  async handle(ctx, req) {
    const results = await ctx.broker.scramCredentials.alter(req.deletions, req.upsertions);
    return { throttleTimeMs: 0, results };
  },
});
