// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAlterConfigsRequest, encodeAlterConfigsRequest, type AlterConfigsRequest } from './alter-configs-request.js';
import { decodeAlterConfigsResponse, encodeAlterConfigsResponse, type AlterConfigsResponse } from './alter-configs-response.js';

/** AlterConfigs (API key 33): versions 0-2 (inclusive) and codecs. */
export const AlterConfigsApi: ApiMeta<AlterConfigsRequest, AlterConfigsResponse> = {
  apiKey: 33,
  name: 'AlterConfigs',
  minVersion: 0,
  maxVersion: 2,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeAlterConfigsRequest,
  encodeRequest: encodeAlterConfigsRequest,
  decodeResponse: decodeAlterConfigsResponse,
  encodeResponse: encodeAlterConfigsResponse,
};
