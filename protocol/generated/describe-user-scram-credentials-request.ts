// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DescribeUserScramCredentialsRequest: versions and flexible versions. */
export const DescribeUserScramCredentialsRequestMeta = { name: 'DescribeUserScramCredentialsRequest', apiKey: 50, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DescribeUserScramCredentialsRequest (generated from DescribeUserScramCredentialsRequest.json). */
export interface DescribeUserScramCredentialsRequest {
  users: UserName[] | null;
}

/** A DescribeUserScramCredentialsRequest with every field at its schema default. */
export function defaultDescribeUserScramCredentialsRequest(): DescribeUserScramCredentialsRequest {
  return {
    users: [],
  };
}

function readDescribeUserScramCredentialsRequest(r: Reader, v: number): DescribeUserScramCredentialsRequest {
  const flex = true;
  let _users: UserName[] | null = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _users = null;
  else {
    const a1: UserName[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readUserName(r, v);
    _users = a1;
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
  return { users: _users };
}

function writeDescribeUserScramCredentialsRequest(w: Writer, v: number, o: Input<DescribeUserScramCredentialsRequest>): void {
  const flex = true;
  const a2 = (o.users === undefined ? [] : o.users);
  if (a2 === null || a2 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeUserName(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** UserName (generated from DescribeUserScramCredentialsRequest.json). */
export interface UserName {
  name: string;
}

/** A UserName with every field at its schema default. */
export function defaultUserName(): UserName {
  return {
    name: "",
  };
}

function readUserName(r: Reader, v: number): UserName {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name };
}

function writeUserName(w: Writer, v: number, o: Input<UserName>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeUserScramCredentialsRequest of version `v`. */
export function decodeDescribeUserScramCredentialsRequest(r: Reader, v: number): DescribeUserScramCredentialsRequest {
  return readDescribeUserScramCredentialsRequest(r, v);
}

/** Encodes a DescribeUserScramCredentialsRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeUserScramCredentialsRequest(w: Writer, v: number, o: Input<DescribeUserScramCredentialsRequest>): void {
  writeDescribeUserScramCredentialsRequest(w, v, o);
}
