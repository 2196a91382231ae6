// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeSaslAuthenticateRequest, encodeSaslAuthenticateRequest, type SaslAuthenticateRequest } from './sasl-authenticate-request.js';
import { decodeSaslAuthenticateResponse, encodeSaslAuthenticateResponse, type SaslAuthenticateResponse } from './sasl-authenticate-response.js';

/** SaslAuthenticate (API key 36): versions 0-2 (inclusive) and codecs. */
export const SaslAuthenticateApi: ApiMeta<SaslAuthenticateRequest, SaslAuthenticateResponse> = {
  apiKey: 36,
  name: 'SaslAuthenticate',
  minVersion: 0,
  maxVersion: 2,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeSaslAuthenticateRequest,
  encodeRequest: encodeSaslAuthenticateRequest,
  decodeResponse: decodeSaslAuthenticateResponse,
  encodeResponse: encodeSaslAuthenticateResponse,
};
