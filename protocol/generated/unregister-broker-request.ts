// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** UnregisterBrokerRequest: versions and flexible versions. */
export const UnregisterBrokerRequestMeta = { name: 'UnregisterBrokerRequest', apiKey: 64, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** UnregisterBrokerRequest (generated from UnregisterBrokerRequest.json). */
export interface UnregisterBrokerRequest {
  brokerId: number;
}

/** A UnregisterBrokerRequest with every field at its schema default. */
export function defaultUnregisterBrokerRequest(): UnregisterBrokerRequest {
  return {
    brokerId: 0,
  };
}

function readUnregisterBrokerRequest(r: Reader, v: number): UnregisterBrokerRequest {
  const flex = true;
  let _brokerId: number = 0;
  _brokerId = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { brokerId: _brokerId };
}

function writeUnregisterBrokerRequest(w: Writer, v: number, o: Input<UnregisterBrokerRequest>): void {
  const flex = true;
  w.int32((o.brokerId === undefined ? 0 : o.brokerId));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a UnregisterBrokerRequest of version `v`. */
export function decodeUnregisterBrokerRequest(r: Reader, v: number): UnregisterBrokerRequest {
  return readUnregisterBrokerRequest(r, v);
}

/** Encodes a UnregisterBrokerRequest of version `v`; missing fields take their defaults. */
export function encodeUnregisterBrokerRequest(w: Writer, v: number, o: Input<UnregisterBrokerRequest>): void {
  writeUnregisterBrokerRequest(w, v, o);
}
