// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeOffsetCommitRequest, encodeOffsetCommitRequest, type OffsetCommitRequest } from './offset-commit-request.js';
import { decodeOffsetCommitResponse, encodeOffsetCommitResponse, type OffsetCommitResponse } from './offset-commit-response.js';

/** OffsetCommit (API key 8): versions 0-9 (inclusive) and codecs. */
export const OffsetCommitApi: ApiMeta<OffsetCommitRequest, OffsetCommitResponse> = {
  apiKey: 8,
  name: 'OffsetCommit',
  minVersion: 0,
  maxVersion: 9,
  latestVersionUnstable: false,
  requestFlexibleMin: 8,
  responseFlexibleMin: 8,
  decodeRequest: decodeOffsetCommitRequest,
  encodeRequest: encodeOffsetCommitRequest,
  decodeResponse: decodeOffsetCommitResponse,
  encodeResponse: encodeOffsetCommitResponse,
};
