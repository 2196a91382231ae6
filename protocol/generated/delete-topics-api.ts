// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDeleteTopicsRequest, encodeDeleteTopicsRequest, type DeleteTopicsRequest } from './delete-topics-request.js';
import { decodeDeleteTopicsResponse, encodeDeleteTopicsResponse, type DeleteTopicsResponse } from './delete-topics-response.js';

/** DeleteTopics (API key 20): versions 0-6 (inclusive) and codecs. */
export const DeleteTopicsApi: ApiMeta<DeleteTopicsRequest, DeleteTopicsResponse> = {
  apiKey: 20,
  name: 'DeleteTopics',
  minVersion: 0,
  maxVersion: 6,
  latestVersionUnstable: false,
  requestFlexibleMin: 4,
  responseFlexibleMin: 4,
  decodeRequest: decodeDeleteTopicsRequest,
  encodeRequest: encodeDeleteTopicsRequest,
  decodeResponse: decodeDeleteTopicsResponse,
  encodeResponse: encodeDeleteTopicsResponse,
};
