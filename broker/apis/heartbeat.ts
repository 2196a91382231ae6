/** Heartbeat (key 12): keeps a member alive and tells it when a rebalance is in progress. */
import { decodeHeartbeatRequest, type HeartbeatRequest } from '../../protocol/generated/heartbeat-request.js';
import { encodeHeartbeatResponse, type HeartbeatResponse } from '../../protocol/generated/heartbeat-response.js';
import { defineApi } from './types.js';

export default defineApi<HeartbeatRequest, HeartbeatResponse>({
  apiKey: 12,
  name: 'Heartbeat',
  minVersion: 0,
  maxVersion: 4,
  decode: decodeHeartbeatRequest,
  encode: encodeHeartbeatResponse,
  async handle(ctx, req) {
    const errorCode = await ctx.broker.groups.heartbeat(
      req.groupId,
      req.memberId,
      ctx.apiVersion >= 3 ? req.groupInstanceId : null,
      req.generationId,
    );
    return { throttleTimeMs: 0, errorCode };
  },
});
