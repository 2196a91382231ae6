// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeUnregisterBrokerRequest, encodeUnregisterBrokerRequest, type UnregisterBrokerRequest } from './unregister-broker-request.js';
import { decodeUnregisterBrokerResponse, encodeUnregisterBrokerResponse, type UnregisterBrokerResponse } from './unregister-broker-response.js';

/** UnregisterBroker (API key 64): versions 0-0 (inclusive) and codecs. */
export const UnregisterBrokerApi: ApiMeta<UnregisterBrokerRequest, UnregisterBrokerResponse> = {
  apiKey: 64,
  name: 'UnregisterBroker',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeUnregisterBrokerRequest,
  encodeRequest: encodeUnregisterBrokerRequest,
  decodeResponse: decodeUnregisterBrokerResponse,
  encodeResponse: encodeUnregisterBrokerResponse,
};
