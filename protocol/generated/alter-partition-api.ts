// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeAlterPartitionRequest, encodeAlterPartitionRequest, type AlterPartitionRequest } from './alter-partition-request.js';
import { decodeAlterPartitionResponse, encodeAlterPartitionResponse, type AlterPartitionResponse } from './alter-partition-response.js';

/** AlterPartition (API key 56): versions 0-3 (inclusive) and codecs. */
export const AlterPartitionApi: ApiMeta<AlterPartitionRequest, AlterPartitionResponse> = {
  apiKey: 56,
  name: 'AlterPartition',
  minVersion: 0,
  maxVersion: 3,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeAlterPartitionRequest,
  encodeRequest: encodeAlterPartitionRequest,
  decodeResponse: decodeAlterPartitionResponse,
  encodeResponse: encodeAlterPartitionResponse,
};
