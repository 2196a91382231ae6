// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** BrokerHeartbeatRequest: versions and flexible versions. */
export const BrokerHeartbeatRequestMeta = { name: 'BrokerHeartbeatRequest', apiKey: 63, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** BrokerHeartbeatRequest (generated from BrokerHeartbeatRequest.json). */
export interface BrokerHeartbeatRequest {
  brokerId: number;
  brokerEpoch: number;
  currentMetadataOffset: number;
  wantFence: boolean;
  wantShutDown: boolean;
  offlineLogDirs: string[];
}

/** A BrokerHeartbeatRequest with every field at its schema default. */
export function defaultBrokerHeartbeatRequest(): BrokerHeartbeatRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1,
    currentMetadataOffset: 0,
    wantFence: false,
    wantShutDown: false,
    offlineLogDirs: [],
  };
}

function readBrokerHeartbeatRequest(r: Reader, v: number): BrokerHeartbeatRequest {
  const flex = true;
  let _brokerId: number = 0;
  _brokerId = r.int32();
  let _brokerEpoch: number = -1;
  _brokerEpoch = r.int64();
  let _currentMetadataOffset: number = 0;
  _currentMetadataOffset = r.int64();
  let _wantFence: boolean = false;
  _wantFence = r.bool();
  let _wantShutDown: boolean = false;
  _wantShutDown = r.bool();
  let _offlineLogDirs: string[] = [];
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (v >= 1) {
            const n0 = r.arrayLength(flex);
            if (n0 < 0) _offlineLogDirs = [];
            else {
              const a1: string[] = new Array(n0);
              for (let i = 0; i < n0; i++) a1[i] = r.uuid();
              _offlineLogDirs = a1;
            }
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { brokerId: _brokerId, brokerEpoch: _brokerEpoch, currentMetadataOffset: _currentMetadataOffset, wantFence: _wantFence, wantShutDown: _wantShutDown, offlineLogDirs: _offlineLogDirs };
}

function writeBrokerHeartbeatRequest(w: Writer, v: number, o: Input<BrokerHeartbeatRequest>): void {
  const flex = true;
  w.int32((o.brokerId === undefined ? 0 : o.brokerId));
  w.int64((o.brokerEpoch === undefined ? -1 : o.brokerEpoch));
  w.int64((o.currentMetadataOffset === undefined ? 0 : o.currentMetadataOffset));
  w.bool((o.wantFence === undefined ? false : o.wantFence));
  w.bool((o.wantShutDown === undefined ? false : o.wantShutDown));
  if (!(v >= 1) && o.offlineLogDirs !== undefined && o.offlineLogDirs !== null && o.offlineLogDirs.length > 0) throw new UnsupportedVersionError('BrokerHeartbeatRequest', 'BrokerHeartbeatRequest.offlineLogDirs', v, '1+ (tagged)');
  if (flex) {
    let tags = 0;
    const t0 = o.offlineLogDirs;
    const has0 = v >= 1 && t0 !== undefined && t0 !== null && t0.length > 0;
    if (has0) tags++;
    w.uvarint(tags);
    if (has0) {
      w.uvarint(0);
      const tw = Writer.acquire();
      {
        const w = tw;
        const a2 = t0;
        if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
        else {
          w.arrayLength(a2.length, flex);
          for (let i = 0; i < a2.length; i++) w.uuid(a2[i]);
        }
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** Decodes a BrokerHeartbeatRequest of version `v`. */
export function decodeBrokerHeartbeatRequest(r: Reader, v: number): BrokerHeartbeatRequest {
  return readBrokerHeartbeatRequest(r, v);
}

/** Encodes a BrokerHeartbeatRequest of version `v`; missing fields take their defaults. */
export function encodeBrokerHeartbeatRequest(w: Writer, v: number, o: Input<BrokerHeartbeatRequest>): void {
  writeBrokerHeartbeatRequest(w, v, o);
}
