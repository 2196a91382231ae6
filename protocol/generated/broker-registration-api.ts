// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeBrokerRegistrationRequest, encodeBrokerRegistrationRequest, type BrokerRegistrationRequest } from './broker-registration-request.js';
import { decodeBrokerRegistrationResponse, encodeBrokerRegistrationResponse, type BrokerRegistrationResponse } from './broker-registration-response.js';

/** BrokerRegistration (API key 62): versions 0-4 (inclusive) and codecs. */
export const BrokerRegistrationApi: ApiMeta<BrokerRegistrationRequest, BrokerRegistrationResponse> = {
  apiKey: 62,
  name: 'BrokerRegistration',
  minVersion: 0,
  maxVersion: 4,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeBrokerRegistrationRequest,
  encodeRequest: encodeBrokerRegistrationRequest,
  decodeResponse: decodeBrokerRegistrationResponse,
  encodeResponse: encodeBrokerRegistrationResponse,
};
