// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeVoteRequest, encodeVoteRequest, type VoteRequest } from './vote-request.js';
import { decodeVoteResponse, encodeVoteResponse, type VoteResponse } from './vote-response.js';

/** Vote (API key 52): versions 0-1 (inclusive) and codecs. */
export const VoteApi: ApiMeta<VoteRequest, VoteResponse> = {
  apiKey: 52,
  name: 'Vote',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeVoteRequest,
  encodeRequest: encodeVoteRequest,
  decodeResponse: decodeVoteResponse,
  encodeResponse: encodeVoteResponse,
};
