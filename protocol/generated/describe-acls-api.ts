// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeAclsRequest, encodeDescribeAclsRequest, type DescribeAclsRequest } from './describe-acls-request.js';
import { decodeDescribeAclsResponse, encodeDescribeAclsResponse, type DescribeAclsResponse } from './describe-acls-response.js';

/** DescribeAcls (API key 29): versions 0-3 (inclusive) and codecs. */
export const DescribeAclsApi: ApiMeta<DescribeAclsRequest, DescribeAclsResponse> = {
  apiKey: 29,
  name: 'DescribeAcls',
  minVersion: 0,
  maxVersion: 3,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeDescribeAclsRequest,
  encodeRequest: encodeDescribeAclsRequest,
  decodeResponse: decodeDescribeAclsResponse,
  encodeResponse: encodeDescribeAclsResponse,
};
