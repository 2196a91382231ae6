// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** EndTxnRequest: versions and flexible versions. */
export const EndTxnRequestMeta = { name: 'EndTxnRequest', apiKey: 26, minVersion: 0, maxVersion: 5, flexibleMin: 3 } as const;

/** EndTxnRequest (generated from EndTxnRequest.json). */
export interface EndTxnRequest {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  committed: boolean;
}

/** A EndTxnRequest with every field at its schema default. */
export function defaultEndTxnRequest(): EndTxnRequest {
  return {
    transactionalId: "",
    producerId: 0,
    producerEpoch: 0,
    committed: false,
  };
}

function readEndTxnRequest(r: Reader, v: number): EndTxnRequest {
  const flex = v >= 3;
  let _transactionalId: string = "";
  _transactionalId = r.string(flex);
  let _producerId: number = 0;
  _producerId = r.int64();
  let _producerEpoch: number = 0;
  _producerEpoch = r.int16();
  let _committed: boolean = false;
  _committed = r.bool();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { transactionalId: _transactionalId, producerId: _producerId, producerEpoch: _producerEpoch, committed: _committed };
}

function writeEndTxnRequest(w: Writer, v: number, o: Input<EndTxnRequest>): void {
  const flex = v >= 3;
  w.string((o.transactionalId === undefined ? "" : o.transactionalId) ?? '', flex);
  w.int64((o.producerId === undefined ? 0 : o.producerId));
  w.int16((o.producerEpoch === undefined ? 0 : o.producerEpoch));
  w.bool((o.committed === undefined ? false : o.committed));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a EndTxnRequest of version `v`. */
export function decodeEndTxnRequest(r: Reader, v: number): EndTxnRequest {
  return readEndTxnRequest(r, v);
}

/** Encodes a EndTxnRequest of version `v`; missing fields take their defaults. */
export function encodeEndTxnRequest(w: Writer, v: number, o: Input<EndTxnRequest>): void {
  writeEndTxnRequest(w, v, o);
}
