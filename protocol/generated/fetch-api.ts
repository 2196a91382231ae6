// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeFetchRequest, encodeFetchRequest, type FetchRequest } from './fetch-request.js';
import { decodeFetchResponse, encodeFetchResponse, type FetchResponse } from './fetch-response.js';

/** Fetch (API key 1): versions 0-17 (inclusive) and codecs. */
export const FetchApi: ApiMeta<FetchRequest, FetchResponse> = {
  apiKey: 1,
  name: 'Fetch',
  minVersion: 0,
  maxVersion: 17,
  latestVersionUnstable: false,
  requestFlexibleMin: 12,
  responseFlexibleMin: 12,
  decodeRequest: decodeFetchRequest,
  encodeRequest: encodeFetchRequest,
  decodeResponse: decodeFetchResponse,
  encodeResponse: encodeFetchResponse,
};
