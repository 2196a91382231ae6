// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeReadShareGroupStateRequest, encodeReadShareGroupStateRequest, type ReadShareGroupStateRequest } from './read-share-group-state-request.js';
import { decodeReadShareGroupStateResponse, encodeReadShareGroupStateResponse, type ReadShareGroupStateResponse } from './read-share-group-state-response.js';

/** ReadShareGroupState (API key 84): versions 0-0 (inclusive) and codecs. */
export const ReadShareGroupStateApi: ApiMeta<ReadShareGroupStateRequest, ReadShareGroupStateResponse> = {
  apiKey: 84,
  name: 'ReadShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: true,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeReadShareGroupStateRequest,
  encodeRequest: encodeReadShareGroupStateRequest,
  decodeResponse: decodeReadShareGroupStateResponse,
  encodeResponse: encodeReadShareGroupStateResponse,
};
