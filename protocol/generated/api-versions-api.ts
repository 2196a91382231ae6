// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeApiVersionsRequest, encodeApiVersionsRequest, type ApiVersionsRequest } from './api-versions-request.js';
import { decodeApiVersionsResponse, encodeApiVersionsResponse, type ApiVersionsResponse } from './api-versions-response.js';

/** ApiVersions (API key 18): versions 0-4 (inclusive) and codecs. */
export const ApiVersionsApi: ApiMeta<ApiVersionsRequest, ApiVersionsResponse> = {
  apiKey: 18,
  name: 'ApiVersions',
  minVersion: 0,
  maxVersion: 4,
  latestVersionUnstable: false,
  requestFlexibleMin: 3,
  responseFlexibleMin: 3,
  decodeRequest: decodeApiVersionsRequest,
  encodeRequest: encodeApiVersionsRequest,
  decodeResponse: decodeApiVersionsResponse,
  encodeResponse: encodeApiVersionsResponse,
};
