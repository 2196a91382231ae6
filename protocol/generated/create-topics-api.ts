// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeCreateTopicsRequest, encodeCreateTopicsRequest, type CreateTopicsRequest } from './create-topics-request.js';
import { decodeCreateTopicsResponse, encodeCreateTopicsResponse, type CreateTopicsResponse } from './create-topics-response.js';

/** CreateTopics (API key 19): versions 0-7 (inclusive) and codecs. */
export const CreateTopicsApi: ApiMeta<CreateTopicsRequest, CreateTopicsResponse> = {
  apiKey: 19,
  name: 'CreateTopics',
  minVersion: 0,
  maxVersion: 7,
  latestVersionUnstable: false,
  requestFlexibleMin: 5,
  responseFlexibleMin: 5,
  decodeRequest: decodeCreateTopicsRequest,
  encodeRequest: encodeCreateTopicsRequest,
  decodeResponse: decodeCreateTopicsResponse,
  encodeResponse: encodeCreateTopicsResponse,
};
