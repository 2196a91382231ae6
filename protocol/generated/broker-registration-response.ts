// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** BrokerRegistrationResponse: versions and flexible versions. */
export const BrokerRegistrationResponseMeta = { name: 'BrokerRegistrationResponse', apiKey: 62, minVersion: 0, maxVersion: 4, flexibleMin: 0 } as const;

/** BrokerRegistrationResponse (generated from BrokerRegistrationResponse.json). */
export interface BrokerRegistrationResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  brokerEpoch: number;
}

/** A BrokerRegistrationResponse with every field at its schema default. */
export function defaultBrokerRegistrationResponse(): BrokerRegistrationResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    brokerEpoch: -1,
  };
}

function readBrokerRegistrationResponse(r: Reader, v: number): BrokerRegistrationResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _brokerEpoch: number = -1;
  _brokerEpoch = r.int64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, brokerEpoch: _brokerEpoch };
}

function writeBrokerRegistrationResponse(w: Writer, v: number, o: Input<BrokerRegistrationResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int64((o.brokerEpoch === undefined ? -1 : o.brokerEpoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a BrokerRegistrationResponse of version `v`. */
export function decodeBrokerRegistrationResponse(r: Reader, v: number): BrokerRegistrationResponse {
  return readBrokerRegistrationResponse(r, v);
}

/** Encodes a BrokerRegistrationResponse of version `v`; missing fields take their defaults. */
export function encodeBrokerRegistrationResponse(w: Writer, v: number, o: Input<BrokerRegistrationResponse>): void {
  writeBrokerRegistrationResponse(w, v, o);
}
