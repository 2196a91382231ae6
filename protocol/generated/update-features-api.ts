// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeUpdateFeaturesRequest, encodeUpdateFeaturesRequest, type UpdateFeaturesRequest } from './update-features-request.js';
import { decodeUpdateFeaturesResponse, encodeUpdateFeaturesResponse, type UpdateFeaturesResponse } from './update-features-response.js';

/** UpdateFeatures (API key 57): versions 0-2 (inclusive) and codecs. */
export const UpdateFeaturesApi: ApiMeta<UpdateFeaturesRequest, UpdateFeaturesResponse> = {
  apiKey: 57,
  name: 'UpdateFeatures',
  minVersion: 0,
  maxVersion: 2,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeUpdateFeaturesRequest,
  encodeRequest: encodeUpdateFeaturesRequest,
  decodeResponse: decodeUpdateFeaturesResponse,
  encodeResponse: encodeUpdateFeaturesResponse,
};
