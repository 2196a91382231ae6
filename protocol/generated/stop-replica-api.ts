// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeStopReplicaRequest, encodeStopReplicaRequest, type StopReplicaRequest } from './stop-replica-request.js';
import { decodeStopReplicaResponse, encodeStopReplicaResponse, type StopReplicaResponse } from './stop-replica-response.js';

/** StopReplica (API key 5): versions 0-4 (inclusive) and codecs. */
export const StopReplicaApi: ApiMeta<StopReplicaRequest, StopReplicaResponse> = {
  apiKey: 5,
  name: 'StopReplica',
  minVersion: 0,
  maxVersion: 4,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeStopReplicaRequest,
  encodeRequest: encodeStopReplicaRequest,
  decodeResponse: decodeStopReplicaResponse,
  encodeResponse: encodeStopReplicaResponse,
};
