// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

const EMPTY = Buffer.alloc(0);

/** PushTelemetryRequest: versions and flexible versions. */
export const PushTelemetryRequestMeta = { name: 'PushTelemetryRequest', apiKey: 72, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** PushTelemetryRequest (generated from PushTelemetryRequest.json). */
export interface PushTelemetryRequest {
  clientInstanceId: string;
  subscriptionId: number;
  terminating: boolean;
  compressionType: number;
  metrics: Buffer;
}

/** A PushTelemetryRequest with every field at its schema default. */
export function defaultPushTelemetryRequest(): PushTelemetryRequest {
  return {
    clientInstanceId: ZERO_UUID,
    subscriptionId: 0,
    terminating: false,
    compressionType: 0,
    metrics: EMPTY,
  };
}

function readPushTelemetryRequest(r: Reader, v: number): PushTelemetryRequest {
  const flex = true;
  let _clientInstanceId: string = ZERO_UUID;
  _clientInstanceId = r.uuid();
  let _subscriptionId: number = 0;
  _subscriptionId = r.int32();
  let _terminating: boolean = false;
  _terminating = r.bool();
  let _compressionType: number = 0;
  _compressionType = r.int8();
  let _metrics: Buffer = EMPTY;
  _metrics = r.bytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { clientInstanceId: _clientInstanceId, subscriptionId: _subscriptionId, terminating: _terminating, compressionType: _compressionType, metrics: _metrics };
}

function writePushTelemetryRequest(w: Writer, v: number, o: Input<PushTelemetryRequest>): void {
  const flex = true;
  w.uuid((o.clientInstanceId === undefined ? ZERO_UUID : o.clientInstanceId));
  w.int32((o.subscriptionId === undefined ? 0 : o.subscriptionId));
  w.bool((o.terminating === undefined ? false : o.terminating));
  w.int8((o.compressionType === undefined ? 0 : o.compressionType));
  w.bytes((o.metrics === undefined ? EMPTY : o.metrics) ?? EMPTY, flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a PushTelemetryRequest of version `v`. */
export function decodePushTelemetryRequest(r: Reader, v: number): PushTelemetryRequest {
  return readPushTelemetryRequest(r, v);
}

/** Encodes a PushTelemetryRequest of version `v`; missing fields take their defaults. */
export function encodePushTelemetryRequest(w: Writer, v: number, o: Input<PushTelemetryRequest>): void {
  writePushTelemetryRequest(w, v, o);
}
