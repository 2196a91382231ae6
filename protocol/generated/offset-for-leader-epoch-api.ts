// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeOffsetForLeaderEpochRequest, encodeOffsetForLeaderEpochRequest, type OffsetForLeaderEpochRequest } from './offset-for-leader-epoch-request.js';
import { decodeOffsetForLeaderEpochResponse, encodeOffsetForLeaderEpochResponse, type OffsetForLeaderEpochResponse } from './offset-for-leader-epoch-response.js';

/** OffsetForLeaderEpoch (API key 23): versions 0-4 (inclusive) and codecs. */
export const OffsetForLeaderEpochApi: ApiMeta<OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse> = {
  apiKey: 23,
  name: 'OffsetForLeaderEpoch',
  minVersion: 0,
  maxVersion: 4,
  latestVersionUnstable: false,
  requestFlexibleMin: 4,
  responseFlexibleMin: 4,
  decodeRequest: decodeOffsetForLeaderEpochRequest,
  encodeRequest: encodeOffsetForLeaderEpochRequest,
  decodeResponse: decodeOffsetForLeaderEpochResponse,
  encodeResponse: encodeOffsetForLeaderEpochResponse,
};
