// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeInitProducerIdRequest, encodeInitProducerIdRequest, type InitProducerIdRequest } from './init-producer-id-request.js';
import { decodeInitProducerIdResponse, encodeInitProducerIdResponse, type InitProducerIdResponse } from './init-producer-id-response.js';

/** InitProducerId (API key 22): versions 0-5 (inclusive) and codecs. */
export const InitProducerIdApi: ApiMeta<InitProducerIdRequest, InitProducerIdResponse> = {
  apiKey: 22,
  name: 'InitProducerId',
  minVersion: 0,
  maxVersion: 5,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeInitProducerIdRequest,
  encodeRequest: encodeInitProducerIdRequest,
  decodeResponse: decodeInitProducerIdResponse,
  encodeResponse: encodeInitProducerIdResponse,
};
