// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeClusterRequest, encodeDescribeClusterRequest, type DescribeClusterRequest } from './describe-cluster-request.js';
import { decodeDescribeClusterResponse, encodeDescribeClusterResponse, type DescribeClusterResponse } from './describe-cluster-response.js';

/** DescribeCluster (API key 60): versions 0-1 (inclusive) and codecs. */
export const DescribeClusterApi: ApiMeta<DescribeClusterRequest, DescribeClusterResponse> = {
  apiKey: 60,
  name: 'DescribeCluster',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeDescribeClusterRequest,
  encodeRequest: encodeDescribeClusterRequest,
  decodeResponse: decodeDescribeClusterResponse,
  encodeResponse: encodeDescribeClusterResponse,
};
