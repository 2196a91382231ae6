// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeShareGroupDescribeRequest, encodeShareGroupDescribeRequest, type ShareGroupDescribeRequest } from './share-group-describe-request.js';
import { decodeShareGroupDescribeResponse, encodeShareGroupDescribeResponse, type ShareGroupDescribeResponse } from './share-group-describe-response.js';

/** ShareGroupDescribe (API key 77): versions 0-0 (inclusive) and codecs. */
export const ShareGroupDescribeApi: ApiMeta<ShareGroupDescribeRequest, ShareGroupDescribeResponse> = {
  apiKey: 77,
  name: 'ShareGroupDescribe',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: true,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeShareGroupDescribeRequest,
  encodeRequest: encodeShareGroupDescribeRequest,
  decodeResponse: decodeShareGroupDescribeResponse,
  encodeResponse: encodeShareGroupDescribeResponse,
};
