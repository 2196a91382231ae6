// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDeleteShareGroupStateRequest, encodeDeleteShareGroupStateRequest, type DeleteShareGroupStateRequest } from './delete-share-group-state-request.js';
import { decodeDeleteShareGroupStateResponse, encodeDeleteShareGroupStateResponse, type DeleteShareGroupStateResponse } from './delete-share-group-state-response.js';

/** DeleteShareGroupState (API key 86): versions 0-0 (inclusive) and codecs. */
export const DeleteShareGroupStateApi: ApiMeta<DeleteShareGroupStateRequest, DeleteShareGroupStateResponse> = {
  apiKey: 86,
  name: 'DeleteShareGroupState',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: true,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeDeleteShareGroupStateRequest,
  encodeRequest: encodeDeleteShareGroupStateRequest,
  decodeResponse: decodeDeleteShareGroupStateResponse,
  encodeResponse: encodeDeleteShareGroupStateResponse,
};
