// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAddOffsetsToTxnRequest, encodeAddOffsetsToTxnRequest, type AddOffsetsToTxnRequest } from './add-offsets-to-txn-request.js';
import { decodeAddOffsetsToTxnResponse, encodeAddOffsetsToTxnResponse, type AddOffsetsToTxnResponse } from './add-offsets-to-txn-response.js';

/** AddOffsetsToTxn (API key 25): versions 0-4 (inclusive) and codecs. */
export const AddOffsetsToTxnApi: ApiMeta<AddOffsetsToTxnRequest, AddOffsetsToTxnResponse> = {
  apiKey: 25,
  name: 'AddOffsetsToTxn',
  minVersion: 0,
  maxVersion: 4,
  latestVersionUnstable: false,
  requestFlexibleMin: 3,
  responseFlexibleMin: 3,
  decodeRequest: decodeAddOffsetsToTxnRequest,
  encodeRequest: encodeAddOffsetsToTxnRequest,
  decodeResponse: decodeAddOffsetsToTxnResponse,
  encodeResponse: encodeAddOffsetsToTxnResponse,
};
