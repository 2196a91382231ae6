// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DefaultPrincipalData: versions and flexible versions. */
export const DefaultPrincipalDataMeta = { name: 'DefaultPrincipalData', apiKey: -1, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DefaultPrincipalData (generated from DefaultPrincipalData.json). */
export interface DefaultPrincipalData {
  type: string;
  name: string;
  tokenAuthenticated: boolean;
}

/** A DefaultPrincipalData with every field at its schema default. */
export function defaultDefaultPrincipalData(): DefaultPrincipalData {
  return {
    type: "",
    name: "",
    tokenAuthenticated: false,
  };
}

function readDefaultPrincipalData(r: Reader, v: number): DefaultPrincipalData {
  const flex = true;
  let _type: string = "";
  _type = r.string(flex);
  let _name: string = "";
  _name = r.string(flex);
  let _tokenAuthenticated: boolean = false;
  _tokenAuthenticated = r.bool();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { type: _type, name: _name, tokenAuthenticated: _tokenAuthenticated };
}

function writeDefaultPrincipalData(w: Writer, v: number, o: Input<DefaultPrincipalData>): void {
  const flex = true;
  w.string((o.type === undefined ? "" : o.type) ?? '', flex);
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.bool((o.tokenAuthenticated === undefined ? false : o.tokenAuthenticated));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DefaultPrincipalData of version `v`. */
export function decodeDefaultPrincipalData(r: Reader, v: number): DefaultPrincipalData {
  return readDefaultPrincipalData(r, v);
}

/** Encodes a DefaultPrincipalData of version `v`; missing fields take their defaults. */
export function encodeDefaultPrincipalData(w: Writer, v: number, o: Input<DefaultPrincipalData>): void {
  writeDefaultPrincipalData(w, v, o);
}
