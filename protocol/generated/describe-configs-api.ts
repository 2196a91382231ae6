// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeConfigsRequest, encodeDescribeConfigsRequest, type DescribeConfigsRequest } from './describe-configs-request.js';
import { decodeDescribeConfigsResponse, encodeDescribeConfigsResponse, type DescribeConfigsResponse } from './describe-configs-response.js';

/** DescribeConfigs (API key 32): versions 0-4 (inclusive) and codecs. */
export const DescribeConfigsApi: ApiMeta<DescribeConfigsRequest, DescribeConfigsResponse> = {
  apiKey: 32,
  name: 'DescribeConfigs',
  minVersion: 0,
  maxVersion: 4,
  latestVersionUnstable: false,
  requestFlexibleMin: 4,
  responseFlexibleMin: 4,
  decodeRequest: decodeDescribeConfigsRequest,
  encodeRequest: encodeDescribeConfigsRequest,
  decodeResponse: decodeDescribeConfigsResponse,
  encodeResponse: encodeDescribeConfigsResponse,
};
