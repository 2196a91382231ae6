// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeElectLeadersRequest, encodeElectLeadersRequest, type ElectLeadersRequest } from './elect-leaders-request.js';
import { decodeElectLeadersResponse, encodeElectLeadersResponse, type ElectLeadersResponse } from './elect-leaders-response.js';

/** ElectLeaders (API key 43): versions 0-2 (inclusive) and codecs. */
export const ElectLeadersApi: ApiMeta<ElectLeadersRequest, ElectLeadersResponse> = {
  apiKey: 43,
  name: 'ElectLeaders',
  minVersion: 0,
  maxVersion: 2,
  latestVersionUnstable: false,
  requestFlexibleMin: 2,
  responseFlexibleMin: 2,
  decodeRequest: decodeElectLeadersRequest,
  encodeRequest: encodeElectLeadersRequest,
  decodeResponse: decodeElectLeadersResponse,
  encodeResponse: encodeElectLeadersResponse,
};
