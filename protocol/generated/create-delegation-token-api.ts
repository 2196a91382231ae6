// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeCreateDelegationTokenRequest, encodeCreateDelegationTokenRequest, type CreateDelegationTokenRequest } from './create-delegation-token-request.js';
import { decodeCreateDelegationTokenResponse, encodeCreateDelegationTokenResponse, type CreateDelegationTokenResponse } from './create-delegation-token-response.js';

/** CreateDelegationToken (API key 38): versions 0-3 (inclusive) and codecs. */
export const CreateDelegationTokenApi: ApiMeta<CreateDelegationTokenRequest, CreateDelegationTokenResponse> = {
  apiKey: 38,
  name: 'CreateDelegationToken',
  minVersion: 0,
  maxVersion: 3,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeCreateDelegationTokenRequest,
  encodeRequest: encodeCreateDelegationTokenRequest,
  decodeResponse: decodeCreateDelegationTokenResponse,
  encodeResponse: encodeCreateDelegationTokenResponse,
};
