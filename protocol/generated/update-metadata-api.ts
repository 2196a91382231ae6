// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeUpdateMetadataRequest, encodeUpdateMetadataRequest, type UpdateMetadataRequest } from './update-metadata-request.js';
import { decodeUpdateMetadataResponse, encodeUpdateMetadataResponse, type UpdateMetadataResponse } from './update-metadata-response.js';

/** UpdateMetadata (API key 6): versions 0-8 (inclusive) and codecs. */
export const UpdateMetadataApi: ApiMeta<UpdateMetadataRequest, UpdateMetadataResponse> = {
  apiKey: 6,
  name: 'UpdateMetadata',
  minVersion: 0,
  maxVersion: 8,
  latestVersionUnstable: false,
  requestFlexibleMin: 6,
  responseFlexibleMin: 6,
  decodeRequest: decodeUpdateMetadataRequest,
  encodeRequest: encodeUpdateMetadataRequest,
  decodeResponse: decodeUpdateMetadataResponse,
  encodeResponse: encodeUpdateMetadataResponse,
};
