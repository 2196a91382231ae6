// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeQuorumRequest, encodeDescribeQuorumRequest, type DescribeQuorumRequest } from './describe-quorum-request.js';
import { decodeDescribeQuorumResponse, encodeDescribeQuorumResponse, type DescribeQuorumResponse } from './describe-quorum-response.js';

/** DescribeQuorum (API key 55): versions 0-2 (inclusive) and codecs. */
export const DescribeQuorumApi: ApiMeta<DescribeQuorumRequest, DescribeQuorumResponse> = {
  apiKey: 55,
  name: 'DescribeQuorum',
  minVersion: 0,
  maxVersion: 2,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeDescribeQuorumRequest,
  encodeRequest: encodeDescribeQuorumRequest,
  decodeResponse: decodeDescribeQuorumResponse,
  encodeResponse: encodeDescribeQuorumResponse,
};
