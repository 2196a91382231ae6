// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeProduceRequest, encodeProduceRequest, type ProduceRequest } from './produce-request.js';
import { decodeProduceResponse, encodeProduceResponse, type ProduceResponse } from './produce-response.js';

/** Produce (API key 0): versions 0-11 (inclusive) and codecs. */
export const ProduceApi: ApiMeta<ProduceRequest, ProduceResponse> = {
  apiKey: 0,
  name: 'Produce',
  minVersion: 0,
  maxVersion: 11,
  latestVersionUnstable: false,
  requestFlexibleMin: 9,
  responseFlexibleMin: 9,
  decodeRequest: decodeProduceRequest,
  encodeRequest: encodeProduceRequest,
  decodeResponse: decodeProduceResponse,
  encodeResponse: encodeProduceResponse,
};
