// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeSaslHandshakeRequest, encodeSaslHandshakeRequest, type SaslHandshakeRequest } from './sasl-handshake-request.js';
import { decodeSaslHandshakeResponse, encodeSaslHandshakeResponse, type SaslHandshakeResponse } from './sasl-handshake-response.js';

/** SaslHandshake (API key 17): versions 0-1 (inclusive) and codecs. */
export const SaslHandshakeApi: ApiMeta<SaslHandshakeRequest, SaslHandshakeResponse> = {
  apiKey: 17,
  name: 'SaslHandshake',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: -1,
  responseFlexibleMin: -1,
  decodeRequest: decodeSaslHandshakeRequest,
  encodeRequest: encodeSaslHandshakeRequest,
  decodeResponse: decodeSaslHandshakeResponse,
  encodeResponse: encodeSaslHandshakeResponse,
};
