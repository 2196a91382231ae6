// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

const EMPTY = Buffer.alloc(0);

/** SaslAuthenticateRequest: versions and flexible versions. */
export const SaslAuthenticateRequestMeta = { name: 'SaslAuthenticateRequest', apiKey: 36, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** SaslAuthenticateRequest (generated from SaslAuthenticateRequest.json). */
export interface SaslAuthenticateRequest {
  authBytes: Buffer;
}

/** A SaslAuthenticateRequest with every field at its schema default. */
export function defaultSaslAuthenticateRequest(): SaslAuthenticateRequest {
  return {
    authBytes: EMPTY,
  };
}

function readSaslAuthenticateRequest(r: Reader, v: number): SaslAuthenticateRequest {
  const flex = v >= 2;
  let _authBytes: Buffer = EMPTY;
  _authBytes = r.bytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { authBytes: _authBytes };
}

function writeSaslAuthenticateRequest(w: Writer, v: number, o: Input<SaslAuthenticateRequest>): void {
  const flex = v >= 2;
  w.bytes((o.authBytes === undefined ? EMPTY : o.authBytes) ?? EMPTY, flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a SaslAuthenticateRequest of version `v`. */
export function decodeSaslAuthenticateRequest(r: Reader, v: number): SaslAuthenticateRequest {
  return readSaslAuthenticateRequest(r, v);
}

/** Encodes a SaslAuthenticateRequest of version `v`; missing fields take their defaults. */
export function encodeSaslAuthenticateRequest(w: Writer, v: number, o: Input<SaslAuthenticateRequest>): void {
  writeSaslAuthenticateRequest(w, v, o);
}
