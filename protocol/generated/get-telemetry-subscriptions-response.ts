// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** GetTelemetrySubscriptionsResponse: versions and flexible versions. */
export const GetTelemetrySubscriptionsResponseMeta = { name: 'GetTelemetrySubscriptionsResponse', apiKey: 71, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** GetTelemetrySubscriptionsResponse (generated from GetTelemetrySubscriptionsResponse.json). */
export interface GetTelemetrySubscriptionsResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  clientInstanceId: string;
  subscriptionId: number;
  acceptedCompressionTypes: number[];
  pushIntervalMs: number;
  telemetryMaxBytes: number;
  deltaTemporality: boolean;
  requestedMetrics: string[];
}

/** A GetTelemetrySubscriptionsResponse with every field at its schema default. */
export function defaultGetTelemetrySubscriptionsResponse(): GetTelemetrySubscriptionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    acceptedCompressionTypes: [],
    pushIntervalMs: 0,
    telemetryMaxBytes: 0,
    deltaTemporality: false,
    requestedMetrics: [],
  };
}

function readGetTelemetrySubscriptionsResponse(r: Reader, v: number): GetTelemetrySubscriptionsResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _clientInstanceId: string = ZERO_UUID;
  _clientInstanceId = r.uuid();
  let _subscriptionId: number = 0;
  _subscriptionId = r.int32();
  let _acceptedCompressionTypes: number[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _acceptedCompressionTypes = [];
  else {
    const a1: number[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.int8();
    _acceptedCompressionTypes = a1;
  }
  let _pushIntervalMs: number = 0;
  _pushIntervalMs = r.int32();
  let _telemetryMaxBytes: number = 0;
  _telemetryMaxBytes = r.int32();
  let _deltaTemporality: boolean = false;
  _deltaTemporality = r.bool();
  let _requestedMetrics: string[] = [];
  const n2 = r.arrayLength(flex);
  if (n2 < 0) _requestedMetrics = [];
  else {
    const a3: string[] = new Array(n2);
    for (let i = 0; i < n2; i++) a3[i] = r.string(flex);
    _requestedMetrics = a3;
  }
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, clientInstanceId: _clientInstanceId, subscriptionId: _subscriptionId, acceptedCompressionTypes: _acceptedCompressionTypes, pushIntervalMs: _pushIntervalMs, telemetryMaxBytes: _telemetryMaxBytes, deltaTemporality: _deltaTemporality, requestedMetrics: _requestedMetrics };
}

function writeGetTelemetrySubscriptionsResponse(w: Writer, v: number, o: Input<GetTelemetrySubscriptionsResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.uuid((o.clientInstanceId === undefined ? ZERO_UUID : o.clientInstanceId));
  w.int32((o.subscriptionId === undefined ? 0 : o.subscriptionId));
  const a4 = (o.acceptedCompressionTypes === undefined ? [] : o.acceptedCompressionTypes);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) w.int8(a4[i]);
  }
  w.int32((o.pushIntervalMs === undefined ? 0 : o.pushIntervalMs));
  w.int32((o.telemetryMaxBytes === undefined ? 0 : o.telemetryMaxBytes));
  w.bool((o.deltaTemporality === undefined ? false : o.deltaTemporality));
  const a5 = (o.requestedMetrics === undefined ? [] : o.requestedMetrics);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) w.string(a5[i] ?? '', flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a GetTelemetrySubscriptionsResponse of version `v`. */
export function decodeGetTelemetrySubscriptionsResponse(r: Reader, v: number): GetTelemetrySubscriptionsResponse {
  return readGetTelemetrySubscriptionsResponse(r, v);
}

/** Encodes a GetTelemetrySubscriptionsResponse of version `v`; missing fields take their defaults. */
export function encodeGetTelemetrySubscriptionsResponse(w: Writer, v: number, o: Input<GetTelemetrySubscriptionsResponse>): void {
  writeGetTelemetrySubscriptionsResponse(w, v, o);
}
