// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

const EMPTY = Buffer.alloc(0);

/** AlterUserScramCredentialsRequest: versions and flexible versions. */
export const AlterUserScramCredentialsRequestMeta = { name: 'AlterUserScramCredentialsRequest', apiKey: 51, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** AlterUserScramCredentialsRequest (generated from AlterUserScramCredentialsRequest.json). */
export interface AlterUserScramCredentialsRequest {
  deletions: ScramCredentialDeletion[];
  upsertions: ScramCredentialUpsertion[];
}

/** A AlterUserScramCredentialsRequest with every field at its schema default. */
export function defaultAlterUserScramCredentialsRequest(): AlterUserScramCredentialsRequest {
  return {
    deletions: [],
    upsertions: [],
  };
}

function readAlterUserScramCredentialsRequest(r: Reader, v: number): AlterUserScramCredentialsRequest {
  const flex = true;
  let _deletions: ScramCredentialDeletion[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _deletions = [];
  else {
    const a1: ScramCredentialDeletion[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readScramCredentialDeletion(r, v);
    _deletions = a1;
  }
  let _upsertions: ScramCredentialUpsertion[] = [];
  const n2 = r.arrayLength(flex);
  if (n2 < 0) _upsertions = [];
  else {
    const a3: ScramCredentialUpsertion[] = new Array(n2);
    for (let i = 0; i < n2; i++) a3[i] = readScramCredentialUpsertion(r, v);
    _upsertions = a3;
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
  return { deletions: _deletions, upsertions: _upsertions };
}

function writeAlterUserScramCredentialsRequest(w: Writer, v: number, o: Input<AlterUserScramCredentialsRequest>): void {
  const flex = true;
  const a4 = (o.deletions === undefined ? [] : o.deletions);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeScramCredentialDeletion(w, v, a4[i]);
  }
  const a5 = (o.upsertions === undefined ? [] : o.upsertions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeScramCredentialUpsertion(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ScramCredentialDeletion (generated from AlterUserScramCredentialsRequest.json). */
export interface ScramCredentialDeletion {
  name: string;
  mechanism: number;
}

/** A ScramCredentialDeletion with every field at its schema default. */
export function defaultScramCredentialDeletion(): ScramCredentialDeletion {
  return {
    name: "",
    mechanism: 0,
  };
}

function readScramCredentialDeletion(r: Reader, v: number): ScramCredentialDeletion {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _mechanism: number = 0;
  _mechanism = r.int8();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name, mechanism: _mechanism };
}

function writeScramCredentialDeletion(w: Writer, v: number, o: Input<ScramCredentialDeletion>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.int8((o.mechanism === undefined ? 0 : o.mechanism));
  if (flex) {
    w.uvarint(0);
  }
}

/** ScramCredentialUpsertion (generated from AlterUserScramCredentialsRequest.json). */
export interface ScramCredentialUpsertion {
  name: string;
  mechanism: number;
  iterations: number;
  salt: Buffer;
  saltedPassword: Buffer;
}

/** A ScramCredentialUpsertion with every field at its schema default. */
export function defaultScramCredentialUpsertion(): ScramCredentialUpsertion {
  return {
    name: "",
    mechanism: 0,
    iterations: 0,
    salt: EMPTY,
    saltedPassword: EMPTY,
  };
}

function readScramCredentialUpsertion(r: Reader, v: number): ScramCredentialUpsertion {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _mechanism: number = 0;
  _mechanism = r.int8();
  let _iterations: number = 0;
  _iterations = r.int32();
  let _salt: Buffer = EMPTY;
  _salt = r.bytes(flex);
  let _saltedPassword: Buffer = EMPTY;
  _saltedPassword = r.bytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name, mechanism: _mechanism, iterations: _iterations, salt: _salt, saltedPassword: _saltedPassword };
}

function writeScramCredentialUpsertion(w: Writer, v: number, o: Input<ScramCredentialUpsertion>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.int8((o.mechanism === undefined ? 0 : o.mechanism));
  w.int32((o.iterations === undefined ? 0 : o.iterations));
  w.bytes((o.salt === undefined ? EMPTY : o.salt) ?? EMPTY, flex);
  w.bytes((o.saltedPassword === undefined ? EMPTY : o.saltedPassword) ?? EMPTY, flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterUserScramCredentialsRequest of version `v`. */
export function decodeAlterUserScramCredentialsRequest(r: Reader, v: number): AlterUserScramCredentialsRequest {
  return readAlterUserScramCredentialsRequest(r, v);
}

/** Encodes a AlterUserScramCredentialsRequest of version `v`; missing fields take their defaults. */
export function encodeAlterUserScramCredentialsRequest(w: Writer, v: number, o: Input<AlterUserScramCredentialsRequest>): void {
  writeAlterUserScramCredentialsRequest(w, v, o);
}
