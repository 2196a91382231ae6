// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** ApiVersionsResponse: versions and flexible versions. */
export const ApiVersionsResponseMeta = { name: 'ApiVersionsResponse', apiKey: 18, minVersion: 0, maxVersion: 4, flexibleMin: 3 } as const;

/** ApiVersionsResponse (generated from ApiVersionsResponse.json). */
export interface ApiVersionsResponse {
  errorCode: ErrorCode;
  apiKeys: ApiVersion[];
  throttleTimeMs: number;
  supportedFeatures: SupportedFeatureKey[];
  finalizedFeaturesEpoch: number;
  finalizedFeatures: FinalizedFeatureKey[];
  zkMigrationReady: boolean;
}

/** A ApiVersionsResponse with every field at its schema default. */
export function defaultApiVersionsResponse(): ApiVersionsResponse {
  return {
    errorCode: 0,
    apiKeys: [],
    throttleTimeMs: 0,
    supportedFeatures: [],
    finalizedFeaturesEpoch: -1,
    finalizedFeatures: [],
    zkMigrationReady: false,
  };
}

function readApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  const flex = v >= 3;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _apiKeys: ApiVersion[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _apiKeys = [];
  else {
    const a1: ApiVersion[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readApiVersion(r, v);
    _apiKeys = a1;
  }
  let _throttleTimeMs: number = 0;
  if (v >= 1) {
    _throttleTimeMs = r.int32();
  }
  let _supportedFeatures: SupportedFeatureKey[] = [];
  let _finalizedFeaturesEpoch: number = -1;
  let _finalizedFeatures: FinalizedFeatureKey[] = [];
  let _zkMigrationReady: boolean = false;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (v >= 3) {
            const n2 = r.arrayLength(flex);
            if (n2 < 0) _supportedFeatures = [];
            else {
              const a3: SupportedFeatureKey[] = new Array(n2);
              for (let i = 0; i < n2; i++) a3[i] = readSupportedFeatureKey(r, v);
              _supportedFeatures = a3;
            }
          }
          break;
        }
        case 1: {
          if (v >= 3) {
            _finalizedFeaturesEpoch = r.int64();
          }
          break;
        }
        case 2: {
          if (v >= 3) {
            const n4 = r.arrayLength(flex);
            if (n4 < 0) _finalizedFeatures = [];
            else {
              const a5: FinalizedFeatureKey[] = new Array(n4);
              for (let i = 0; i < n4; i++) a5[i] = readFinalizedFeatureKey(r, v);
              _finalizedFeatures = a5;
            }
          }
          break;
        }
        case 3: {
          if (v >= 3) {
            _zkMigrationReady = r.bool();
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { errorCode: _errorCode, apiKeys: _apiKeys, throttleTimeMs: _throttleTimeMs, supportedFeatures: _supportedFeatures, finalizedFeaturesEpoch: _finalizedFeaturesEpoch, finalizedFeatures: _finalizedFeatures, zkMigrationReady: _zkMigrationReady };
}

function writeApiVersionsResponse(w: Writer, v: number, o: Input<ApiVersionsResponse>): void {
  const flex = v >= 3;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a6 = (o.apiKeys === undefined ? [] : o.apiKeys);
  if (a6 === null || a6 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a6.length, flex);
    for (let i = 0; i < a6.length; i++) writeApiVersion(w, v, a6[i]);
  }
  if (v >= 1) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  if (flex) {
    let tags = 0;
    const t0 = o.supportedFeatures;
    const has0 = v >= 3 && t0 !== undefined && t0 !== null && t0.length > 0;
    if (has0) tags++;
    const t1 = o.finalizedFeaturesEpoch;
    const has1 = v >= 3 && t1 !== undefined && t1 !== -1;
    if (has1) tags++;
    const t2 = o.finalizedFeatures;
    const has2 = v >= 3 && t2 !== undefined && t2 !== null && t2.length > 0;
    if (has2) tags++;
    const t3 = o.zkMigrationReady;
    const has3 = v >= 3 && t3 !== undefined && t3 !== false;
    if (has3) tags++;
    w.uvarint(tags);
    if (has0) {
      w.uvarint(0);
      const tw = Writer.acquire();
      {
        const w = tw;
        const a7 = t0;
        if (a7 === null || a7 === undefined) w.arrayLength(0, flex);
        else {
          w.arrayLength(a7.length, flex);
          for (let i = 0; i < a7.length; i++) writeSupportedFeatureKey(w, v, a7[i]);
        }
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
    if (has1) {
      w.uvarint(1);
      const tw = Writer.acquire();
      {
        const w = tw;
        w.int64(t1);
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
    if (has2) {
      w.uvarint(2);
      const tw = Writer.acquire();
      {
        const w = tw;
        const a8 = t2;
        if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
        else {
          w.arrayLength(a8.length, flex);
          for (let i = 0; i < a8.length; i++) writeFinalizedFeatureKey(w, v, a8[i]);
        }
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
    if (has3) {
      w.uvarint(3);
      const tw = Writer.acquire();
      {
        const w = tw;
        w.bool(t3);
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** ApiVersion (generated from ApiVersionsResponse.json). */
export interface ApiVersion {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

/** A ApiVersion with every field at its schema default. */
export function defaultApiVersion(): ApiVersion {
  return {
    apiKey: 0,
    minVersion: 0,
    maxVersion: 0,
  };
}

function readApiVersion(r: Reader, v: number): ApiVersion {
  const flex = v >= 3;
  let _apiKey: number = 0;
  _apiKey = r.int16();
  let _minVersion: number = 0;
  _minVersion = r.int16();
  let _maxVersion: number = 0;
  _maxVersion = r.int16();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { apiKey: _apiKey, minVersion: _minVersion, maxVersion: _maxVersion };
}

function writeApiVersion(w: Writer, v: number, o: Input<ApiVersion>): void {
  const flex = v >= 3;
  w.int16((o.apiKey === undefined ? 0 : o.apiKey));
  w.int16((o.minVersion === undefined ? 0 : o.minVersion));
  w.int16((o.maxVersion === undefined ? 0 : o.maxVersion));
  if (flex) {
    w.uvarint(0);
  }
}

/** SupportedFeatureKey (generated from ApiVersionsResponse.json). */
export interface SupportedFeatureKey {
  name: string;
  minVersion: number;
  maxVersion: number;
}

/** A SupportedFeatureKey with every field at its schema default. */
export function defaultSupportedFeatureKey(): SupportedFeatureKey {
  return {
    name: "",
    minVersion: 0,
    maxVersion: 0,
  };
}

function readSupportedFeatureKey(r: Reader, v: number): SupportedFeatureKey {
  const flex = v >= 3;
  let _name: string = "";
  if (v >= 3) {
    _name = r.string(flex);
  }
  let _minVersion: number = 0;
  if (v >= 3) {
    _minVersion = r.int16();
  }
  let _maxVersion: number = 0;
  if (v >= 3) {
    _maxVersion = r.int16();
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
  return { name: _name, minVersion: _minVersion, maxVersion: _maxVersion };
}

function writeSupportedFeatureKey(w: Writer, v: number, o: Input<SupportedFeatureKey>): void {
  const flex = v >= 3;
  if (v >= 3) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('ApiVersionsResponse', 'SupportedFeatureKey.name', v, '3+');
  }
  if (v >= 3) {
    w.int16((o.minVersion === undefined ? 0 : o.minVersion));
  } else {
    if (o.minVersion !== undefined && o.minVersion !== 0) throw new UnsupportedVersionError('ApiVersionsResponse', 'SupportedFeatureKey.minVersion', v, '3+');
  }
  if (v >= 3) {
    w.int16((o.maxVersion === undefined ? 0 : o.maxVersion));
  } else {
    if (o.maxVersion !== undefined && o.maxVersion !== 0) throw new UnsupportedVersionError('ApiVersionsResponse', 'SupportedFeatureKey.maxVersion', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** FinalizedFeatureKey (generated from ApiVersionsResponse.json). */
export interface FinalizedFeatureKey {
  name: string;
  maxVersionLevel: number;
  minVersionLevel: number;
}

/** A FinalizedFeatureKey with every field at its schema default. */
export function defaultFinalizedFeatureKey(): FinalizedFeatureKey {
  return {
    name: "",
    maxVersionLevel: 0,
    minVersionLevel: 0,
  };
}

function readFinalizedFeatureKey(r: Reader, v: number): FinalizedFeatureKey {
  const flex = v >= 3;
  let _name: string = "";
  if (v >= 3) {
    _name = r.string(flex);
  }
  let _maxVersionLevel: number = 0;
  if (v >= 3) {
    _maxVersionLevel = r.int16();
  }
  let _minVersionLevel: number = 0;
  if (v >= 3) {
    _minVersionLevel = r.int16();
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
  return { name: _name, maxVersionLevel: _maxVersionLevel, minVersionLevel: _minVersionLevel };
}

function writeFinalizedFeatureKey(w: Writer, v: number, o: Input<FinalizedFeatureKey>): void {
  const flex = v >= 3;
  if (v >= 3) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('ApiVersionsResponse', 'FinalizedFeatureKey.name', v, '3+');
  }
  if (v >= 3) {
    w.int16((o.maxVersionLevel === undefined ? 0 : o.maxVersionLevel));
  } else {
    if (o.maxVersionLevel !== undefined && o.maxVersionLevel !== 0) throw new UnsupportedVersionError('ApiVersionsResponse', 'FinalizedFeatureKey.maxVersionLevel', v, '3+');
  }
  if (v >= 3) {
    w.int16((o.minVersionLevel === undefined ? 0 : o.minVersionLevel));
  } else {
    if (o.minVersionLevel !== undefined && o.minVersionLevel !== 0) throw new UnsupportedVersionError('ApiVersionsResponse', 'FinalizedFeatureKey.minVersionLevel', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ApiVersionsResponse of version `v`. */
export function decodeApiVersionsResponse(r: Reader, v: number): ApiVersionsResponse {
  return readApiVersionsResponse(r, v);
}

/** Encodes a ApiVersionsResponse of version `v`; missing fields take their defaults. */
export function encodeApiVersionsResponse(w: Writer, v: number, o: Input<ApiVersionsResponse>): void {
  writeApiVersionsResponse(w, v, o);
}
