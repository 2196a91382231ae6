/**
 * Conversion between message formats v0/v1 and v2 batches
 * (protocol/message-set-conversion.ts): a Produce v0-v2 payload becomes one
 * v2 batch (magic 0: no timestamps; a compressed wrapper keeps its codec),
 * and stored batches read by Fetch v0-v3 become messages of the fetch's
 * magic from the fetch offset on, wrappers for compressed batches (relative
 * offsets under magic 1), control batches dropped, zstd refused.
 */
import { crc32, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { initCodecs } from '../../../protocol/compression.js';
import { Compression } from '../../../protocol/record-batch.js';
import { decodeRecordBatches, encodeRecordBatch } from '../../../protocol/record-codec.js';
import { type MessageSetError, readMessageSet, writeMessageEntry, messageEntrySize } from '../../../protocol/message-set.js';
import { downConvertBatches, fetchMagic, upConvertMessageSet } from '../../../protocol/message-set-conversion.js';

function entry(offset: number, magic: number, attributes: number, timestamp: number, key: string | null, value: Buffer | string): Buffer {
  const k = key === null ? null : Buffer.from(key);
  const v = Buffer.isBuffer(value) ? value : Buffer.from(value);
  const out = Buffer.alloc(messageEntrySize(magic, k, v));
  writeMessageEntry(out, 0, offset, magic, attributes, timestamp, k, v);
  return out;
}

describe('message set conversion', () => {
  beforeAll(() => initCodecs());

  it('up-converts magic 0 messages into one v2 batch without timestamps', () => {
    const payload = Buffer.concat([entry(0, 0, 0, -1, 'k0', 'a'), entry(0, 0, 0, -1, null, 'b')]);
    const u = upConvertMessageSet(payload);
    expect([u.recordCount, u.magic]).toEqual([2, 0]);
    const [b] = decodeRecordBatches(u.batch);
    expect([b.magic, b.compression, b.producerId, b.recordsCount, b.crcValid]).toEqual([2, Compression.NONE, -1, 2, true]);
    expect(b.records.map((r) => [r.offset, r.timestamp, r.key?.toString() ?? null, r.value!.toString()])).toEqual([
      [0, -1, 'k0', 'a'],
      [1, -1, null, 'b'],
    ]);
  });

  it('up-converts a magic 1 gzip wrapper into a gzip batch with the messages’ timestamps', () => {
    const inner = Buffer.concat([entry(0, 1, 0, 1000, 'x', '1'), entry(1, 1, 0, 1005, 'y', '2')]);
    const u = upConvertMessageSet(entry(1, 1, Compression.GZIP, 1005, null, gzipSync(inner)));
    const [b] = decodeRecordBatches(u.batch);
    expect([b.compression, b.baseTimestamp, b.maxTimestamp]).toEqual([Compression.GZIP, 1000, 1005]);
    expect(b.records.map((r) => [r.timestamp, r.key!.toString(), r.value!.toString()])).toEqual([
      [1000, 'x', '1'],
      [1005, 'y', '2'],
    ]);
  });

  it('refuses an empty set and a set mixing magics', () => {
    const name = (f: () => unknown): string => {
      try {
        f();
        return 'none';
      } catch (err) {
        return (err as MessageSetError).errorName;
      }
    };
    expect(name(() => upConvertMessageSet(Buffer.alloc(0)))).toBe('INVALID_RECORD');
    expect(name(() => upConvertMessageSet(Buffer.concat([entry(0, 0, 0, -1, null, 'a'), entry(1, 1, 0, 5, null, 'b')])))).toBe(
      'INVALID_RECORD',
    );
  });

  it('maps fetch versions to magics: v0-v1 magic 0, v2-v3 magic 1, v4+ magic 2', () => {
    expect([0, 1, 2, 3, 4, 17].map(fetchMagic)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('down-converts uncompressed batches from the fetch offset, absolute offsets, timestamps under magic 1', () => {
    const stored = Buffer.concat([
      encodeRecordBatch({ baseOffset: 10, records: ['a', 'b', 'c'].map((value, i) => ({ key: `k${i}`, value, timestamp: 500 + i })) }),
      encodeRecordBatch({ baseOffset: 13, records: [{ value: 'd', timestamp: 600, headers: [{ key: 'h', value: null }] }] }),
    ]);
    const m0 = readMessageSet(downConvertBatches(stored, 0, 11), true);
    expect(m0.map((m) => [m.offset, m.magic, m.timestamp, m.key?.toString() ?? null, m.value!.toString()])).toEqual([
      [11, 0, -1, 'k1', 'b'],
      [12, 0, -1, 'k2', 'c'],
      [13, 0, -1, null, 'd'],
    ]);
    const m1 = readMessageSet(downConvertBatches(stored, 1, 10), true);
    expect(m1.map((m) => [m.offset, m.magic, m.timestamp])).toEqual([
      [10, 1, 500],
      [11, 1, 501],
      [12, 1, 502],
      [13, 1, 600],
    ]);
  });

  it('down-converts a compressed batch to one wrapper of its codec (magic 1: relative inner offsets)', () => {
    const stored = encodeRecordBatch({
      baseOffset: 100,
      compression: Compression.GZIP,
      records: ['x', 'y', 'z'].map((value) => ({ value, timestamp: 7 })),
    });
    const set = downConvertBatches(stored, 1, 101);
    // One entry: the wrapper, gzip, carrying the last offset.
    expect([set.readBigInt64BE(0), set.readInt8(17) & 7, set.length]).toEqual([102n, Compression.GZIP, 12 + set.readInt32BE(8)]);
    expect(readMessageSet(set, true).map((m) => [m.offset, m.value!.toString()])).toEqual([
      [101, 'y'],
      [102, 'z'],
    ]);
    const m0 = readMessageSet(downConvertBatches(stored, 0, 100), true);
    expect(m0.map((m) => m.offset)).toEqual([100, 101, 102]);
    // lz4 under magic 0 is written uncompressed (Kafka 0.8-0.9's lz4 framing is not written).
    const lz4 = encodeRecordBatch({ baseOffset: 0, compression: Compression.LZ4, records: [{ value: 'l' }] });
    const plain = downConvertBatches(lz4, 0, 0);
    expect([plain.readInt8(17) & 7, readMessageSet(plain, true)[0].value!.toString()]).toEqual([0, 'l']);
    expect(readMessageSet(downConvertBatches(lz4, 1, 0), true)[0].value!.toString()).toBe('l');
  });

  it('drops control batches and refuses zstd batches', () => {
    const control = encodeRecordBatch({
      baseOffset: 1,
      control: true,
      transactional: true,
      producerId: 5,
      records: [{ key: Buffer.alloc(4), value: Buffer.alloc(6) }],
    });
    const data = encodeRecordBatch({ baseOffset: 0, records: [{ value: 'v' }] });
    expect(readMessageSet(downConvertBatches(Buffer.concat([data, control]), 1, 0), true).map((m) => m.offset)).toEqual([0]);
    const zstd = encodeRecordBatch({ compression: Compression.ZSTD, records: [{ value: 'z' }] });
    expect(() => downConvertBatches(zstd, 1, 0)).toThrow(/zstd/);
  });

  it('keeps the CRC of every written message valid', () => {
    const set = downConvertBatches(encodeRecordBatch({ records: [{ value: 'c' }] }), 0, 0);
    expect(set.readUInt32BE(12)).toBe(crc32(set.subarray(16)));
  });
});
