// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeControllerRegistrationRequest, encodeControllerRegistrationRequest, type ControllerRegistrationRequest } from './controller-registration-request.js';
import { decodeControllerRegistrationResponse, encodeControllerRegistrationResponse, type ControllerRegistrationResponse } from './controller-registration-response.js';

/** ControllerRegistration (API key 70): versions 0-0 (inclusive) and codecs. */
export const ControllerRegistrationApi: ApiMeta<ControllerRegistrationRequest, ControllerRegistrationResponse> = {
  apiKey: 70,
  name: 'ControllerRegistration',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeControllerRegistrationRequest,
  encodeRequest: encodeControllerRegistrationRequest,
  decodeResponse: decodeControllerRegistrationResponse,
  encodeResponse: encodeControllerRegistrationResponse,
};
