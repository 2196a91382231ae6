// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** PushTelemetryResponse: versions and flexible versions. */
export const PushTelemetryResponseMeta = { name: 'PushTelemetryResponse', apiKey: 72, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** PushTelemetryResponse (generated from PushTelemetryResponse.json). */
export interface PushTelemetryResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
}

/** A PushTelemetryResponse with every field at its schema default. */
export function defaultPushTelemetryResponse(): PushTelemetryResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

function readPushTelemetryResponse(r: Reader, v: number): PushTelemetryResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode };
}

function writePushTelemetryResponse(w: Writer, v: number, o: Input<PushTelemetryResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a PushTelemetryResponse of version `v`. */
export function decodePushTelemetryResponse(r: Reader, v: number): PushTelemetryResponse {
  return readPushTelemetryResponse(r, v);
}

/** Encodes a PushTelemetryResponse of version `v`; missing fields take their defaults. */
export function encodePushTelemetryResponse(w: Writer, v: number, o: Input<PushTelemetryResponse>): void {
  writePushTelemetryResponse(w, v, o);
}
