// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeOffsetDeleteRequest, encodeOffsetDeleteRequest, type OffsetDeleteRequest } from './offset-delete-request.js';
import { decodeOffsetDeleteResponse, encodeOffsetDeleteResponse, type OffsetDeleteResponse } from './offset-delete-response.js';

/** OffsetDelete (API key 47): versions 0-0 (inclusive) and codecs. */
export const OffsetDeleteApi: ApiMeta<OffsetDeleteRequest, OffsetDeleteResponse> = {
  apiKey: 47,
  name: 'OffsetDelete',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: -1,
  responseFlexibleMin: -1,
  decodeRequest: decodeOffsetDeleteRequest,
  encodeRequest: encodeOffsetDeleteRequest,
  decodeResponse: decodeOffsetDeleteResponse,
  encodeResponse: encodeOffsetDeleteResponse,
};
