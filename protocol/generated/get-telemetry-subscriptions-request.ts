// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** GetTelemetrySubscriptionsRequest: versions and flexible versions. */
export const GetTelemetrySubscriptionsRequestMeta = { name: 'GetTelemetrySubscriptionsRequest', apiKey: 71, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** GetTelemetrySubscriptionsRequest (generated from GetTelemetrySubscriptionsRequest.json). */
export interface GetTelemetrySubscriptionsRequest {
  clientInstanceId: string;
}

/** A GetTelemetrySubscriptionsRequest with every field at its schema default. */
export function defaultGetTelemetrySubscriptionsRequest(): GetTelemetrySubscriptionsRequest {
  return {
    clientInstanceId: ZERO_UUID,
  };
}

function readGetTelemetrySubscriptionsRequest(r: Reader, v: number): GetTelemetrySubscriptionsRequest {
  const flex = true;
  let _clientInstanceId: string = ZERO_UUID;
  _clientInstanceId = r.uuid();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { clientInstanceId: _clientInstanceId };
}

function writeGetTelemetrySubscriptionsRequest(w: Writer, v: number, o: Input<GetTelemetrySubscriptionsRequest>): void {
  const flex = true;
  w.uuid((o.clientInstanceId === undefined ? ZERO_UUID : o.clientInstanceId));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a GetTelemetrySubscriptionsRequest of version `v`. */
export function decodeGetTelemetrySubscriptionsRequest(r: Reader, v: number): GetTelemetrySubscriptionsRequest {
  return readGetTelemetrySubscriptionsRequest(r, v);
}

/** Encodes a GetTelemetrySubscriptionsRequest of version `v`; missing fields take their defaults. */
export function encodeGetTelemetrySubscriptionsRequest(w: Writer, v: number, o: Input<GetTelemetrySubscriptionsRequest>): void {
  writeGetTelemetrySubscriptionsRequest(w, v, o);
}
