// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAddPartitionsToTxnRequest, encodeAddPartitionsToTxnRequest, type AddPartitionsToTxnRequest } from './add-partitions-to-txn-request.js';
import { decodeAddPartitionsToTxnResponse, encodeAddPartitionsToTxnResponse, type AddPartitionsToTxnResponse } from './add-partitions-to-txn-response.js';

/** AddPartitionsToTxn (API key 24): versions 0-5 (inclusive) and codecs. */
export const AddPartitionsToTxnApi: ApiMeta<AddPartitionsToTxnRequest, AddPartitionsToTxnResponse> = {
  apiKey: 24,
  name: 'AddPartitionsToTxn',
  minVersion: 0,
  maxVersion: 5,
  latestVersionUnstable: false,
  requestFlexibleMin: 3,
  responseFlexibleMin: 3,
  decodeRequest: decodeAddPartitionsToTxnRequest,
  encodeRequest: encodeAddPartitionsToTxnRequest,
  decodeResponse: decodeAddPartitionsToTxnResponse,
  encodeResponse: encodeAddPartitionsToTxnResponse,
};
