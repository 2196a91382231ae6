// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** CreateTopicsResponse: versions and flexible versions. */
export const CreateTopicsResponseMeta = { name: 'CreateTopicsResponse', apiKey: 19, minVersion: 0, maxVersion: 7, flexibleMin: 5 } as const;

/** CreateTopicsResponse (generated from CreateTopicsResponse.json). */
export interface CreateTopicsResponse {
  throttleTimeMs: number;
  topics: CreatableTopicResult[];
}

/** A CreateTopicsResponse with every field at its schema default. */
export function defaultCreateTopicsResponse(): CreateTopicsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

function readCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  const flex = v >= 5;
  let _throttleTimeMs: number = 0;
  if (v >= 2) {
    _throttleTimeMs = r.int32();
  }
  let _topics: CreatableTopicResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: CreatableTopicResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readCreatableTopicResult(r, v);
    _topics = a1;
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
  return { throttleTimeMs: _throttleTimeMs, topics: _topics };
}

function writeCreateTopicsResponse(w: Writer, v: number, o: Input<CreateTopicsResponse>): void {
  const flex = v >= 5;
  if (v >= 2) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeCreatableTopicResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** CreatableTopicResult (generated from CreateTopicsResponse.json). */
export interface CreatableTopicResult {
  name: string;
  topicId: string;
  errorCode: ErrorCode;
  errorMessage: string | null;
  topicConfigErrorCode: ErrorCode;
  numPartitions: number;
  replicationFactor: number;
  configs: CreatableTopicConfigs[] | null;
}

/** A CreatableTopicResult with every field at its schema default. */
export function defaultCreatableTopicResult(): CreatableTopicResult {
  return {
    name: "",
    topicId: ZERO_UUID,
    errorCode: 0,
    errorMessage: "",
    topicConfigErrorCode: 0,
    numPartitions: -1,
    replicationFactor: -1,
    configs: [],
  };
}

function readCreatableTopicResult(r: Reader, v: number): CreatableTopicResult {
  const flex = v >= 5;
  let _name: string = "";
  _name = r.string(flex);
  let _topicId: string = ZERO_UUID;
  if (v >= 7) {
    _topicId = r.uuid();
  }
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  if (v >= 1) {
    _errorMessage = r.nullableString(flex);
  }
  let _topicConfigErrorCode: ErrorCode = 0;
  let _numPartitions: number = -1;
  if (v >= 5) {
    _numPartitions = r.int32();
  }
  let _replicationFactor: number = -1;
  if (v >= 5) {
    _replicationFactor = r.int16();
  }
  let _configs: CreatableTopicConfigs[] | null = [];
  if (v >= 5) {
    const n3 = r.arrayLength(flex);
    if (n3 < 0) _configs = null;
    else {
      const a4: CreatableTopicConfigs[] = new Array(n3);
      for (let i = 0; i < n3; i++) a4[i] = readCreatableTopicConfigs(r, v);
      _configs = a4;
    }
  }
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (v >= 5) {
            _topicConfigErrorCode = r.int16() as ErrorCode;
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { name: _name, topicId: _topicId, errorCode: _errorCode, errorMessage: _errorMessage, topicConfigErrorCode: _topicConfigErrorCode, numPartitions: _numPartitions, replicationFactor: _replicationFactor, configs: _configs };
}

function writeCreatableTopicResult(w: Writer, v: number, o: Input<CreatableTopicResult>): void {
  const flex = v >= 5;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  if (v >= 7) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  }
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (v >= 1) {
    w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  }
  if (v >= 5) {
    w.int32((o.numPartitions === undefined ? -1 : o.numPartitions));
  }
  if (v >= 5) {
    w.int16((o.replicationFactor === undefined ? -1 : o.replicationFactor));
  }
  if (v >= 5) {
    const a5 = (o.configs === undefined ? [] : o.configs);
    if (a5 === null || a5 === undefined) w.arrayLength(-1, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) writeCreatableTopicConfigs(w, v, a5[i]);
    }
  }
  if (flex) {
    let tags = 0;
    const t0 = o.topicConfigErrorCode;
    const has0 = v >= 5 && t0 !== undefined && t0 !== 0;
    if (has0) tags++;
    w.uvarint(tags);
    if (has0) {
      w.uvarint(0);
      const tw = Writer.acquire();
      {
        const w = tw;
        w.int16(t0);
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** CreatableTopicConfigs (generated from CreateTopicsResponse.json). */
export interface CreatableTopicConfigs {
  name: string;
  value: string | null;
  readOnly: boolean;
  configSource: number;
  isSensitive: boolean;
}

/** A CreatableTopicConfigs with every field at its schema default. */
export function defaultCreatableTopicConfigs(): CreatableTopicConfigs {
  return {
    name: "",
    value: "",
    readOnly: false,
    configSource: -1,
    isSensitive: false,
  };
}

function readCreatableTopicConfigs(r: Reader, v: number): CreatableTopicConfigs {
  const flex = v >= 5;
  let _name: string = "";
  if (v >= 5) {
    _name = r.string(flex);
  }
  let _value: string | null = "";
  if (v >= 5) {
    _value = r.nullableString(flex);
  }
  let _readOnly: boolean = false;
  if (v >= 5) {
    _readOnly = r.bool();
  }
  let _configSource: number = -1;
  if (v >= 5) {
    _configSource = r.int8();
  }
  let _isSensitive: boolean = false;
  if (v >= 5) {
    _isSensitive = r.bool();
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
  return { name: _name, value: _value, readOnly: _readOnly, configSource: _configSource, isSensitive: _isSensitive };
}

function writeCreatableTopicConfigs(w: Writer, v: number, o: Input<CreatableTopicConfigs>): void {
  const flex = v >= 5;
  if (v >= 5) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('CreateTopicsResponse', 'CreatableTopicConfigs.name', v, '5+');
  }
  if (v >= 5) {
    w.nullableString((o.value === undefined ? "" : o.value), flex);
  } else {
    if (o.value !== undefined && o.value !== "") throw new UnsupportedVersionError('CreateTopicsResponse', 'CreatableTopicConfigs.value', v, '5+');
  }
  if (v >= 5) {
    w.bool((o.readOnly === undefined ? false : o.readOnly));
  } else {
    if (o.readOnly !== undefined && o.readOnly !== false) throw new UnsupportedVersionError('CreateTopicsResponse', 'CreatableTopicConfigs.readOnly', v, '5+');
  }
  if (v >= 5) {
    w.int8((o.configSource === undefined ? -1 : o.configSource));
  }
  if (v >= 5) {
    w.bool((o.isSensitive === undefined ? false : o.isSensitive));
  } else {
    if (o.isSensitive !== undefined && o.isSensitive !== false) throw new UnsupportedVersionError('CreateTopicsResponse', 'CreatableTopicConfigs.isSensitive', v, '5+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a CreateTopicsResponse of version `v`. */
export function decodeCreateTopicsResponse(r: Reader, v: number): CreateTopicsResponse {
  return readCreateTopicsResponse(r, v);
}

/** Encodes a CreateTopicsResponse of version `v`; missing fields take their defaults. */
export function encodeCreateTopicsResponse(w: Writer, v: number, o: Input<CreateTopicsResponse>): void {
  writeCreateTopicsResponse(w, v, o);
}
