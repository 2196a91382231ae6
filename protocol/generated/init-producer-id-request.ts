// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** InitProducerIdRequest: versions and flexible versions. */
export const InitProducerIdRequestMeta = { name: 'InitProducerIdRequest', apiKey: 22, minVersion: 0, maxVersion: 5, flexibleMin: 2 } as const;

/** InitProducerIdRequest (generated from InitProducerIdRequest.json). */
export interface InitProducerIdRequest {
  transactionalId: string | null;
  transactionTimeoutMs: number;
  producerId: number;
  producerEpoch: number;
}

/** A InitProducerIdRequest with every field at its schema default. */
export function defaultInitProducerIdRequest(): InitProducerIdRequest {
  return {
    transactionalId: "",
    transactionTimeoutMs: 0,
    producerId: -1,
    producerEpoch: -1,
  };
}

function readInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  const flex = v >= 2;
  let _transactionalId: string | null = "";
  _transactionalId = r.nullableString(flex);
  let _transactionTimeoutMs: number = 0;
  _transactionTimeoutMs = r.int32();
  let _producerId: number = -1;
  if (v >= 3) {
    _producerId = r.int64();
  }
  let _producerEpoch: number = -1;
  if (v >= 3) {
    _producerEpoch = r.int16();
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
  return { transactionalId: _transactionalId, transactionTimeoutMs: _transactionTimeoutMs, producerId: _producerId, producerEpoch: _producerEpoch };
}

function writeInitProducerIdRequest(w: Writer, v: number, o: Input<InitProducerIdRequest>): void {
  const flex = v >= 2;
  w.nullableString((o.transactionalId === undefined ? "" : o.transactionalId), flex);
  w.int32((o.transactionTimeoutMs === undefined ? 0 : o.transactionTimeoutMs));
  if (v >= 3) {
    w.int64((o.producerId === undefined ? -1 : o.producerId));
  } else {
    if (o.producerId !== undefined && o.producerId !== -1) throw new UnsupportedVersionError('InitProducerIdRequest', 'InitProducerIdRequest.producerId', v, '3+');
  }
  if (v >= 3) {
    w.int16((o.producerEpoch === undefined ? -1 : o.producerEpoch));
  } else {
    if (o.producerEpoch !== undefined && o.producerEpoch !== -1) throw new UnsupportedVersionError('InitProducerIdRequest', 'InitProducerIdRequest.producerEpoch', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a InitProducerIdRequest of version `v`. */
export function decodeInitProducerIdRequest(r: Reader, v: number): InitProducerIdRequest {
  return readInitProducerIdRequest(r, v);
}

/** Encodes a InitProducerIdRequest of version `v`; missing fields take their defaults. */
export function encodeInitProducerIdRequest(w: Writer, v: number, o: Input<InitProducerIdRequest>): void {
  writeInitProducerIdRequest(w, v, o);
}
