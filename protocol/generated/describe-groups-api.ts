// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeGroupsRequest, encodeDescribeGroupsRequest, type DescribeGroupsRequest } from './describe-groups-request.js';
import { decodeDescribeGroupsResponse, encodeDescribeGroupsResponse, type DescribeGroupsResponse } from './describe-groups-response.js';

/** DescribeGroups (API key 15): versions 0-5 (inclusive) and codecs. */
export const DescribeGroupsApi: ApiMeta<DescribeGroupsRequest, DescribeGroupsResponse> = {
  apiKey: 15,
  name: 'DescribeGroups',
  minVersion: 0,
  maxVersion: 5,
  latestVersionUnstable: false,
  requestFlexibleMin: 5,
  responseFlexibleMin: 5,
  decodeRequest: decodeDescribeGroupsRequest,
  encodeRequest: encodeDescribeGroupsRequest,
  decodeResponse: decodeDescribeGroupsResponse,
  encodeResponse: encodeDescribeGroupsResponse,
};
