// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeLogDirsRequest, encodeDescribeLogDirsRequest, type DescribeLogDirsRequest } from './describe-log-dirs-request.js';
import { decodeDescribeLogDirsResponse, encodeDescribeLogDirsResponse, type DescribeLogDirsResponse } from './describe-log-dirs-response.js';

/** DescribeLogDirs (API key 35): versions 0-4 (inclusive) and codecs. */
export const DescribeLogDirsApi: ApiMeta<DescribeLogDirsRequest, DescribeLogDirsResponse> = {
  apiKey: 35,
  name: 'DescribeLogDirs',
  minVersion: 0,
  maxVersion: 4,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeDescribeLogDirsRequest,
  encodeRequest: encodeDescribeLogDirsRequest,
  decodeResponse: decodeDescribeLogDirsResponse,
  encodeResponse: encodeDescribeLogDirsResponse,
};
