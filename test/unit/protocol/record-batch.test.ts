import { describe, it, expect, beforeAll } from 'vitest';
import {
  Compression,
  batchBaseOffset,
  batchLastOffset,
  batchSize,
  batchMaxTimestamp,
  batchProducerId,
  compressionOf,
  timestampTypeOf,
  isTransactional,
  isControl,
  makeAttributes,
  validateBatch,
  setLogAppendTime,
  isBatchCrcValid,
  lastSequenceOf,
  readInt64,
  writeInt64,
  batchAttributes,
  CRC_OFFSET,
} from '../../../protocol/record-batch.js';
import {
  encodeRecordBatch,
  decodeRecordBatches,
  ByteCursor,
  writeVarint,
  writeVarlong,
  sizeOfVarint,
  sizeOfVarlong,
} from '../../../protocol/record-codec.js';
import { initCodecs, compress, decompress, codecFromName } from '../../../protocol/compression.js';
import { crc32c } from '../../../protocol/crc32c.js';
import { ErrorCode } from '../../../protocol/generated/errors.js';
import { compressSync as snappyRaw } from 'snappy';

beforeAll(async () => {
  await initCodecs();
});

describe('crc32c', () => {
  it('matches the standard check value', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    const b = Buffer.from('xx123456789yy');
    expect(crc32c(b, 2, 11)).toBe(0xe3069283);
  });
});

describe('int64 and varints', () => {
  it('round-trips int64 numbers including negatives', () => {
    const b = Buffer.alloc(8);
    for (const v of [0, 1, -1, 2 ** 40 + 5, -(2 ** 40) - 7, Number.MAX_SAFE_INTEGER]) {
      writeInt64(b, 0, v);
      expect(readInt64(b, 0)).toBe(v);
      expect(b.readBigInt64BE(0)).toBe(BigInt(v));
    }
  });
  it('round-trips zigzag varint and varlong', () => {
    const b = Buffer.alloc(16);
    for (const v of [0, 1, -1, 63, -64, 64, 300, -300, 2147483647, -2147483648]) {
      const end = writeVarint(b, 0, v);
      expect(end).toBe(sizeOfVarint(v));
      expect(new ByteCursor(b).readVarint()).toBe(v);
    }
    for (const v of [0, -1, 1, 2 ** 35, -(2 ** 35), 1700000000000, -1700000000000]) {
      const end = writeVarlong(b, 0, v);
      expect(end).toBe(sizeOfVarlong(v));
      expect(new ByteCursor(b).readVarlong()).toBe(v);
    }
    // known encoding: 300 zigzag = 600 = 0xd8 0x04
    writeVarint(b, 0, 300);
    expect([b[0], b[1]]).toEqual([0xd8, 0x04]);
  });
});

describe('record batch header', () => {
  it('reads fields and attributes', () => {
    const batch = encodeRecordBatch({
      baseOffset: 100,
      records: [
        { key: 'k1', value: 'v1', timestamp: 1000 },
        { key: null, value: 'v2', timestamp: 1500, headers: [{ key: 'h', value: Buffer.from('x') }] },
      ],
      producerId: 7,
      producerEpoch: 1,
      baseSequence: 10,
      transactional: true,
    });
    expect(batchBaseOffset(batch, 0)).toBe(100);
    expect(batchLastOffset(batch, 0)).toBe(101);
    expect(batchSize(batch, 0)).toBe(batch.length);
    expect(batchMaxTimestamp(batch, 0)).toBe(1500);
    expect(batchProducerId(batch, 0)).toBe(7);
    const a = batchAttributes(batch, 0);
    expect(isTransactional(a)).toBe(true);
    expect(isControl(a)).toBe(false);
    expect(compressionOf(a)).toBe(0);
    expect(timestampTypeOf(makeAttributes(Compression.ZSTD, 1))).toBe(1);
    expect(compressionOf(makeAttributes(Compression.ZSTD, 1))).toBe(4);
    expect(validateBatch(batch, 0, batch.length, 1 << 20)).toBe(ErrorCode.NONE);
  });

  it('validateBatch rejects corrupt, truncated, oversized and old-magic batches', () => {
    const batch = encodeRecordBatch({ records: [{ value: 'hello' }] });
    expect(validateBatch(batch, 0, batch.length - 1, 1 << 20)).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(validateBatch(batch, 0, 10, 1 << 20)).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(validateBatch(batch, 0, batch.length, batch.length - 1)).toBe(ErrorCode.MESSAGE_TOO_LARGE);
    const bad = Buffer.from(batch);
    bad[bad.length - 1] ^= 0xff;
    expect(validateBatch(bad, 0, bad.length, 1 << 20)).toBe(ErrorCode.CORRUPT_MESSAGE);
    const old = Buffer.from(batch);
    old[16] = 1;
    expect(validateBatch(old, 0, old.length, 1 << 20)).toBe(ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT);
    old[16] = 0;
    expect(validateBatch(old, 0, old.length, 1 << 20)).toBe(ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT);
  });

  it('offset and epoch are outside the CRC; LogAppendTime rewrite keeps it valid', () => {
    const batch = encodeRecordBatch({ records: [{ value: 'a', timestamp: 5 }] });
    writeInt64(batch, 0, 12345);
    batch.writeInt32BE(9, 12);
    expect(isBatchCrcValid(batch, 0)).toBe(true);
    const before = batch.readUInt32BE(CRC_OFFSET);
    setLogAppendTime(batch, 0, 99999);
    expect(batch.readUInt32BE(CRC_OFFSET)).not.toBe(before);
    expect(isBatchCrcValid(batch, 0)).toBe(true);
    expect(timestampTypeOf(batchAttributes(batch, 0))).toBe(1);
    const [d] = decodeRecordBatches(batch);
    expect(d!.records[0]!.timestamp).toBe(99999);
  });

  it('copies keys and values by default, returns views into the source with views: true', () => {
    const batch = encodeRecordBatch({
      records: [{ key: 'k', value: 'value-number-1', headers: [{ key: 'h', value: Buffer.from('hv') }] }],
    });
    const copied = decodeRecordBatches(batch)[0]!.records[0]!;
    const viewed = decodeRecordBatches(batch, { views: true })[0]!.records[0]!;
    expect(viewed.value!.toString()).toBe('value-number-1');
    expect(viewed.key!.toString()).toBe('k');
    expect(viewed.headers[0]!.value!.toString()).toBe('hv');
    batch[batch.indexOf('value-number-1') + 13] = 0x32;
    expect(viewed.value!.toString()).toBe('value-number-2');
    expect(copied.value!.toString()).toBe('value-number-1');
  });

  it('sequence wraps at int32 max', () => {
    expect(lastSequenceOf(5, 3)).toBe(8);
    expect(lastSequenceOf(2147483647, 0)).toBe(2147483647);
    expect(lastSequenceOf(2147483646, 2)).toBe(0);
    expect(lastSequenceOf(-1, 3)).toBe(-1);
  });
});

