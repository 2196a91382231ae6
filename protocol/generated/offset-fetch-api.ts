// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeOffsetFetchRequest, encodeOffsetFetchRequest, type OffsetFetchRequest } from './offset-fetch-request.js';
import { decodeOffsetFetchResponse, encodeOffsetFetchResponse, type OffsetFetchResponse } from './offset-fetch-response.js';

/** OffsetFetch (API key 9): versions 0-9 (inclusive) and codecs. */
export const OffsetFetchApi: ApiMeta<OffsetFetchRequest, OffsetFetchResponse> = {
  apiKey: 9,
  name: 'OffsetFetch',
  minVersion: 0,
  maxVersion: 9,
  latestVersionUnstable: false,
  requestFlexibleMin: 6,
  responseFlexibleMin: 6,
  decodeRequest: decodeOffsetFetchRequest,
  encodeRequest: encodeOffsetFetchRequest,
  decodeResponse: decodeOffsetFetchResponse,
  encodeResponse: encodeOffsetFetchResponse,
};
