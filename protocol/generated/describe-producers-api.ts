// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeProducersRequest, encodeDescribeProducersRequest, type DescribeProducersRequest } from './describe-producers-request.js';
import { decodeDescribeProducersResponse, encodeDescribeProducersResponse, type DescribeProducersResponse } from './describe-producers-response.js';

/** DescribeProducers (API key 61): versions 0-0 (inclusive) and codecs. */
export const DescribeProducersApi: ApiMeta<DescribeProducersRequest, DescribeProducersResponse> = {
  apiKey: 61,
  name: 'DescribeProducers',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeDescribeProducersRequest,
  encodeRequest: encodeDescribeProducersRequest,
  decodeResponse: decodeDescribeProducersResponse,
  encodeResponse: encodeDescribeProducersResponse,
};
