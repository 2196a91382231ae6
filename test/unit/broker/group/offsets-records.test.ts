import { describe, it, expect } from 'vitest';
import {
  decodeGroupMetadataValue,
  decodeOffsetCommitValue,
  decodeOffsetsTopicKey,
  encodeGroupMetadataKey,
  encodeGroupMetadataValue,
  encodeOffsetCommitKey,
  encodeOffsetCommitValue,
} from '../../../../broker/group/offsets-records.js';

function str(s: string): Buffer {
  const b = Buffer.alloc(2 + Buffer.byteLength(s));
  b.writeInt16BE(Buffer.byteLength(s), 0);
  b.write(s, 2);
  return b;
}
function i16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
}
function i32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}
function i64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(BigInt(n));
  return b;
}

describe('__consumer_offsets records', () => {
  it("writes OffsetCommitKey v1 and OffsetCommitValue v3 in Kafka's byte layout", () => {
    expect(encodeOffsetCommitKey('g', 'topic', 7)).toEqual(Buffer.concat([i16(1), str('g'), str('topic'), i32(7)]));
    const v = encodeOffsetCommitValue({
      offset: 42,
      leaderEpoch: 3,
      metadata: 'm',
      commitTimestamp: 1_700_000_000_000,
      expireTimestamp: -1,
    });
    expect(v).toEqual(Buffer.concat([i16(3), i64(42), i32(3), str('m'), i64(1_700_000_000_000)]));
    // with an explicit expiry Kafka writes v1
    const v1 = encodeOffsetCommitValue({ offset: 1, leaderEpoch: -1, metadata: '', commitTimestamp: 10, expireTimestamp: 20 });
    expect(v1).toEqual(Buffer.concat([i16(1), i64(1), str(''), i64(10), i64(20)]));
    expect(decodeOffsetCommitValue(v1)).toEqual({ offset: 1, leaderEpoch: -1, metadata: '', commitTimestamp: 10, expireTimestamp: 20 });
  });

  it('reads every OffsetCommitValue version Kafka wrote', () => {
    expect(decodeOffsetCommitValue(Buffer.concat([i16(0), i64(5), str('x'), i64(99)]))).toEqual({
      offset: 5,
      leaderEpoch: -1,
      metadata: 'x',
      commitTimestamp: 99,
      expireTimestamp: -1,
    });
    expect(decodeOffsetCommitValue(Buffer.concat([i16(2), i64(6), str(''), i64(98)])).offset).toBe(6);
    // v4: flexible (compact string, tagged fields)
    const v4 = Buffer.concat([i16(4), i64(7), i32(2), Buffer.from([3]), Buffer.from('ab'), i64(97), Buffer.from([0])]);
    expect(decodeOffsetCommitValue(v4)).toEqual({ offset: 7, leaderEpoch: 2, metadata: 'ab', commitTimestamp: 97, expireTimestamp: -1 });
    expect(() => decodeOffsetCommitValue(i16(9))).toThrow(/version 9/);
  });

  it('tells the key kinds apart', () => {
    expect(decodeOffsetsTopicKey(encodeOffsetCommitKey('g', 't', 1))).toEqual({ kind: 'offset', group: 'g', topic: 't', partition: 1 });
    expect(decodeOffsetsTopicKey(Buffer.concat([i16(0), str('g'), str('t'), i32(2)]))).toEqual({
      kind: 'offset',
      group: 'g',
      topic: 't',
      partition: 2,
    });
    expect(encodeGroupMetadataKey('grp')).toEqual(Buffer.concat([i16(2), str('grp')]));
    expect(decodeOffsetsTopicKey(encodeGroupMetadataKey('grp'))).toEqual({ kind: 'group', group: 'grp' });
    expect(decodeOffsetsTopicKey(Buffer.concat([i16(3), str('new-protocol')]))).toEqual({ kind: 'other', version: 3 });
  });

  it('round-trips GroupMetadataValue v3 and reads the v0 layout', () => {
    const value = {
      protocolType: 'consumer',
      generationId: 4,
      protocolName: 'range',
      leaderId: 'm1',
      currentStateTimestamp: 123,
      members: [
        {
          memberId: 'm1',
          groupInstanceId: 'i1',
          clientId: 'c',
          clientHost: '/127.0.0.1',
          rebalanceTimeoutMs: 300,
          sessionTimeoutMs: 100,
          subscription: Buffer.from([1, 2]),
          assignment: Buffer.from([3]),
        },
        {
          memberId: 'm2',
          groupInstanceId: null,
          clientId: 'd',
          clientHost: '/::1',
          rebalanceTimeoutMs: 400,
          sessionTimeoutMs: 200,
          subscription: Buffer.alloc(0),
          assignment: Buffer.alloc(0),
        },
      ],
    };
    const buf = encodeGroupMetadataValue(value);
    expect(buf.readInt16BE(0)).toBe(3);
    expect(decodeGroupMetadataValue(buf)).toEqual(value);
    const v0 = Buffer.concat([
      i16(0),
      str('consumer'),
      i32(2),
      str('range'),
      str('m1'),
      i32(1),
      str('m1'),
      str('c'),
      str('/h'),
      i32(500),
      i32(2),
      Buffer.from([9, 9]),
      i32(0),
    ]);
    expect(decodeGroupMetadataValue(v0)).toEqual({
      protocolType: 'consumer',
      generationId: 2,
      protocolName: 'range',
      leaderId: 'm1',
      currentStateTimestamp: -1,
      members: [
        {
          memberId: 'm1',
          groupInstanceId: null,
          clientId: 'c',
          clientHost: '/h',
          rebalanceTimeoutMs: 500,
          sessionTimeoutMs: 500,
          subscription: Buffer.from([9, 9]),
          assignment: Buffer.alloc(0),
        },
      ],
    });
  });
});
