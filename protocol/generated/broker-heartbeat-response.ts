// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** BrokerHeartbeatResponse: versions and flexible versions. */
export const BrokerHeartbeatResponseMeta = { name: 'BrokerHeartbeatResponse', apiKey: 63, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** BrokerHeartbeatResponse (generated from BrokerHeartbeatResponse.json). */
export interface BrokerHeartbeatResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  isCaughtUp: boolean;
  isFenced: boolean;
  shouldShutDown: boolean;
}

/** A BrokerHeartbeatResponse with every field at its schema default. */
export function defaultBrokerHeartbeatResponse(): BrokerHeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    isCaughtUp: false,
    isFenced: true,
    shouldShutDown: false,
  };
}

function readBrokerHeartbeatResponse(r: Reader, v: number): BrokerHeartbeatResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _isCaughtUp: boolean = false;
  _isCaughtUp = r.bool();
  let _isFenced: boolean = true;
  _isFenced = r.bool();
  let _shouldShutDown: boolean = false;
  _shouldShutDown = r.bool();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, isCaughtUp: _isCaughtUp, isFenced: _isFenced, shouldShutDown: _shouldShutDown };
}

function writeBrokerHeartbeatResponse(w: Writer, v: number, o: Input<BrokerHeartbeatResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.bool((o.isCaughtUp === undefined ? false : o.isCaughtUp));
  w.bool((o.isFenced === undefined ? true : o.isFenced));
  w.bool((o.shouldShutDown === undefined ? false : o.shouldShutDown));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a BrokerHeartbeatResponse of version `v`. */
export function decodeBrokerHeartbeatResponse(r: Reader, v: number): BrokerHeartbeatResponse {
  return readBrokerHeartbeatResponse(r, v);
}

/** Encodes a BrokerHeartbeatResponse of version `v`; missing fields take their defaults. */
export function encodeBrokerHeartbeatResponse(w: Writer, v: number, o: Input<BrokerHeartbeatResponse>): void {
  writeBrokerHeartbeatResponse(w, v, o);
}
