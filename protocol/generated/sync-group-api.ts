// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeSyncGroupRequest, encodeSyncGroupRequest, type SyncGroupRequest } from './sync-group-request.js';
import { decodeSyncGroupResponse, encodeSyncGroupResponse, type SyncGroupResponse } from './sync-group-response.js';

/** SyncGroup (API key 14): versions 0-5 (inclusive) and codecs. */
export const SyncGroupApi: ApiMeta<SyncGroupRequest, SyncGroupResponse> = {
  apiKey: 14,
  name: 'SyncGroup',
  minVersion: 0,
  maxVersion: 5,
  latestVersionUnstable: false,
  requestFlexibleMin: 4,
  responseFlexibleMin: 4,
  decodeRequest: decodeSyncGroupRequest,
  encodeRequest: encodeSyncGroupRequest,
  decodeResponse: decodeSyncGroupResponse,
  encodeResponse: encodeSyncGroupResponse,
};
