// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDescribeClientQuotasRequest, encodeDescribeClientQuotasRequest, type DescribeClientQuotasRequest } from './describe-client-quotas-request.js';
import { decodeDescribeClientQuotasResponse, encodeDescribeClientQuotasResponse, type DescribeClientQuotasResponse } from './describe-client-quotas-response.js';

/** DescribeClientQuotas (API key 48): versions 0-1 (inclusive) and codecs. */
export const DescribeClientQuotasApi: ApiMeta<DescribeClientQuotasRequest, DescribeClientQuotasResponse> = {
  apiKey: 48,
  name: 'DescribeClientQuotas',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 1,
  responseFlexibleMin: 1,
  decodeRequest: decodeDescribeClientQuotasRequest,
  encodeRequest: encodeDescribeClientQuotasRequest,
  decodeResponse: decodeDescribeClientQuotasResponse,
  encodeResponse: encodeDescribeClientQuotasResponse,
};
