// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeEnvelopeRequest, encodeEnvelopeRequest, type EnvelopeRequest } from './envelope-request.js';
import { decodeEnvelopeResponse, encodeEnvelopeResponse, type EnvelopeResponse } from './envelope-response.js';

/** Envelope (API key 58): versions 0-0 (inclusive) and codecs. */
export const EnvelopeApi: ApiMeta<EnvelopeRequest, EnvelopeResponse> = {
  apiKey: 58,
  name: 'Envelope',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeEnvelopeRequest,
  encodeRequest: encodeEnvelopeRequest,
  decodeResponse: decodeEnvelopeResponse,
  encodeResponse: encodeEnvelopeResponse,
};
