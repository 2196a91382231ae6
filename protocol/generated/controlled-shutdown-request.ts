// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ControlledShutdownRequest: versions and flexible versions. */
export const ControlledShutdownRequestMeta = { name: 'ControlledShutdownRequest', apiKey: 7, minVersion: 0, maxVersion: 3, flexibleMin: 3 } as const;

/** ControlledShutdownRequest (generated from ControlledShutdownRequest.json). */
export interface ControlledShutdownRequest {
  brokerId: number;
  brokerEpoch: number;
}

/** A ControlledShutdownRequest with every field at its schema default. */
export function defaultControlledShutdownRequest(): ControlledShutdownRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1,
  };
}

function readControlledShutdownRequest(r: Reader, v: number): ControlledShutdownRequest {
  const flex = v >= 3;
  let _brokerId: number = 0;
  _brokerId = r.int32();
  let _brokerEpoch: number = -1;
  if (v >= 2) {
    _brokerEpoch = r.int64();
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
  return { brokerId: _brokerId, brokerEpoch: _brokerEpoch };
}

function writeControlledShutdownRequest(w: Writer, v: number, o: Input<ControlledShutdownRequest>): void {
  const flex = v >= 3;
  w.int32((o.brokerId === undefined ? 0 : o.brokerId));
  if (v >= 2) {
    w.int64((o.brokerEpoch === undefined ? -1 : o.brokerEpoch));
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ControlledShutdownRequest of version `v`. */
export function decodeControlledShutdownRequest(r: Reader, v: number): ControlledShutdownRequest {
  return readControlledShutdownRequest(r, v);
}

/** Encodes a ControlledShutdownRequest of version `v`; missing fields take their defaults. */
export function encodeControlledShutdownRequest(w: Writer, v: number, o: Input<ControlledShutdownRequest>): void {
  writeControlledShutdownRequest(w, v, o);
}
