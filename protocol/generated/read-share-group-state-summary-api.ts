// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeReadShareGroupStateSummaryRequest, encodeReadShareGroupStateSummaryRequest, type ReadShareGroupStateSummaryRequest } from './read-share-group-state-summary-request.js';
import { decodeReadShareGroupStateSummaryResponse, encodeReadShareGroupStateSummaryResponse, type ReadShareGroupStateSummaryResponse } from './read-share-group-state-summary-response.js';

/** ReadShareGroupStateSummary (API key 87): versions 0-0 (inclusive) and codecs. */
export const ReadShareGroupStateSummaryApi: ApiMeta<ReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryResponse> = {
  apiKey: 87,
  name: 'ReadShareGroupStateSummary',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: true,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeReadShareGroupStateSummaryRequest,
  encodeRequest: encodeReadShareGroupStateSummaryRequest,
  decodeResponse: decodeReadShareGroupStateSummaryResponse,
  encodeResponse: encodeReadShareGroupStateSummaryResponse,
};
