// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeShareGroupHeartbeatRequest, encodeShareGroupHeartbeatRequest, type ShareGroupHeartbeatRequest } from './share-group-heartbeat-request.js';
import { decodeShareGroupHeartbeatResponse, encodeShareGroupHeartbeatResponse, type ShareGroupHeartbeatResponse } from './share-group-heartbeat-response.js';

/** ShareGroupHeartbeat (API key 76): versions 0-0 (inclusive) and codecs. */
export const ShareGroupHeartbeatApi: ApiMeta<ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse> = {
  apiKey: 76,
  name: 'ShareGroupHeartbeat',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: true,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeShareGroupHeartbeatRequest,
  encodeRequest: encodeShareGroupHeartbeatRequest,
  decodeResponse: decodeShareGroupHeartbeatResponse,
  encodeResponse: encodeShareGroupHeartbeatResponse,
};
