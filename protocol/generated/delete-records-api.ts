// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDeleteRecordsRequest, encodeDeleteRecordsRequest, type DeleteRecordsRequest } from './delete-records-request.js';
import { decodeDeleteRecordsResponse, encodeDeleteRecordsResponse, type DeleteRecordsResponse } from './delete-records-response.js';

/** DeleteRecords (API key 21): versions 0-2 (inclusive) and codecs. */
export const DeleteRecordsApi: ApiMeta<DeleteRecordsRequest, DeleteRecordsResponse> = {
  apiKey: 21,
  name: 'DeleteRecords',
  minVersion: 0,
  maxVersion: 2,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeDeleteRecordsRequest,
  encodeRequest: encodeDeleteRecordsRequest,
  decodeResponse: decodeDeleteRecordsResponse,
  encodeResponse: encodeDeleteRecordsResponse,
};
