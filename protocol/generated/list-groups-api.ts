// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeListGroupsRequest, encodeListGroupsRequest, type ListGroupsRequest } from './list-groups-request.js';
import { decodeListGroupsResponse, encodeListGroupsResponse, type ListGroupsResponse } from './list-groups-response.js';

/** ListGroups (API key 16): versions 0-5 (inclusive) and codecs. */
export const ListGroupsApi: ApiMeta<ListGroupsRequest, ListGroupsResponse> = {
  apiKey: 16,
  name: 'ListGroups',
  minVersion: 0,
  maxVersion: 5,
  latestVersionUnstable: false,
  requestFlexibleMin: 3,
  responseFlexibleMin: 3,
  decodeRequest: decodeListGroupsRequest,
  encodeRequest: encodeListGroupsRequest,
  decodeResponse: decodeListGroupsResponse,
  encodeResponse: encodeListGroupsResponse,
};
