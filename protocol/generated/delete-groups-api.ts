// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDeleteGroupsRequest, encodeDeleteGroupsRequest, type DeleteGroupsRequest } from './delete-groups-request.js';
import { decodeDeleteGroupsResponse, encodeDeleteGroupsResponse, type DeleteGroupsResponse } from './delete-groups-response.js';

/** DeleteGroups (API key 42): versions 0-2 (inclusive) and codecs. */
export const DeleteGroupsApi: ApiMeta<DeleteGroupsRequest, DeleteGroupsResponse> = {
  apiKey: 42,
  name: 'DeleteGroups',
  minVersion: 0,
  maxVersion: 2,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeDeleteGroupsRequest,
  encodeRequest: encodeDeleteGroupsRequest,
  decodeResponse: decodeDeleteGroupsResponse,
  encodeResponse: encodeDeleteGroupsResponse,
};
