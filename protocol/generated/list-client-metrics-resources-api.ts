// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeListClientMetricsResourcesRequest, encodeListClientMetricsResourcesRequest, type ListClientMetricsResourcesRequest } from './list-client-metrics-resources-request.js';
import { decodeListClientMetricsResourcesResponse, encodeListClientMetricsResourcesResponse, type ListClientMetricsResourcesResponse } from './list-client-metrics-resources-response.js';

/** ListClientMetricsResources (API key 74): versions 0-0 (inclusive) and codecs. */
export const ListClientMetricsResourcesApi: ApiMeta<ListClientMetricsResourcesRequest, ListClientMetricsResourcesResponse> = {
  apiKey: 74,
  name: 'ListClientMetricsResources',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeListClientMetricsResourcesRequest,
  encodeRequest: encodeListClientMetricsResourcesRequest,
  decodeResponse: decodeListClientMetricsResourcesResponse,
  encodeResponse: encodeListClientMetricsResourcesResponse,
};
