// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodePushTelemetryRequest, encodePushTelemetryRequest, type PushTelemetryRequest } from './push-telemetry-request.js';
import { decodePushTelemetryResponse, encodePushTelemetryResponse, type PushTelemetryResponse } from './push-telemetry-response.js';

/** PushTelemetry (API key 72): versions 0-0 (inclusive) and codecs. */
export const PushTelemetryApi: ApiMeta<PushTelemetryRequest, PushTelemetryResponse> = {
  apiKey: 72,
  name: 'PushTelemetry',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodePushTelemetryRequest,
  encodeRequest: encodePushTelemetryRequest,
  decodeResponse: decodePushTelemetryResponse,
  encodeResponse: encodePushTelemetryResponse,
};
