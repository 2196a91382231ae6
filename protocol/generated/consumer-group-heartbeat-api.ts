// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeConsumerGroupHeartbeatRequest, encodeConsumerGroupHeartbeatRequest, type ConsumerGroupHeartbeatRequest } from './consumer-group-heartbeat-request.js';
import { decodeConsumerGroupHeartbeatResponse, encodeConsumerGroupHeartbeatResponse, type ConsumerGroupHeartbeatResponse } from './consumer-group-heartbeat-response.js';

/** ConsumerGroupHeartbeat (API key 68): versions 0-1 (inclusive) and codecs. */
export const ConsumerGroupHeartbeatApi: ApiMeta<ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse> = {
  apiKey: 68,
  name: 'ConsumerGroupHeartbeat',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: true,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeConsumerGroupHeartbeatRequest,
  encodeRequest: encodeConsumerGroupHeartbeatRequest,
  decodeResponse: decodeConsumerGroupHeartbeatResponse,
  encodeResponse: encodeConsumerGroupHeartbeatResponse,
};
