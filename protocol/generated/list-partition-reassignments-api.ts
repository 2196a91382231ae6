// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeListPartitionReassignmentsRequest, encodeListPartitionReassignmentsRequest, type ListPartitionReassignmentsRequest } from './list-partition-reassignments-request.js';
import { decodeListPartitionReassignmentsResponse, encodeListPartitionReassignmentsResponse, type ListPartitionReassignmentsResponse } from './list-partition-reassignments-response.js';

/** ListPartitionReassignments (API key 46): versions 0-0 (inclusive) and codecs. */
export const ListPartitionReassignmentsApi: ApiMeta<ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse> = {
  apiKey: 46,
  name: 'ListPartitionReassignments',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeListPartitionReassignmentsRequest,
  encodeRequest: encodeListPartitionReassignmentsRequest,
  decodeResponse: decodeListPartitionReassignmentsResponse,
  encodeResponse: encodeListPartitionReassignmentsResponse,
};
