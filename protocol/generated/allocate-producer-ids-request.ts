// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** AllocateProducerIdsRequest: versions and flexible versions. */
export const AllocateProducerIdsRequestMeta = { name: 'AllocateProducerIdsRequest', apiKey: 67, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** AllocateProducerIdsRequest (generated from AllocateProducerIdsRequest.json). */
export interface AllocateProducerIdsRequest {
  brokerId: number;
  brokerEpoch: number;
}

/** A AllocateProducerIdsRequest with every field at its schema default. */
export function defaultAllocateProducerIdsRequest(): AllocateProducerIdsRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1,
  };
}

function readAllocateProducerIdsRequest(r: Reader, v: number): AllocateProducerIdsRequest {
  const flex = true;
  let _brokerId: number = 0;
  _brokerId = r.int32();
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
  return { brokerId: _brokerId, brokerEpoch: _brokerEpoch };
}

function writeAllocateProducerIdsRequest(w: Writer, v: number, o: Input<AllocateProducerIdsRequest>): void {
  const flex = true;
  w.int32((o.brokerId === undefined ? 0 : o.brokerId));
  w.int64((o.brokerEpoch === undefined ? -1 : o.brokerEpoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AllocateProducerIdsRequest of version `v`. */
export function decodeAllocateProducerIdsRequest(r: Reader, v: number): AllocateProducerIdsRequest {
  return readAllocateProducerIdsRequest(r, v);
}

/** Encodes a AllocateProducerIdsRequest of version `v`; missing fields take their defaults. */
export function encodeAllocateProducerIdsRequest(w: Writer, v: number, o: Input<AllocateProducerIdsRequest>): void {
  writeAllocateProducerIdsRequest(w, v, o);
}
