// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ShareGroupDescribeResponse: versions and flexible versions. */
export const ShareGroupDescribeResponseMeta = { name: 'ShareGroupDescribeResponse', apiKey: 77, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ShareGroupDescribeResponse (generated from ShareGroupDescribeResponse.json). */
export interface ShareGroupDescribeResponse {
  throttleTimeMs: number;
  groups: DescribedGroup[];
}

/** A ShareGroupDescribeResponse with every field at its schema default. */
export function defaultShareGroupDescribeResponse(): ShareGroupDescribeResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

function readShareGroupDescribeResponse(r: Reader, v: number): ShareGroupDescribeResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _groups: DescribedGroup[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _groups = [];
  else {
    const a1: DescribedGroup[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribedGroup(r, v);
    _groups = a1;
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
  return { throttleTimeMs: _throttleTimeMs, groups: _groups };
}

function writeShareGroupDescribeResponse(w: Writer, v: number, o: Input<ShareGroupDescribeResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.groups === undefined ? [] : o.groups);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribedGroup(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicPartitions (generated from ShareGroupDescribeResponse.json). */
export interface TopicPartitions {
  topicId: string;
  topicName: string;
  partitions: number[];
}

/** A TopicPartitions with every field at its schema default. */
export function defaultTopicPartitions(): TopicPartitions {
  return {
    topicId: ZERO_UUID,
    topicName: "",
    partitions: [],
  };
}

function readTopicPartitions(r: Reader, v: number): TopicPartitions {
  const flex = true;
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
  let _topicName: string = "";
  _topicName = r.string(flex);
  let _partitions: number[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: number[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = r.int32();
    _partitions = a4;
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
  return { topicId: _topicId, topicName: _topicName, partitions: _partitions };
}

function writeTopicPartitions(w: Writer, v: number, o: Input<TopicPartitions>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) w.int32(a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Assignment (generated from ShareGroupDescribeResponse.json). */
export interface Assignment {
  topicPartitions: TopicPartitions[];
}

/** A Assignment with every field at its schema default. */
export function defaultAssignment(): Assignment {
  return {
    topicPartitions: [],
  };
}

function readAssignment(r: Reader, v: number): Assignment {
  const flex = true;
  let _topicPartitions: TopicPartitions[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _topicPartitions = [];
  else {
    const a7: TopicPartitions[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readTopicPartitions(r, v);
    _topicPartitions = a7;
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
  return { topicPartitions: _topicPartitions };
}

function writeAssignment(w: Writer, v: number, o: Input<Assignment>): void {
  const flex = true;
  const a8 = (o.topicPartitions === undefined ? [] : o.topicPartitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeTopicPartitions(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribedGroup (generated from ShareGroupDescribeResponse.json). */
export interface DescribedGroup {
  errorCode: ErrorCode;
  errorMessage: string | null;
  groupId: string;
  groupState: string;
  groupEpoch: number;
  assignmentEpoch: number;
  assignorName: string;
  members: Member[];
  authorizedOperations: number;
}

/** A DescribedGroup with every field at its schema default. */
export function defaultDescribedGroup(): DescribedGroup {
  return {
    errorCode: 0,
    errorMessage: null,
    groupId: "",
    groupState: "",
    groupEpoch: 0,
    assignmentEpoch: 0,
    assignorName: "",
    members: [],
    authorizedOperations: -2147483648,
  };
}

function readDescribedGroup(r: Reader, v: number): DescribedGroup {
  const flex = true;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = null;
  _errorMessage = r.nullableString(flex);
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _groupState: string = "";
  _groupState = r.string(flex);
  let _groupEpoch: number = 0;
  _groupEpoch = r.int32();
  let _assignmentEpoch: number = 0;
  _assignmentEpoch = r.int32();
  let _assignorName: string = "";
  _assignorName = r.string(flex);
  let _members: Member[] = [];
  const n9 = r.arrayLength(flex);
  if (n9 < 0) _members = [];
  else {
    const a10: Member[] = new Array(n9);
    for (let i = 0; i < n9; i++) a10[i] = readMember(r, v);
    _members = a10;
  }
  let _authorizedOperations: number = -2147483648;
  _authorizedOperations = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { errorCode: _errorCode, errorMessage: _errorMessage, groupId: _groupId, groupState: _groupState, groupEpoch: _groupEpoch, assignmentEpoch: _assignmentEpoch, assignorName: _assignorName, members: _members, authorizedOperations: _authorizedOperations };
}

function writeDescribedGroup(w: Writer, v: number, o: Input<DescribedGroup>): void {
  const flex = true;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  w.string((o.groupState === undefined ? "" : o.groupState) ?? '', flex);
  w.int32((o.groupEpoch === undefined ? 0 : o.groupEpoch));
  w.int32((o.assignmentEpoch === undefined ? 0 : o.assignmentEpoch));
  w.string((o.assignorName === undefined ? "" : o.assignorName) ?? '', flex);
  const a11 = (o.members === undefined ? [] : o.members);
  if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a11.length, flex);
    for (let i = 0; i < a11.length; i++) writeMember(w, v, a11[i]);
  }
  w.int32((o.authorizedOperations === undefined ? -2147483648 : o.authorizedOperations));
  if (flex) {
    w.uvarint(0);
  }
}

/** Member (generated from ShareGroupDescribeResponse.json). */
export interface Member {
  memberId: string;
  rackId: string | null;
  memberEpoch: number;
  clientId: string;
  clientHost: string;
  subscribedTopicNames: string[];
  assignment: Assignment;
}

/** A Member with every field at its schema default. */
export function defaultMember(): Member {
  return {
    memberId: "",
    rackId: null,
    memberEpoch: 0,
    clientId: "",
    clientHost: "",
    subscribedTopicNames: [],
    assignment: defaultAssignment(),
  };
}

function readMember(r: Reader, v: number): Member {
  const flex = true;
  let _memberId: string = "";
  _memberId = r.string(flex);
  let _rackId: string | null = null;
  _rackId = r.nullableString(flex);
  let _memberEpoch: number = 0;
  _memberEpoch = r.int32();
  let _clientId: string = "";
  _clientId = r.string(flex);
  let _clientHost: string = "";
  _clientHost = r.string(flex);
  let _subscribedTopicNames: string[] = [];
  const n12 = r.arrayLength(flex);
  if (n12 < 0) _subscribedTopicNames = [];
  else {
    const a13: string[] = new Array(n12);
    for (let i = 0; i < n12; i++) a13[i] = r.string(flex);
    _subscribedTopicNames = a13;
  }
  let _assignment: Assignment = defaultAssignment();
  _assignment = readAssignment(r, v);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { memberId: _memberId, rackId: _rackId, memberEpoch: _memberEpoch, clientId: _clientId, clientHost: _clientHost, subscribedTopicNames: _subscribedTopicNames, assignment: _assignment };
}

function writeMember(w: Writer, v: number, o: Input<Member>): void {
  const flex = true;
  w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  w.nullableString((o.rackId === undefined ? null : o.rackId), flex);
  w.int32((o.memberEpoch === undefined ? 0 : o.memberEpoch));
  w.string((o.clientId === undefined ? "" : o.clientId) ?? '', flex);
  w.string((o.clientHost === undefined ? "" : o.clientHost) ?? '', flex);
  const a14 = (o.subscribedTopicNames === undefined ? [] : o.subscribedTopicNames);
  if (a14 === null || a14 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a14.length, flex);
    for (let i = 0; i < a14.length; i++) w.string(a14[i] ?? '', flex);
  }
  writeAssignment(w, v, (o.assignment === undefined ? defaultAssignment() : o.assignment) ?? {});
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ShareGroupDescribeResponse of version `v`. */
export function decodeShareGroupDescribeResponse(r: Reader, v: number): ShareGroupDescribeResponse {
  return readShareGroupDescribeResponse(r, v);
}

/** Encodes a ShareGroupDescribeResponse of version `v`; missing fields take their defaults. */
export function encodeShareGroupDescribeResponse(w: Writer, v: number, o: Input<ShareGroupDescribeResponse>): void {
  writeShareGroupDescribeResponse(w, v, o);
}
