// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeWriteTxnMarkersRequest, encodeWriteTxnMarkersRequest, type WriteTxnMarkersRequest } from './write-txn-markers-request.js';
import { decodeWriteTxnMarkersResponse, encodeWriteTxnMarkersResponse, type WriteTxnMarkersResponse } from './write-txn-markers-response.js';

/** WriteTxnMarkers (API key 27): versions 0-1 (inclusive) and codecs. */
export const WriteTxnMarkersApi: ApiMeta<WriteTxnMarkersRequest, WriteTxnMarkersResponse> = {
  apiKey: 27,
  name: 'WriteTxnMarkers',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 1,
  responseFlexibleMin: 1,
  decodeRequest: decodeWriteTxnMarkersRequest,
  encodeRequest: encodeWriteTxnMarkersRequest,
  decodeResponse: decodeWriteTxnMarkersResponse,
  encodeResponse: encodeWriteTxnMarkersResponse,
};
