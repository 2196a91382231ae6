// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeUserScramCredentialsRequest, encodeDescribeUserScramCredentialsRequest, type DescribeUserScramCredentialsRequest } from './describe-user-scram-credentials-request.js';
import { decodeDescribeUserScramCredentialsResponse, encodeDescribeUserScramCredentialsResponse, type DescribeUserScramCredentialsResponse } from './describe-user-scram-credentials-response.js';

/** DescribeUserScramCredentials (API key 50): versions 0-0 (inclusive) and codecs. */
export const DescribeUserScramCredentialsApi: ApiMeta<DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse> = {
  apiKey: 50,
  name: 'DescribeUserScramCredentials',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeDescribeUserScramCredentialsRequest,
  encodeRequest: encodeDescribeUserScramCredentialsRequest,
  decodeResponse: decodeDescribeUserScramCredentialsResponse,
  encodeResponse: encodeDescribeUserScramCredentialsResponse,
};
