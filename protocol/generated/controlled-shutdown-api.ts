// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeControlledShutdownRequest, encodeControlledShutdownRequest, type ControlledShutdownRequest } from './controlled-shutdown-request.js';
import { decodeControlledShutdownResponse, encodeControlledShutdownResponse, type ControlledShutdownResponse } from './controlled-shutdown-response.js';

/** ControlledShutdown (API key 7): versions 0-3 (inclusive) and codecs. */
export const ControlledShutdownApi: ApiMeta<ControlledShutdownRequest, ControlledShutdownResponse> = {
  apiKey: 7,
  name: 'ControlledShutdown',
  minVersion: 0,
  maxVersion: 3,
  latestVersionUnstable: false,
  requestFlexibleMin: 3,
  responseFlexibleMin: 3,
  decodeRequest: decodeControlledShutdownRequest,
  encodeRequest: encodeControlledShutdownRequest,
  decodeResponse: decodeControlledShutdownResponse,
  encodeResponse: encodeControlledShutdownResponse,
};
