// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** AddOffsetsToTxnRequest: versions and flexible versions. */
export const AddOffsetsToTxnRequestMeta = { name: 'AddOffsetsToTxnRequest', apiKey: 25, minVersion: 0, maxVersion: 4, flexibleMin: 3 } as const;

/** AddOffsetsToTxnRequest (generated from AddOffsetsToTxnRequest.json). */
export interface AddOffsetsToTxnRequest {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  groupId: string;
}

/** A AddOffsetsToTxnRequest with every field at its schema default. */
export function defaultAddOffsetsToTxnRequest(): AddOffsetsToTxnRequest {
  return {
    transactionalId: "",
    producerId: 0,
    producerEpoch: 0,
    groupId: "",
  };
}

function readAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
  const flex = v >= 3;
  let _transactionalId: string = "";
  _transactionalId = r.string(flex);
  let _producerId: number = 0;
  _producerId = r.int64();
  let _producerEpoch: number = 0;
  _producerEpoch = r.int16();
  let _groupId: string = "";
  _groupId = r.string(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { transactionalId: _transactionalId, producerId: _producerId, producerEpoch: _producerEpoch, groupId: _groupId };
}

function writeAddOffsetsToTxnRequest(w: Writer, v: number, o: Input<AddOffsetsToTxnRequest>): void {
  const flex = v >= 3;
  w.string((o.transactionalId === undefined ? "" : o.transactionalId) ?? '', flex);
  w.int64((o.producerId === undefined ? 0 : o.producerId));
  w.int16((o.producerEpoch === undefined ? 0 : o.producerEpoch));
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AddOffsetsToTxnRequest of version `v`. */
export function decodeAddOffsetsToTxnRequest(r: Reader, v: number): AddOffsetsToTxnRequest {
  return readAddOffsetsToTxnRequest(r, v);
}

/** Encodes a AddOffsetsToTxnRequest of version `v`; missing fields take their defaults. */
export function encodeAddOffsetsToTxnRequest(w: Writer, v: number, o: Input<AddOffsetsToTxnRequest>): void {
  writeAddOffsetsToTxnRequest(w, v, o);
}
