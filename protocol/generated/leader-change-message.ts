// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** LeaderChangeMessage: versions and flexible versions. */
export const LeaderChangeMessageMeta = { name: 'LeaderChangeMessage', apiKey: -1, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** LeaderChangeMessage (generated from LeaderChangeMessage.json). */
export interface LeaderChangeMessage {
  version: number;
  leaderId: number;
  voters: Voter[];
  grantingVoters: Voter[];
}

/** A LeaderChangeMessage with every field at its schema default. */
export function defaultLeaderChangeMessage(): LeaderChangeMessage {
  return {
    version: 0,
    leaderId: 0,
    voters: [],
    grantingVoters: [],
  };
}

function readLeaderChangeMessage(r: Reader, v: number): LeaderChangeMessage {
  const flex = true;
  let _version: number = 0;
  _version = r.int16();
  let _leaderId: number = 0;
  _leaderId = r.int32();
  let _voters: Voter[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _voters = [];
  else {
    const a1: Voter[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readVoter(r, v);
    _voters = a1;
  }
  let _grantingVoters: Voter[] = [];
  const n2 = r.arrayLength(flex);
  if (n2 < 0) _grantingVoters = [];
  else {
    const a3: Voter[] = new Array(n2);
    for (let i = 0; i < n2; i++) a3[i] = readVoter(r, v);
    _grantingVoters = a3;
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
  return { version: _version, leaderId: _leaderId, voters: _voters, grantingVoters: _grantingVoters };
}

function writeLeaderChangeMessage(w: Writer, v: number, o: Input<LeaderChangeMessage>): void {
  const flex = true;
  w.int16((o.version === undefined ? 0 : o.version));
  w.int32((o.leaderId === undefined ? 0 : o.leaderId));
  const a4 = (o.voters === undefined ? [] : o.voters);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeVoter(w, v, a4[i]);
  }
  const a5 = (o.grantingVoters === undefined ? [] : o.grantingVoters);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeVoter(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Voter (generated from LeaderChangeMessage.json). */
export interface Voter {
  voterId: number;
  voterDirectoryId: string;
}

/** A Voter with every field at its schema default. */
export function defaultVoter(): Voter {
  return {
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
  };
}

function readVoter(r: Reader, v: number): Voter {
  const flex = true;
  let _voterId: number = 0;
  _voterId = r.int32();
  let _voterDirectoryId: string = ZERO_UUID;
  if (v >= 1) {
    _voterDirectoryId = r.uuid();
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
  return { voterId: _voterId, voterDirectoryId: _voterDirectoryId };
}

function writeVoter(w: Writer, v: number, o: Input<Voter>): void {
  const flex = true;
  w.int32((o.voterId === undefined ? 0 : o.voterId));
  if (v >= 1) {
    w.uuid((o.voterDirectoryId === undefined ? ZERO_UUID : o.voterDirectoryId));
  } else {
    if (o.voterDirectoryId !== undefined && o.voterDirectoryId !== ZERO_UUID) throw new UnsupportedVersionError('LeaderChangeMessage', 'Voter.voterDirectoryId', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a LeaderChangeMessage of version `v`. */
export function decodeLeaderChangeMessage(r: Reader, v: number): LeaderChangeMessage {
  return readLeaderChangeMessage(r, v);
}

/** Encodes a LeaderChangeMessage of version `v`; missing fields take their defaults. */
export function encodeLeaderChangeMessage(w: Writer, v: number, o: Input<LeaderChangeMessage>): void {
  writeLeaderChangeMessage(w, v, o);
}
