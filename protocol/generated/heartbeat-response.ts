// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** HeartbeatResponse: versions and flexible versions. */
export const HeartbeatResponseMeta = { name: 'HeartbeatResponse', apiKey: 12, minVersion: 0, maxVersion: 4, flexibleMin: 4 } as const;

/** HeartbeatResponse (generated from HeartbeatResponse.json). */
export interface HeartbeatResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
}

/** A HeartbeatResponse with every field at its schema default. */
export function defaultHeartbeatResponse(): HeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

function readHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  const flex = v >= 4;
  let _throttleTimeMs: number = 0;
  if (v >= 1) {
    _throttleTimeMs = r.int32();
  }
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

function writeHeartbeatResponse(w: Writer, v: number, o: Input<HeartbeatResponse>): void {
  const flex = v >= 4;
  if (v >= 1) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a HeartbeatResponse of version `v`. */
export function decodeHeartbeatResponse(r: Reader, v: number): HeartbeatResponse {
  return readHeartbeatResponse(r, v);
}

/** Encodes a HeartbeatResponse of version `v`; missing fields take their defaults. */
export function encodeHeartbeatResponse(w: Writer, v: number, o: Input<HeartbeatResponse>): void {
  writeHeartbeatResponse(w, v, o);
}
