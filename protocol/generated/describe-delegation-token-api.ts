// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeDelegationTokenRequest, encodeDescribeDelegationTokenRequest, type DescribeDelegationTokenRequest } from './describe-delegation-token-request.js';
import { decodeDescribeDelegationTokenResponse, encodeDescribeDelegationTokenResponse, type DescribeDelegationTokenResponse } from './describe-delegation-token-response.js';

/** DescribeDelegationToken (API key 41): versions 0-3 (inclusive) and codecs. */
export const DescribeDelegationTokenApi: ApiMeta<DescribeDelegationTokenRequest, DescribeDelegationTokenResponse> = {
  apiKey: 41,
  name: 'DescribeDelegationToken',
  minVersion: 0,
  maxVersion: 3,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeDescribeDelegationTokenRequest,
  encodeRequest: encodeDescribeDelegationTokenRequest,
  decodeResponse: decodeDescribeDelegationTokenResponse,
  encodeResponse: encodeDescribeDelegationTokenResponse,
};
