// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeEndQuorumEpochRequest, encodeEndQuorumEpochRequest, type EndQuorumEpochRequest } from './end-quorum-epoch-request.js';
import { decodeEndQuorumEpochResponse, encodeEndQuorumEpochResponse, type EndQuorumEpochResponse } from './end-quorum-epoch-response.js';

/** EndQuorumEpoch (API key 54): versions 0-1 (inclusive) and codecs. */
export const EndQuorumEpochApi: ApiMeta<EndQuorumEpochRequest, EndQuorumEpochResponse> = {
  apiKey: 54,
  name: 'EndQuorumEpoch',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 1,
  responseFlexibleMin: 1,
  decodeRequest: decodeEndQuorumEpochRequest,
  encodeRequest: encodeEndQuorumEpochRequest,
  decodeResponse: decodeEndQuorumEpochResponse,
  encodeResponse: encodeEndQuorumEpochResponse,
};
