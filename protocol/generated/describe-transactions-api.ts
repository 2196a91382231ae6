// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeTransactionsRequest, encodeDescribeTransactionsRequest, type DescribeTransactionsRequest } from './describe-transactions-request.js';
import { decodeDescribeTransactionsResponse, encodeDescribeTransactionsResponse, type DescribeTransactionsResponse } from './describe-transactions-response.js';

/** DescribeTransactions (API key 65): versions 0-0 (inclusive) and codecs. */
export const DescribeTransactionsApi: ApiMeta<DescribeTransactionsRequest, DescribeTransactionsResponse> = {
  apiKey: 65,
  name: 'DescribeTransactions',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeDescribeTransactionsRequest,
  encodeRequest: encodeDescribeTransactionsRequest,
  decodeResponse: decodeDescribeTransactionsResponse,
  encodeResponse: encodeDescribeTransactionsResponse,
};
