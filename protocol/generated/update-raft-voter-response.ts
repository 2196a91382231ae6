// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** UpdateRaftVoterResponse: versions and flexible versions. */
export const UpdateRaftVoterResponseMeta = { name: 'UpdateRaftVoterResponse', apiKey: 82, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** UpdateRaftVoterResponse (generated from UpdateRaftVoterResponse.json). */
export interface UpdateRaftVoterResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  currentLeader: CurrentLeader | null;
}

/** A UpdateRaftVoterResponse with every field at its schema default. */
export function defaultUpdateRaftVoterResponse(): UpdateRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    currentLeader: null,
  };
}

function readUpdateRaftVoterResponse(r: Reader, v: number): UpdateRaftVoterResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _currentLeader: CurrentLeader | null = null;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (true) {
            _currentLeader = readCurrentLeader(r, v);
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, currentLeader: _currentLeader };
}

function writeUpdateRaftVoterResponse(w: Writer, v: number, o: Input<UpdateRaftVoterResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    let tags = 0;
    const t0 = o.currentLeader;
    const has0 = true && t0 !== null && t0 !== undefined && !isDefaultCurrentLeader(t0);
    if (has0) tags++;
    w.uvarint(tags);
    if (has0) {
      w.uvarint(0);
      const tw = Writer.acquire();
      {
        const w = tw;
        writeCurrentLeader(w, v, t0 ?? {});
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** CurrentLeader (generated from UpdateRaftVoterResponse.json). */
export interface CurrentLeader {
  leaderId: number;
  leaderEpoch: number;
  host: string;
  port: number;
}

/** A CurrentLeader with every field at its schema default. */
export function defaultCurrentLeader(): CurrentLeader {
  return {
    leaderId: -1,
    leaderEpoch: -1,
    host: "",
    port: 0,
  };
}

function readCurrentLeader(r: Reader, v: number): CurrentLeader {
  const flex = true;
  let _leaderId: number = -1;
  _leaderId = r.int32();
  let _leaderEpoch: number = -1;
  _leaderEpoch = r.int32();
  let _host: string = "";
  _host = r.string(flex);
  let _port: number = 0;
  _port = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { leaderId: _leaderId, leaderEpoch: _leaderEpoch, host: _host, port: _port };
}

function writeCurrentLeader(w: Writer, v: number, o: Input<CurrentLeader>): void {
  const flex = true;
  w.int32((o.leaderId === undefined ? -1 : o.leaderId));
  w.int32((o.leaderEpoch === undefined ? -1 : o.leaderEpoch));
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.int32((o.port === undefined ? 0 : o.port));
  if (flex) {
    w.uvarint(0);
  }
}

function isDefaultCurrentLeader(o: Input<CurrentLeader>): boolean {
  return !(o.leaderId !== undefined && o.leaderId !== -1) && !(o.leaderEpoch !== undefined && o.leaderEpoch !== -1) && !(o.host !== undefined && o.host !== "") && !(o.port !== undefined && o.port !== 0);
}

/** Decodes a UpdateRaftVoterResponse of version `v`. */
export function decodeUpdateRaftVoterResponse(r: Reader, v: number): UpdateRaftVoterResponse {
  return readUpdateRaftVoterResponse(r, v);
}

/** Encodes a UpdateRaftVoterResponse of version `v`; missing fields take their defaults. */
export function encodeUpdateRaftVoterResponse(w: Writer, v: number, o: Input<UpdateRaftVoterResponse>): void {
  writeUpdateRaftVoterResponse(w, v, o);
}
