// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

const EMPTY = Buffer.alloc(0);

/** EnvelopeRequest: versions and flexible versions. */
export const EnvelopeRequestMeta = { name: 'EnvelopeRequest', apiKey: 58, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** EnvelopeRequest (generated from EnvelopeRequest.json). */
export interface EnvelopeRequest {
  requestData: Buffer;
  requestPrincipal: Buffer | null;
  clientHostAddress: Buffer;
}

/** A EnvelopeRequest with every field at its schema default. */
export function defaultEnvelopeRequest(): EnvelopeRequest {
  return {
    requestData: EMPTY,
    requestPrincipal: EMPTY,
    clientHostAddress: EMPTY,
  };
}

function readEnvelopeRequest(r: Reader, v: number): EnvelopeRequest {
  const flex = true;
  let _requestData: Buffer = EMPTY;
  _requestData = r.bytes(flex);
  let _requestPrincipal: Buffer | null = EMPTY;
  _requestPrincipal = r.nullableBytes(flex);
  let _clientHostAddress: Buffer = EMPTY;
  _clientHostAddress = r.bytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { requestData: _requestData, requestPrincipal: _requestPrincipal, clientHostAddress: _clientHostAddress };
}

function writeEnvelopeRequest(w: Writer, v: number, o: Input<EnvelopeRequest>): void {
  const flex = true;
  w.bytes((o.requestData === undefined ? EMPTY : o.requestData) ?? EMPTY, flex);
  w.nullableBytes((o.requestPrincipal === undefined ? EMPTY : o.requestPrincipal), flex);
  w.bytes((o.clientHostAddress === undefined ? EMPTY : o.clientHostAddress) ?? EMPTY, flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a EnvelopeRequest of version `v`. */
export function decodeEnvelopeRequest(r: Reader, v: number): EnvelopeRequest {
  return readEnvelopeRequest(r, v);
}

/** Encodes a EnvelopeRequest of version `v`; missing fields take their defaults. */
export function encodeEnvelopeRequest(w: Writer, v: number, o: Input<EnvelopeRequest>): void {
  writeEnvelopeRequest(w, v, o);
}
