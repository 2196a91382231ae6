// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeEndTxnRequest, encodeEndTxnRequest, type EndTxnRequest } from './end-txn-request.js';
import { decodeEndTxnResponse, encodeEndTxnResponse, type EndTxnResponse } from './end-txn-response.js';

/** EndTxn (API key 26): versions 0-5 (inclusive) and codecs. */
export const EndTxnApi: ApiMeta<EndTxnRequest, EndTxnResponse> = {
  apiKey: 26,
  name: 'EndTxn',
  minVersion: 0,
  maxVersion: 5,
  latestVersionUnstable: true,
  requestFlexibleMin: 3,
  responseFlexibleMin: 3,
  decodeRequest: decodeEndTxnRequest,
  encodeRequest: encodeEndTxnRequest,
  decodeResponse: decodeEndTxnResponse,
  encodeResponse: encodeEndTxnResponse,
};
