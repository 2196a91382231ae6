// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeHeartbeatRequest, encodeHeartbeatRequest, type HeartbeatRequest } from './heartbeat-request.js';
import { decodeHeartbeatResponse, encodeHeartbeatResponse, type HeartbeatResponse } from './heartbeat-response.js';

/** Heartbeat (API key 12): versions 0-4 (inclusive) and codecs. */
export const HeartbeatApi: ApiMeta<HeartbeatRequest, HeartbeatResponse> = {
  apiKey: 12,
  name: 'Heartbeat',
  minVersion: 0,
  maxVersion: 4,
  latestVersionUnstable: false,
  requestFlexibleMin: 4,
  responseFlexibleMin: 4,
  decodeRequest: decodeHeartbeatRequest,
  encodeRequest: encodeHeartbeatRequest,
  decodeResponse: decodeHeartbeatResponse,
  encodeResponse: encodeHeartbeatResponse,
};
