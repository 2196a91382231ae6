// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeBeginQuorumEpochRequest, encodeBeginQuorumEpochRequest, type BeginQuorumEpochRequest } from './begin-quorum-epoch-request.js';
import { decodeBeginQuorumEpochResponse, encodeBeginQuorumEpochResponse, type BeginQuorumEpochResponse } from './begin-quorum-epoch-response.js';

/** BeginQuorumEpoch (API key 53): versions 0-1 (inclusive) and codecs. */
export const BeginQuorumEpochApi: ApiMeta<BeginQuorumEpochRequest, BeginQuorumEpochResponse> = {
  apiKey: 53,
  name: 'BeginQuorumEpoch',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 1,
  responseFlexibleMin: 1,
  decodeRequest: decodeBeginQuorumEpochRequest,
  encodeRequest: encodeBeginQuorumEpochRequest,
  decodeResponse: decodeBeginQuorumEpochResponse,
  encodeResponse: encodeBeginQuorumEpochResponse,
};
