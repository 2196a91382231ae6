// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeMetadataRequest, encodeMetadataRequest, type MetadataRequest } from './metadata-request.js';
import { decodeMetadataResponse, encodeMetadataResponse, type MetadataResponse } from './metadata-response.js';

/** Metadata (API key 3): versions 0-12 (inclusive) and codecs. */
export const MetadataApi: ApiMeta<MetadataRequest, MetadataResponse> = {
  apiKey: 3,
  name: 'Metadata',
  minVersion: 0,
  maxVersion: 12,
  latestVersionUnstable: false,
  requestFlexibleMin: 9,
  responseFlexibleMin: 9,
  decodeRequest: decodeMetadataRequest,
  encodeRequest: encodeMetadataRequest,
  decodeResponse: decodeMetadataResponse,
  encodeResponse: encodeMetadataResponse,
};
