// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeExpireDelegationTokenRequest, encodeExpireDelegationTokenRequest, type ExpireDelegationTokenRequest } from './expire-delegation-token-request.js';
import { decodeExpireDelegationTokenResponse, encodeExpireDelegationTokenResponse, type ExpireDelegationTokenResponse } from './expire-delegation-token-response.js';

/** ExpireDelegationToken (API key 40): versions 0-2 (inclusive) and codecs. */
export const ExpireDelegationTokenApi: ApiMeta<ExpireDelegationTokenRequest, ExpireDelegationTokenResponse> = {
  apiKey: 40,
  name: 'ExpireDelegationToken',
  minVersion: 0,
  maxVersion: 2,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeExpireDelegationTokenRequest,
  encodeRequest: encodeExpireDelegationTokenRequest,
  decodeResponse: decodeExpireDelegationTokenResponse,
  encodeResponse: encodeExpireDelegationTokenResponse,
};
