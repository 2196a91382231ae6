// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** SaslHandshakeRequest: versions and flexible versions. */
export const SaslHandshakeRequestMeta = { name: 'SaslHandshakeRequest', apiKey: 17, minVersion: 0, maxVersion: 1, flexibleMin: -1 } as const;

/** SaslHandshakeRequest (generated from SaslHandshakeRequest.json). */
export interface SaslHandshakeRequest {
  mechanism: string;
}

/** A SaslHandshakeRequest with every field at its schema default. */
export function defaultSaslHandshakeRequest(): SaslHandshakeRequest {
  return {
    mechanism: "",
  };
}

function readSaslHandshakeRequest(r: Reader, v: number): SaslHandshakeRequest {
  const flex = false;
  let _mechanism: string = "";
  _mechanism = r.string(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { mechanism: _mechanism };
}

function writeSaslHandshakeRequest(w: Writer, v: number, o: Input<SaslHandshakeRequest>): void {
  const flex = false;
  w.string((o.mechanism === undefined ? "" : o.mechanism) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a SaslHandshakeRequest of version `v`. */
export function decodeSaslHandshakeRequest(r: Reader, v: number): SaslHandshakeRequest {
  return readSaslHandshakeRequest(r, v);
}

/** Encodes a SaslHandshakeRequest of version `v`; missing fields take their defaults. */
export function encodeSaslHandshakeRequest(w: Writer, v: number, o: Input<SaslHandshakeRequest>): void {
  writeSaslHandshakeRequest(w, v, o);
}
