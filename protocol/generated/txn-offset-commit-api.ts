// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeTxnOffsetCommitRequest, encodeTxnOffsetCommitRequest, type TxnOffsetCommitRequest } from './txn-offset-commit-request.js';
import { decodeTxnOffsetCommitResponse, encodeTxnOffsetCommitResponse, type TxnOffsetCommitResponse } from './txn-offset-commit-response.js';

/** TxnOffsetCommit (API key 28): versions 0-4 (inclusive) and codecs. */
export const TxnOffsetCommitApi: ApiMeta<TxnOffsetCommitRequest, TxnOffsetCommitResponse> = {
  apiKey: 28,
  name: 'TxnOffsetCommit',
  minVersion: 0,
  maxVersion: 4,
  latestVersionUnstable: false,
  requestFlexibleMin: 3,
  responseFlexibleMin: 3,
  decodeRequest: decodeTxnOffsetCommitRequest,
  encodeRequest: encodeTxnOffsetCommitRequest,
  decodeResponse: decodeTxnOffsetCommitResponse,
  encodeResponse: encodeTxnOffsetCommitResponse,
};
