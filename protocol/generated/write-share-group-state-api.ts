// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeWriteShareGroupStateRequest, encodeWriteShareGroupStateRequest, type WriteShareGroupStateRequest } from './write-share-group-state-request.js';
import { decodeWriteShareGroupStateResponse, encodeWriteShareGroupStateResponse, type WriteShareGroupStateResponse } from './write-share-group-state-response.js';

/** WriteShareGroupState (API key 85): versions 0-0 (inclusive) and codecs. */
export const WriteShareGroupStateApi: ApiMeta<WriteShareGroupStateRequest, WriteShareGroupStateResponse> = {
  apiKey: 85,
  name: 'WriteShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: true,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeWriteShareGroupStateRequest,
  encodeRequest: encodeWriteShareGroupStateRequest,
  decodeResponse: decodeWriteShareGroupStateResponse,
  encodeResponse: encodeWriteShareGroupStateResponse,
};
