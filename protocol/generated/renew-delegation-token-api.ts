// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeRenewDelegationTokenRequest, encodeRenewDelegationTokenRequest, type RenewDelegationTokenRequest } from './renew-delegation-token-request.js';
import { decodeRenewDelegationTokenResponse, encodeRenewDelegationTokenResponse, type RenewDelegationTokenResponse } from './renew-delegation-token-response.js';

/** RenewDelegationToken (API key 39): versions 0-2 (inclusive) and codecs. */
export const RenewDelegationTokenApi: ApiMeta<RenewDelegationTokenRequest, RenewDelegationTokenResponse> = {
  apiKey: 39,
  name: 'RenewDelegationToken',
  minVersion: 0,
  maxVersion: 2,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeRenewDelegationTokenRequest,
  encodeRequest: encodeRenewDelegationTokenRequest,
  decodeResponse: decodeRenewDelegationTokenResponse,
  encodeResponse: encodeRenewDelegationTokenResponse,
};
