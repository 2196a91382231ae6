/**
 * Message formats v0/v1 (protocol/message-set.ts): hand-assembled entries
 * (Kafka's byte layout, CRC-32 over magic..end) are read with keys, values,
 * timestamps and offsets; a magic 1 compressed wrapper's relative inner
 * offsets become absolute and a LogAppendTime wrapper stamps its inner
 * messages; damaged CRCs, wrong magics and partial entries are refused (or,
 * for a fetch, a partial tail ends the set); writer and reader agree.
 */
import { crc32, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compress, decompress } from '../../../protocol/compression.js';
import { Compression } from '../../../protocol/record-batch.js';
import { MessageSetError, readMessageSet, wrapMessageSet, writeMessageEntry, messageEntrySize } from '../../../protocol/message-set.js';

/** One entry assembled field by field, as Kafka 0.10 lays it out. */
function entry(
  offset: number,
  magic: number,
  attributes: number,
  timestamp: number,
  key: string | null,
  value: Buffer | string | null,
): Buffer {
  const k = key === null ? null : Buffer.from(key);
  const v = value === null ? null : Buffer.isBuffer(value) ? value : Buffer.from(value);
  const body = Buffer.concat([
    Buffer.from([magic, attributes]),
    magic === 1 ? Buffer.from(BigInt.asUintN(64, BigInt(timestamp)).toString(16).padStart(16, '0'), 'hex') : Buffer.alloc(0),
    len(k),
    k ?? Buffer.alloc(0),
    len(v),
    v ?? Buffer.alloc(0),
  ]);
  const head = Buffer.alloc(16);
  head.writeBigInt64BE(BigInt(offset), 0);
  head.writeInt32BE(body.length + 4, 8);
  head.writeUInt32BE(crc32(body), 12);
  return Buffer.concat([head, body]);
}

function len(b: Buffer | null): Buffer {
  const out = Buffer.alloc(4);
  out.writeInt32BE(b === null ? -1 : b.length, 0);
  return out;
}

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    if (err instanceof MessageSetError) return err.errorName;
    throw err;
  }
  return 'none';
}

describe('message set (v0/v1)', () => {
  it('reads magic 0 and magic 1 messages with keys, null values and timestamps', () => {
    const set = Buffer.concat([entry(0, 0, 0, -1, 'k0', 'v0'), entry(1, 0, 0, -1, null, null)]);
    const m = readMessageSet(set, true);
    expect(m.map((x) => [x.offset, x.magic, x.timestamp, x.key?.toString() ?? null, x.value?.toString() ?? null])).toEqual([
      [0, 0, -1, 'k0', 'v0'],
      [1, 0, -1, null, null],
    ]);
    const v1 = readMessageSet(entry(7, 1, 0, 1_700_000_000_123, 'k', 'v'), true);
    expect([v1[0].offset, v1[0].magic, v1[0].timestamp]).toEqual([7, 1, 1_700_000_000_123]);
  });

  it('opens a magic 1 gzip wrapper: inner offsets are relative to the wrapper (KIP-31)', () => {
    const inner = Buffer.concat([entry(0, 1, 0, 100, 'a', '1'), entry(1, 1, 0, 101, 'b', '2'), entry(2, 1, 0, 102, 'c', '3')]);
    const wrapper = entry(42, 1, 1, 102, null, gzipSync(inner));
    const m = readMessageSet(wrapper, true);
    expect(m.map((x) => [x.offset, x.timestamp, x.value!.toString()])).toEqual([
      [40, 100, '1'],
      [41, 101, '2'],
      [42, 102, '3'],
    ]);
    // LogAppendTime (attribute bit 3) on the wrapper: every inner message takes the wrapper's timestamp.
    const appended = readMessageSet(entry(42, 1, 1 | 8, 999, null, gzipSync(inner)), true);
    expect(appended.map((x) => x.timestamp)).toEqual([999, 999, 999]);
  });

  it('keeps absolute inner offsets in a magic 0 wrapper', () => {
    const inner = Buffer.concat([entry(5, 0, 0, -1, null, 'x'), entry(6, 0, 0, -1, null, 'y')]);
    expect(readMessageSet(entry(6, 0, 1, -1, null, gzipSync(inner)), true).map((x) => x.offset)).toEqual([5, 6]);
  });

  it("opens a magic 0 lz4 wrapper written with Kafka 0.8-0.9's wrong LZ4 header checksum", () => {
    const inner = Buffer.concat([entry(0, 0, 0, -1, null, 'x'), entry(1, 0, 0, -1, null, 'y')]);
    const frame = compress(Compression.LZ4, inner);
    frame[6] ^= 0x5a; // HC: the frame header's checksum byte (no content size, no dictionary id)
    expect(() => decompress(Compression.LZ4, frame)).toThrow();
    expect(readMessageSet(entry(1, 0, Compression.LZ4, -1, null, frame), true).map((x) => x.value!.toString())).toEqual(['x', 'y']);
  });

  it('refuses a damaged CRC, an unknown magic, a magic mismatch inside a wrapper and a partial produce payload', () => {
    const bad = entry(0, 0, 0, -1, 'k', 'v');
    bad[bad.length - 1] ^= 1;
    expect(errorOf(() => readMessageSet(bad, true))).toBe('CORRUPT_MESSAGE');
    const v2 = entry(0, 2, 0, 0, 'k', 'v');
    expect(errorOf(() => readMessageSet(v2, true))).toBe('INVALID_RECORD');
    const mixed = entry(1, 1, 1, 5, null, gzipSync(entry(0, 0, 0, -1, null, 'x')));
    expect(errorOf(() => readMessageSet(mixed, true))).toBe('INVALID_RECORD');
    const zstdCodec = entry(0, 1, 4, 5, null, Buffer.from('x'));
    expect(errorOf(() => readMessageSet(zstdCodec, true))).toBe('UNSUPPORTED_COMPRESSION_TYPE');
    const whole = Buffer.concat([entry(0, 0, 0, -1, null, 'a'), entry(1, 0, 0, -1, null, 'b')]);
    const partial = whole.subarray(0, whole.length - 3);
    expect(errorOf(() => readMessageSet(partial, true))).toBe('CORRUPT_MESSAGE');
    // A fetch may end inside an entry: the set ends there.
    expect(readMessageSet(partial, false).map((x) => x.value!.toString())).toEqual(['a']);
  });

  it('writes entries byte for byte as Kafka lays them out, and wrappers the reader opens', () => {
    for (const magic of [0, 1]) {
      const out = Buffer.alloc(messageEntrySize(magic, Buffer.from('k'), Buffer.from('value')));
      writeMessageEntry(out, 0, 3, magic, 0, magic === 1 ? 1234 : -1, Buffer.from('k'), Buffer.from('value'));
      expect(out.equals(entry(3, magic, 0, 1234, 'k', 'value')), `magic ${magic}`).toBe(true);
    }
    const inner = Buffer.concat([entry(0, 1, 0, 10, null, 'p'), entry(1, 1, 0, 11, null, 'q')]);
    const w = wrapMessageSet(inner, 1, 2, 21, 11, false);
    expect(readMessageSet(w, true).map((x) => [x.offset, x.value!.toString()])).toEqual([
      [20, 'p'],
      [21, 'q'],
    ]);
  });
});
