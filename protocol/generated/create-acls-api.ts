// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeCreateAclsRequest, encodeCreateAclsRequest, type CreateAclsRequest } from './create-acls-request.js';
import { decodeCreateAclsResponse, encodeCreateAclsResponse, type CreateAclsResponse } from './create-acls-response.js';

/** CreateAcls (API key 30): versions 0-3 (inclusive) and codecs. */
export const CreateAclsApi: ApiMeta<CreateAclsRequest, CreateAclsResponse> = {
  apiKey: 30,
  name: 'CreateAcls',
  minVersion: 0,
  maxVersion: 3,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeCreateAclsRequest,
  encodeRequest: encodeCreateAclsRequest,
  decodeResponse: decodeCreateAclsResponse,
  encodeResponse: encodeCreateAclsResponse,
};