describe('encode/decode with every codec', () => {
  const records = Array.from({ length: 50 }, (_, i) => ({
    key: i % 3 === 0 ? null : `key-${i}`,
    value: i % 7 === 0 ? null : `value-${i}-`.repeat(20),
    timestamp: 1_700_000_000_000 + i * 10,
    headers:
      i % 2 === 0
        ? [
            { key: 'idx', value: Buffer.from(String(i)) },
            { key: 'nul', value: null },
          ]
        : [],
  }));
  for (const name of ['none', 'gzip', 'snappy', 'lz4', 'zstd']) {
    it(`round-trips ${name}`, () => {
      const codec = codecFromName(name);
      const a = encodeRecordBatch({ baseOffset: 10, records, compression: codec, producerId: 3, producerEpoch: 0, baseSequence: 0 });
      const b = encodeRecordBatch({ baseOffset: 60, records: records.slice(0, 5), compression: codec });
      const buf = Buffer.concat([a, b, b.subarray(0, 20)]);
      const batches = decodeRecordBatches(buf);
      expect(batches.length).toBe(2);
      expect(batches[0]!.crcValid).toBe(true);
      expect(batches[0]!.compression).toBe(codec);
      expect(batches[0]!.records.length).toBe(50);
      expect(batches[1]!.records.length).toBe(5);
      for (let i = 0; i < 50; i++) {
        const r = batches[0]!.records[i]!;
        expect(r.offset).toBe(10 + i);
        expect(r.timestamp).toBe(records[i]!.timestamp);
        expect(r.key === null ? null : r.key.toString()).toBe(records[i]!.key);
        expect(r.value === null ? null : r.value.toString()).toBe(records[i]!.value);
        expect(r.headers.map((h) => [h.key, h.value?.toString() ?? null])).toEqual(
          records[i]!.headers.map((h) => [h.key, h.value?.toString() ?? null]),
        );
      }
      expect(batches[1]!.baseOffset).toBe(60);
      if (codec !== 0) expect(a.length).toBeLessThan(encodeRecordBatch({ records }).length);
    });
  }

  it('snappy uses xerial framing and also decodes raw snappy', () => {
    const data = Buffer.from('abc'.repeat(30000));
    const framed = compress(Compression.SNAPPY, data);
    expect(framed.subarray(0, 8)).toEqual(Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]));
    expect(decompress(Compression.SNAPPY, framed).equals(data)).toBe(true);
    expect(decompress(Compression.SNAPPY, snappyRaw(data)).equals(data)).toBe(true);
  });

  it('lz4 writes the LZ4 frame format', () => {
    const out = compress(Compression.LZ4, Buffer.from('hello hello hello'));
    expect(out.readUInt32LE(0)).toBe(0x184d2204);
  });
});
