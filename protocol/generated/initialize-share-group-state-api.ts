// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeInitializeShareGroupStateRequest, encodeInitializeShareGroupStateRequest, type InitializeShareGroupStateRequest } from './initialize-share-group-state-request.js';
import { decodeInitializeShareGroupStateResponse, encodeInitializeShareGroupStateResponse, type InitializeShareGroupStateResponse } from './initialize-share-group-state-response.js';

/** InitializeShareGroupState (API key 83): versions 0-0 (inclusive) and codecs. */
export const InitializeShareGroupStateApi: ApiMeta<InitializeShareGroupStateRequest, InitializeShareGroupStateResponse> = {
  apiKey: 83,
  name: 'InitializeShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: true,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeInitializeShareGroupStateRequest,
  encodeRequest: encodeInitializeShareGroupStateRequest,
  decodeResponse: decodeInitializeShareGroupStateResponse,
  encodeResponse: encodeInitializeShareGroupStateResponse,
};
