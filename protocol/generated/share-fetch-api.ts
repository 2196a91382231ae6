// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeShareFetchRequest, encodeShareFetchRequest, type ShareFetchRequest } from './share-fetch-request.js';
import { decodeShareFetchResponse, encodeShareFetchResponse, type ShareFetchResponse } from './share-fetch-response.js';

/** ShareFetch (API key 78): versions 0-0 (inclusive) and codecs. */
export const ShareFetchApi: ApiMeta<ShareFetchRequest, ShareFetchResponse> = {
  apiKey: 78,
  name: 'ShareFetch',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: true,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeShareFetchRequest,
  encodeRequest: encodeShareFetchRequest,
  decodeResponse: decodeShareFetchResponse,
  encodeResponse: encodeShareFetchResponse,
};
