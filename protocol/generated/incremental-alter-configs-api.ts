// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeIncrementalAlterConfigsRequest, encodeIncrementalAlterConfigsRequest, type IncrementalAlterConfigsRequest } from './incremental-alter-configs-request.js';
import { decodeIncrementalAlterConfigsResponse, encodeIncrementalAlterConfigsResponse, type IncrementalAlterConfigsResponse } from './incremental-alter-configs-response.js';

/** IncrementalAlterConfigs (API key 44): versions 0-1 (inclusive) and codecs. */
export const IncrementalAlterConfigsApi: ApiMeta<IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse> = {
  apiKey: 44,
  name: 'IncrementalAlterConfigs',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 1,
  responseFlexibleMin: 1,
  decodeRequest: decodeIncrementalAlterConfigsRequest,
  encodeRequest: encodeIncrementalAlterConfigsRequest,
  decodeResponse: decodeIncrementalAlterConfigsResponse,
  encodeResponse: encodeIncrementalAlterConfigsResponse,
};
