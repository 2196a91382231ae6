// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** AddRaftVoterRequest: versions and flexible versions. */
export const AddRaftVoterRequestMeta = { name: 'AddRaftVoterRequest', apiKey: 80, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** AddRaftVoterRequest (generated from AddRaftVoterRequest.json). */
export interface AddRaftVoterRequest {
  clusterId: string | null;
  timeoutMs: number;
  voterId: number;
  voterDirectoryId: string;
  listeners: Listener[];
}

/** A AddRaftVoterRequest with every field at its schema default. */
export function defaultAddRaftVoterRequest(): AddRaftVoterRequest {
  return {
    clusterId: "",
    timeoutMs: 0,
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    listeners: [],
  };
}

function readAddRaftVoterRequest(r: Reader, v: number): AddRaftVoterRequest {
  const flex = true;
  let _clusterId: string | null = "";
  _clusterId = r.nullableString(flex);
  let _timeoutMs: number = 0;
  _timeoutMs = r.int32();
  let _voterId: number = 0;
  _voterId = r.int32();
  let _voterDirectoryId: string = ZERO_UUID;
  _voterDirectoryId = r.uuid();
  let _listeners: Listener[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _listeners = [];
  else {
    const a1: Listener[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readListener(r, v);
    _listeners = a1;
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
  return { clusterId: _clusterId, timeoutMs: _timeoutMs, voterId: _voterId, voterDirectoryId: _voterDirectoryId, listeners: _listeners };
}

function writeAddRaftVoterRequest(w: Writer, v: number, o: Input<AddRaftVoterRequest>): void {
  const flex = true;
  w.nullableString((o.clusterId === undefined ? "" : o.clusterId), flex);
  w.int32((o.timeoutMs === undefined ? 0 : o.timeoutMs));
  w.int32((o.voterId === undefined ? 0 : o.voterId));
  w.uuid((o.voterDirectoryId === undefined ? ZERO_UUID : o.voterDirectoryId));
  const a2 = (o.listeners === undefined ? [] : o.listeners);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeListener(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Listener (generated from AddRaftVoterRequest.json). */
export interface Listener {
  name: string;
  host: string;
  port: number;
}

/** A Listener with every field at its schema default. */
export function defaultListener(): Listener {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

function readListener(r: Reader, v: number): Listener {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _host: string = "";
  _host = r.string(flex);
  let _port: number = 0;
  _port = r.uint16();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name, host: _host, port: _port };
}

function writeListener(w: Writer, v: number, o: Input<Listener>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.uint16((o.port === undefined ? 0 : o.port));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AddRaftVoterRequest of version `v`. */
export function decodeAddRaftVoterRequest(r: Reader, v: number): AddRaftVoterRequest {
  return readAddRaftVoterRequest(r, v);
}

/** Encodes a AddRaftVoterRequest of version `v`; missing fields take their defaults. */
export function encodeAddRaftVoterRequest(w: Writer, v: number, o: Input<AddRaftVoterRequest>): void {
  writeAddRaftVoterRequest(w, v, o);
}
