// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeJoinGroupRequest, encodeJoinGroupRequest, type JoinGroupRequest } from './join-group-request.js';
import { decodeJoinGroupResponse, encodeJoinGroupResponse, type JoinGroupResponse } from './join-group-response.js';

/** JoinGroup (API key 11): versions 0-9 (inclusive) and codecs. */
export const JoinGroupApi: ApiMeta<JoinGroupRequest, JoinGroupResponse> = {
  apiKey: 11,
  name: 'JoinGroup',
  minVersion: 0,
  maxVersion: 9,
  latestVersionUnstable: false,
  requestFlexibleMin: 6,
  responseFlexibleMin: 6,
  decodeRequest: decodeJoinGroupRequest,
  encodeRequest: encodeJoinGroupRequest,
  decodeResponse: decodeJoinGroupResponse,
  encodeResponse: encodeJoinGroupResponse,
};
