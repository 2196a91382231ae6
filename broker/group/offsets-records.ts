/**
 * The records of `__consumer_offsets`, byte for byte in Apache Kafka's
 * format so that tools reading the topic (kafka-console-consumer with the
 * offsets formatter, kafka-dump-log --offsets-decoder, burrow-style lag
 * monitors) understand them. Every key and value starts with an int16 schema
 * version; strings are int16-length UTF-8 (compact uvarint+1 in flexible
 * versions), bytes int32-length.
 *
 * Keys (the version says which record it is):
 *   v0/v1 OffsetCommitKey:  group string | topic string | partition int32
 *   v2    GroupMetadataKey: group string
 *   v3+   records of KIP-848 consumer groups: not ours, skipped on replay.
 *
 * OffsetCommitValue (written as v3, or v1 when the commit carries an
 * explicit expire timestamp, as Kafka does):
 *   v0: offset int64 | metadata string | commitTimestamp int64
 *   v1: offset int64 | metadata string | commitTimestamp int64 | expireTimestamp int64
 *   v2: offset int64 | metadata string | commitTimestamp int64
 *   v3: offset int64 | leaderEpoch int32 | metadata string | commitTimestamp int64
 *   v4: as v3, flexible (compact strings, tagged fields; topicId is tag 0)
 *
 * GroupMetadataValue (written as v3):
 *   protocolType string | generation int32 | protocol nullable string
 *   | leader nullable string | currentStateTimestamp int64 (v2+)
 *   | members array of: memberId string | groupInstanceId nullable string (v3+)
 *     | clientId string | clientHost string | rebalanceTimeout int32 (v1+)
 *     | sessionTimeout int32 | subscription bytes | assignment bytes
 *   v4 is v3 flexible.
 *
 * A null value is a tombstone: the offset, or the whole group, is deleted.
 * Stateless; safe for any caller.
 */
import { Reader } from '../../protocol/reader.js';
import { Writer } from '../../protocol/writer.js';

/** A committed offset as stored. */
export interface OffsetCommitValue {
  offset: number;
  /** -1 when unknown. */
  leaderEpoch: number;
  metadata: string;
  commitTimestamp: number;
  /** -1 unless the commit asked for its own retention (OffsetCommit v2-v4). */
  expireTimestamp: number;
}

/** One member as stored in GroupMetadataValue. */
export interface StoredMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  subscription: Buffer;
  assignment: Buffer;
}

/** A group's membership as stored. */
export interface GroupMetadataValue {
  protocolType: string;
  generationId: number;
  protocolName: string | null;
  leaderId: string | null;
  /** -1 when unknown (values older than v2). */
  currentStateTimestamp: number;
  members: StoredMember[];
}

/** A decoded key of `__consumer_offsets`. */
export type OffsetsTopicKey =
  | { kind: 'offset'; group: string; topic: string; partition: number }
  | { kind: 'group'; group: string }
  | { kind: 'other'; version: number };

function finish(w: Writer): Buffer {
  const out = w.finishBuffer();
  Writer.release(w);
  return out;
}

/** OffsetCommitKey (version 1, as Kafka writes it). */
export function encodeOffsetCommitKey(group: string, topic: string, partition: number): Buffer {
  const w = Writer.acquire();
  w.int16(1);
  w.string(group, false);
  w.string(topic, false);
  w.int32(partition);
  return finish(w);
}

/** GroupMetadataKey (version 2). */
export function encodeGroupMetadataKey(group: string): Buffer {
  const w = Writer.acquire();
  w.int16(2);
  w.string(group, false);
  return finish(w);
}

/** Decodes any key of the topic. Throws on bytes that are not a key. */
export function decodeOffsetsTopicKey(buf: Buffer): OffsetsTopicKey {
  const r = new Reader(buf);
  const version = r.int16();
  if (version === 0 || version === 1) return { kind: 'offset', group: r.string(false), topic: r.string(false), partition: r.int32() };
  if (version === 2) return { kind: 'group', group: r.string(false) };
  return { kind: 'other', version };
}

