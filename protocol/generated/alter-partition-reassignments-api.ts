// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAlterPartitionReassignmentsRequest, encodeAlterPartitionReassignmentsRequest, type AlterPartitionReassignmentsRequest } from './alter-partition-reassignments-request.js';
import { decodeAlterPartitionReassignmentsResponse, encodeAlterPartitionReassignmentsResponse, type AlterPartitionReassignmentsResponse } from './alter-partition-reassignments-response.js';

/** AlterPartitionReassignments (API key 45): versions 0-0 (inclusive) and codecs. */
export const AlterPartitionReassignmentsApi: ApiMeta<AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse> = {
  apiKey: 45,
  name: 'AlterPartitionReassignments',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeAlterPartitionReassignmentsRequest,
  encodeRequest: encodeAlterPartitionReassignmentsRequest,
  decodeResponse: decodeAlterPartitionReassignmentsResponse,
  encodeResponse: encodeAlterPartitionReassignmentsResponse,
};
