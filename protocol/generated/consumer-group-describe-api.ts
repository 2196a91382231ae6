// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeConsumerGroupDescribeRequest, encodeConsumerGroupDescribeRequest, type ConsumerGroupDescribeRequest } from './consumer-group-describe-request.js';
import { decodeConsumerGroupDescribeResponse, encodeConsumerGroupDescribeResponse, type ConsumerGroupDescribeResponse } from './consumer-group-describe-response.js';

/** ConsumerGroupDescribe (API key 69): versions 0-0 (inclusive) and codecs. */
export const ConsumerGroupDescribeApi: ApiMeta<ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse> = {
  apiKey: 69,
  name: 'ConsumerGroupDescribe',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeConsumerGroupDescribeRequest,
  encodeRequest: encodeConsumerGroupDescribeRequest,
  decodeResponse: decodeConsumerGroupDescribeResponse,
  encodeResponse: encodeConsumerGroupDescribeResponse,
};