/** OffsetCommitValue: v1 when expireTimestamp >= 0, else v3. */
export function encodeOffsetCommitValue(v: OffsetCommitValue): Buffer {
  const w = Writer.acquire();
  if (v.expireTimestamp >= 0) {
    w.int16(1);
    w.int64(v.offset);
    w.string(v.metadata, false);
    w.int64(v.commitTimestamp);
    w.int64(v.expireTimestamp);
  } else {
    w.int16(3);
    w.int64(v.offset);
    w.int32(v.leaderEpoch);
    w.string(v.metadata, false);
    w.int64(v.commitTimestamp);
  }
  return finish(w);
}

function skipTaggedFields(r: Reader): void {
  let n = r.uvarint();
  while (n-- > 0) {
    r.uvarint();
    r.skip(r.uvarint());
  }
}

/** Decodes OffsetCommitValue v0-v4. */
export function decodeOffsetCommitValue(buf: Buffer): OffsetCommitValue {
  const r = new Reader(buf);
  const version = r.int16();
  if (version < 0 || version > 4) throw new RangeError(`unknown OffsetCommitValue version ${version}`);
  const flex = version >= 4;
  const offset = r.int64();
  const leaderEpoch = version >= 3 ? r.int32() : -1;
  const metadata = r.string(flex);
  const commitTimestamp = r.int64();
  const expireTimestamp = version === 1 ? r.int64() : -1;
  if (flex) skipTaggedFields(r);
  return { offset, leaderEpoch, metadata, commitTimestamp, expireTimestamp };
}

/** GroupMetadataValue v3. */
export function encodeGroupMetadataValue(v: GroupMetadataValue): Buffer {
  const w = Writer.acquire();
  w.int16(3);
  w.string(v.protocolType, false);
  w.int32(v.generationId);
  w.nullableString(v.protocolName, false);
  w.nullableString(v.leaderId, false);
  w.int64(v.currentStateTimestamp);
  w.arrayLength(v.members.length, false);
  for (const m of v.members) {
    w.string(m.memberId, false);
    w.nullableString(m.groupInstanceId, false);
    w.string(m.clientId, false);
    w.string(m.clientHost, false);
    w.int32(m.rebalanceTimeoutMs);
    w.int32(m.sessionTimeoutMs);
    w.bytes(m.subscription, false);
    w.bytes(m.assignment, false);
  }
  return finish(w);
}

/** Decodes GroupMetadataValue v0-v4. */
export function decodeGroupMetadataValue(buf: Buffer): GroupMetadataValue {
  const r = new Reader(buf);
  const version = r.int16();
  if (version < 0 || version > 4) throw new RangeError(`unknown GroupMetadataValue version ${version}`);
  const flex = version >= 4;
  const protocolType = r.string(flex);
  const generationId = r.int32();
  const protocolName = r.nullableString(flex);
  const leaderId = r.nullableString(flex);
  const currentStateTimestamp = version >= 2 ? r.int64() : -1;
  const n = r.arrayLength(flex);
  const members: StoredMember[] = [];
  for (let i = 0; i < n; i++) {
    const memberId = r.string(flex);
    const groupInstanceId = version >= 3 ? r.nullableString(flex) : null;
    const clientId = r.string(flex);
    const clientHost = r.string(flex);
    const rebalanceTimeoutMs = version >= 1 ? r.int32() : -1;
    const sessionTimeoutMs = r.int32();
    const subscription = Buffer.from(r.bytes(flex));
    const assignment = Buffer.from(r.bytes(flex));
    if (flex) skipTaggedFields(r);
    members.push({
      memberId,
      groupInstanceId,
      clientId,
      clientHost,
      rebalanceTimeoutMs: rebalanceTimeoutMs < 0 ? sessionTimeoutMs : rebalanceTimeoutMs,
      sessionTimeoutMs,
      subscription,
      assignment,
    });
  }
  if (flex) skipTaggedFields(r);
  return { protocolType, generationId, protocolName, leaderId, currentStateTimestamp, members };
}
