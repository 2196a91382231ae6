// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeLeaderAndIsrRequest, encodeLeaderAndIsrRequest, type LeaderAndIsrRequest } from './leader-and-isr-request.js';
import { decodeLeaderAndIsrResponse, encodeLeaderAndIsrResponse, type LeaderAndIsrResponse } from './leader-and-isr-response.js';

/** LeaderAndIsr (API key 4): versions 0-7 (inclusive) and codecs. */
export const LeaderAndIsrApi: ApiMeta<LeaderAndIsrRequest, LeaderAndIsrResponse> = {
  apiKey: 4,
  name: 'LeaderAndIsr',
  minVersion: 0,
  maxVersion: 7,
  latestVersionUnstable: false,
  requestFlexibleMin: 4,
  responseFlexibleMin: 4,
  decodeRequest: decodeLeaderAndIsrRequest,
  encodeRequest: encodeLeaderAndIsrRequest,
  decodeResponse: decodeLeaderAndIsrResponse,
  encodeResponse: encodeLeaderAndIsrResponse,
};
