// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeLeaveGroupRequest, encodeLeaveGroupRequest, type LeaveGroupRequest } from './leave-group-request.js';
import { decodeLeaveGroupResponse, encodeLeaveGroupResponse, type LeaveGroupResponse } from './leave-group-response.js';

/** LeaveGroup (API key 13): versions 0-5 (inclusive) and codecs. */
export const LeaveGroupApi: ApiMeta<LeaveGroupRequest, LeaveGroupResponse> = {
  apiKey: 13,
  name: 'LeaveGroup',
  minVersion: 0,
  maxVersion: 5,
  latestVersionUnstable: false,
  requestFlexibleMin: 4,
  responseFlexibleMin: 4,
  decodeRequest: decodeLeaveGroupRequest,
  encodeRequest: encodeLeaveGroupRequest,
  decodeResponse: decodeLeaveGroupResponse,
  encodeResponse: encodeLeaveGroupResponse,
};
