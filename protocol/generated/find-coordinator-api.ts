// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeFindCoordinatorRequest, encodeFindCoordinatorRequest, type FindCoordinatorRequest } from './find-coordinator-request.js';
import { decodeFindCoordinatorResponse, encodeFindCoordinatorResponse, type FindCoordinatorResponse } from './find-coordinator-response.js';

/** FindCoordinator (API key 10): versions 0-6 (inclusive) and codecs. */
export const FindCoordinatorApi: ApiMeta<FindCoordinatorRequest, FindCoordinatorResponse> = {
  apiKey: 10,
  name: 'FindCoordinator',
  minVersion: 0,
  maxVersion: 6,
  latestVersionUnstable: false,
  requestFlexibleMin: 3,
  responseFlexibleMin: 3,
  decodeRequest: decodeFindCoordinatorRequest,
  encodeRequest: encodeFindCoordinatorRequest,
  decodeResponse: decodeFindCoordinatorResponse,
  encodeResponse: encodeFindCoordinatorResponse,
};
