// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeFetchSnapshotRequest, encodeFetchSnapshotRequest, type FetchSnapshotRequest } from './fetch-snapshot-request.js';
import { decodeFetchSnapshotResponse, encodeFetchSnapshotResponse, type FetchSnapshotResponse } from './fetch-snapshot-response.js';

/** FetchSnapshot (API key 59): versions 0-1 (inclusive) and codecs. */
export const FetchSnapshotApi: ApiMeta<FetchSnapshotRequest, FetchSnapshotResponse> = {
  apiKey: 59,
  name: 'FetchSnapshot',
  minVersion: 0,
  maxVersion: 1,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeFetchSnapshotRequest,
  encodeRequest: encodeFetchSnapshotRequest,
  decodeResponse: decodeFetchSnapshotResponse,
  encodeResponse: encodeFetchSnapshotResponse,
};
