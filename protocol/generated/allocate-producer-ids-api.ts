// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAllocateProducerIdsRequest, encodeAllocateProducerIdsRequest, type AllocateProducerIdsRequest } from './allocate-producer-ids-request.js';
import { decodeAllocateProducerIdsResponse, encodeAllocateProducerIdsResponse, type AllocateProducerIdsResponse } from './allocate-producer-ids-response.js';

/** AllocateProducerIds (API key 67): versions 0-0 (inclusive) and codecs. */
export const AllocateProducerIdsApi: ApiMeta<AllocateProducerIdsRequest, AllocateProducerIdsResponse> = {
  apiKey: 67,
  name: 'AllocateProducerIds',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeAllocateProducerIdsRequest,
  encodeRequest: encodeAllocateProducerIdsRequest,
  decodeResponse: decodeAllocateProducerIdsResponse,
  encodeResponse: encodeAllocateProducerIdsResponse,
};
