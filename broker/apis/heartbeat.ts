/** Heartbeat (key 12): keeps a member alive and tells it when a rebalance is in progress. */
import { HeartbeatApi } from '../../protocol/generated/heartbeat-api.js';
import { asErrorCode } from '../../protocol/generated/errors.js';
import { defineApi } from './types.js';

export default defineApi(HeartbeatApi, {
  minVersion: 0,
  maxVersion: 4,
  async handle(ctx, req) {
    const errorCode = asErrorCode(
      await ctx.broker.groups.heartbeat(req.groupId, req.memberId, ctx.apiVersion >= 3 ? req.groupInstanceId : null, req.generationId),
    );
    return { throttleTimeMs: 0, errorCode };
  },
});
