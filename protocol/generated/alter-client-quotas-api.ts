// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAlterClientQuotasRequest, encodeAlterClientQuotasRequest, type AlterClientQuotasRequest } from './alter-client-quotas-request.js';
import { decodeAlterClientQuotasResponse, encodeAlterClientQuotasResponse, type AlterClientQuotasResponse } from './alter-client-quotas-response.js';

/** AlterClientQuotas (API key 49): versions 0-1 (inclusive) and codecs. */
export const AlterClientQuotasApi: ApiMeta<AlterClientQuotasRequest, AlterClientQuotasResponse> = {
  apiKey: 49,
  name: 'AlterClientQuotas',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 1,
  responseFlexibleMin: 1,
  decodeRequest: decodeAlterClientQuotasRequest,
  encodeRequest: encodeAlterClientQuotasRequest,
  decodeResponse: decodeAlterClientQuotasResponse,
  encodeResponse: encodeAlterClientQuotasResponse,
};
