// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeBrokerHeartbeatRequest, encodeBrokerHeartbeatRequest, type BrokerHeartbeatRequest } from './broker-heartbeat-request.js';
import { decodeBrokerHeartbeatResponse, encodeBrokerHeartbeatResponse, type BrokerHeartbeatResponse } from './broker-heartbeat-response.js';

/** BrokerHeartbeat (API key 63): versions 0-1 (inclusive) and codecs. */
export const BrokerHeartbeatApi: ApiMeta<BrokerHeartbeatRequest, BrokerHeartbeatResponse> = {
  apiKey: 63,
  name: 'BrokerHeartbeat',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeBrokerHeartbeatRequest,
  encodeRequest: encodeBrokerHeartbeatRequest,
  decodeResponse: decodeBrokerHeartbeatResponse,
  encodeResponse: encodeBrokerHeartbeatResponse,
};
