// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeTopicPartitionsRequest, encodeDescribeTopicPartitionsRequest, type DescribeTopicPartitionsRequest } from './describe-topic-partitions-request.js';
import { decodeDescribeTopicPartitionsResponse, encodeDescribeTopicPartitionsResponse, type DescribeTopicPartitionsResponse } from './describe-topic-partitions-response.js';

/** DescribeTopicPartitions (API key 75): versions 0-0 (inclusive) and codecs. */
export const DescribeTopicPartitionsApi: ApiMeta<DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse> = {
  apiKey: 75,
  name: 'DescribeTopicPartitions',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeDescribeTopicPartitionsRequest,
  encodeRequest: encodeDescribeTopicPartitionsRequest,
  decodeResponse: decodeDescribeTopicPartitionsResponse,
  encodeResponse: encodeDescribeTopicPartitionsResponse,
};
