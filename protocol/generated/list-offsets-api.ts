// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeListOffsetsRequest, encodeListOffsetsRequest, type ListOffsetsRequest } from './list-offsets-request.js';
import { decodeListOffsetsResponse, encodeListOffsetsResponse, type ListOffsetsResponse } from './list-offsets-response.js';

/** ListOffsets (API key 2): versions 0-10 (inclusive) and codecs. */
export const ListOffsetsApi: ApiMeta<ListOffsetsRequest, ListOffsetsResponse> = {
  apiKey: 2,
  name: 'ListOffsets',
  minVersion: 0,
  maxVersion: 10,
  latestVersionUnstable: false,
  requestFlexibleMin: 6,
  responseFlexibleMin: 6,
  decodeRequest: decodeListOffsetsRequest,
  encodeRequest: encodeListOffsetsRequest,
  decodeResponse: decodeListOffsetsResponse,
  encodeResponse: encodeListOffsetsResponse,
};
