// generated, do not edit

import type { ApiMeta } from '../api-meta.js';
import { decodeGetTelemetrySubscriptionsRequest, encodeGetTelemetrySubscriptionsRequest, type GetTelemetrySubscriptionsRequest } from './get-telemetry-subscriptions-request.js';
import { decodeGetTelemetrySubscriptionsResponse, encodeGetTelemetrySubscriptionsResponse, type GetTelemetrySubscriptionsResponse } from './get-telemetry-subscriptions-response.js';

/** GetTelemetrySubscriptions (API key 71): versions 0-0 (inclusive) and codecs. */
export const GetTelemetrySubscriptionsApi: ApiMeta<GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse> = {
  apiKey: 71,
  name: 'GetTelemetrySubscriptions',
  minVersion: 0,
  maxVersion: 0,
  latestVersionUnstable: false,
  requestFlexibleMin: 0,
  responseFlexibleMin: 0,
  decodeRequest: decodeGetTelemetrySubscriptionsRequest,
  encodeRequest: encodeGetTelemetrySubscriptionsRequest,
  decodeResponse: decodeGetTelemetrySubscriptionsResponse,
  encodeResponse: encodeGetTelemetrySubscriptionsResponse,
};
