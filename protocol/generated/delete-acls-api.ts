// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeDeleteAclsRequest, encodeDeleteAclsRequest, type DeleteAclsRequest } from './delete-acls-request.js';
import { decodeDeleteAclsResponse, encodeDeleteAclsResponse, type DeleteAclsResponse } from './delete-acls-response.js';

/** DeleteAcls (API key 31): versions 0-3 (inclusive) and codecs. */
export const DeleteAclsApi: ApiMeta<DeleteAclsRequest, DeleteAclsResponse> = {
  apiKey: 31,
  name: 'DeleteAcls',
  minVersion: 0,
  maxVersion: 3,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeDeleteAclsRequest,
  encodeRequest: encodeDeleteAclsRequest,
  decodeResponse: decodeDeleteAclsResponse,
  encodeResponse: encodeDeleteAclsResponse,
};
