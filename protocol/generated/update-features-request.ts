// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** UpdateFeaturesRequest: versions and flexible versions. */
export const UpdateFeaturesRequestMeta = { name: 'UpdateFeaturesRequest', apiKey: 57, minVersion: 0, maxVersion: 2, flexibleMin: 0 } as const;

/** UpdateFeaturesRequest (generated from UpdateFeaturesRequest.json). */
export interface UpdateFeaturesRequest {
  timeoutMs: number;
  featureUpdates: FeatureUpdateKey[];
  validateOnly: boolean;
}

/** A UpdateFeaturesRequest with every field at its schema default. */
export function defaultUpdateFeaturesRequest(): UpdateFeaturesRequest {
  return {
    timeoutMs: 60000,
    featureUpdates: [],
    validateOnly: false,
  };
}

function readUpdateFeaturesRequest(r: Reader, v: number): UpdateFeaturesRequest {
  const flex = true;
  let _timeoutMs: number = 60000;
  _timeoutMs = r.int32();
  let _featureUpdates: FeatureUpdateKey[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _featureUpdates = [];
  else {
    const a1: FeatureUpdateKey[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readFeatureUpdateKey(r, v);
    _featureUpdates = a1;
  }
  let _validateOnly: boolean = false;
  if (v >= 1) {
    _validateOnly = r.bool();
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
  return { timeoutMs: _timeoutMs, featureUpdates: _featureUpdates, validateOnly: _validateOnly };
}

function writeUpdateFeaturesRequest(w: Writer, v: number, o: Input<UpdateFeaturesRequest>): void {
  const flex = true;
  w.int32((o.timeoutMs === undefined ? 60000 : o.timeoutMs));
  const a2 = (o.featureUpdates === undefined ? [] : o.featureUpdates);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeFeatureUpdateKey(w, v, a2[i]);
  }
  if (v >= 1) {
    w.bool((o.validateOnly === undefined ? false : o.validateOnly));
  } else {
    if (o.validateOnly !== undefined && o.validateOnly !== false) throw new UnsupportedVersionError('UpdateFeaturesRequest', 'UpdateFeaturesRequest.validateOnly', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** FeatureUpdateKey (generated from UpdateFeaturesRequest.json). */
export interface FeatureUpdateKey {
  feature: string;
  maxVersionLevel: number;
  allowDowngrade: boolean;
  upgradeType: number;
}

/** A FeatureUpdateKey with every field at its schema default. */
export function defaultFeatureUpdateKey(): FeatureUpdateKey {
  return {
    feature: "",
    maxVersionLevel: 0,
    allowDowngrade: false,
    upgradeType: 1,
  };
}

function readFeatureUpdateKey(r: Reader, v: number): FeatureUpdateKey {
  const flex = true;
  let _feature: string = "";
  _feature = r.string(flex);
  let _maxVersionLevel: number = 0;
  _maxVersionLevel = r.int16();
  let _allowDowngrade: boolean = false;
  if (v <= 0) {
    _allowDowngrade = r.bool();
  }
  let _upgradeType: number = 1;
  if (v >= 1) {
    _upgradeType = r.int8();
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
  return { feature: _feature, maxVersionLevel: _maxVersionLevel, allowDowngrade: _allowDowngrade, upgradeType: _upgradeType };
}

function writeFeatureUpdateKey(w: Writer, v: number, o: Input<FeatureUpdateKey>): void {
  const flex = true;
  w.string((o.feature === undefined ? "" : o.feature) ?? '', flex);
  w.int16((o.maxVersionLevel === undefined ? 0 : o.maxVersionLevel));
  if (v <= 0) {
    w.bool((o.allowDowngrade === undefined ? false : o.allowDowngrade));
  } else {
    if (o.allowDowngrade !== undefined && o.allowDowngrade !== false) throw new UnsupportedVersionError('UpdateFeaturesRequest', 'FeatureUpdateKey.allowDowngrade', v, '0');
  }
  if (v >= 1) {
    w.int8((o.upgradeType === undefined ? 1 : o.upgradeType));
  } else {
    if (o.upgradeType !== undefined && o.upgradeType !== 1) throw new UnsupportedVersionError('UpdateFeaturesRequest', 'FeatureUpdateKey.upgradeType', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a UpdateFeaturesRequest of version `v`. */
export function decodeUpdateFeaturesRequest(r: Reader, v: number): UpdateFeaturesRequest {
  return readUpdateFeaturesRequest(r, v);
}

/** Encodes a UpdateFeaturesRequest of version `v`; missing fields take their defaults. */
export function encodeUpdateFeaturesRequest(w: Writer, v: number, o: Input<UpdateFeaturesRequest>): void {
  writeUpdateFeaturesRequest(w, v, o);
}
