// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeShareAcknowledgeRequest, encodeShareAcknowledgeRequest, type ShareAcknowledgeRequest } from './share-acknowledge-request.js';
import { decodeShareAcknowledgeResponse, encodeShareAcknowledgeResponse, type ShareAcknowledgeResponse } from './share-acknowledge-response.js';

/** ShareAcknowledge (API key 79): versions 0-0 (inclusive) and codecs. */
export const ShareAcknowledgeApi: ApiMeta<ShareAcknowledgeRequest, ShareAcknowledgeResponse> = {
  apiKey: 79,
  name: 'ShareAcknowledge',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: true,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeShareAcknowledgeRequest,
  encodeRequest: encodeShareAcknowledgeRequest,
  decodeResponse: decodeShareAcknowledgeResponse,
  encodeResponse: encodeShareAcknowledgeResponse,
};
