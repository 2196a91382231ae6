// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeListTransactionsRequest, encodeListTransactionsRequest, type ListTransactionsRequest } from './list-transactions-request.js';
import { decodeListTransactionsResponse, encodeListTransactionsResponse, type ListTransactionsResponse } from './list-transactions-response.js';

/** ListTransactions (API key 66): versions 0-1 (inclusive) and codecs. */
export const ListTransactionsApi: ApiMeta<ListTransactionsRequest, ListTransactionsResponse> = {
  apiKey: 66,
  name: 'ListTransactions',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeListTransactionsRequest,
  encodeRequest: encodeListTransactionsRequest,
  decodeResponse: decodeListTransactionsResponse,
  encodeResponse: encodeListTransactionsResponse,
};
