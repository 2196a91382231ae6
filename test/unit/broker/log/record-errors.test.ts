/**
 * Per-record checks (broker/log/record-errors.ts, KIP-467): keyless records
 * of a compacted topic and timestamps outside the bounds are named by their
 * index in the batch, plain and compressed; records without a timestamp (-1)
 * pass; the summary shows at most three; a garbled record body is
 * CORRUPT_MESSAGE.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { initCodecs } from '../../../../protocol/compression.js';
import { Compression, RECORD_BATCH_OVERHEAD } from '../../../../protocol/record-batch.js';
import { encodeRecordBatch } from '../../../../protocol/record-codec.js';
import { recordErrorsSummary, scanRecordErrors, type RecordError } from '../../../../broker/log/record-errors.js';

const NO_BOUNDS = { requireKeys: false, lowerTimestamp: -Infinity, upperTimestamp: Infinity };

function scan(batch: Buffer, checks = NO_BOUNDS): [number, RecordError[]] {
  const errors: RecordError[] = [];
  return [scanRecordErrors(batch, 0, batch.length, checks, errors), errors];
}

describe('record errors', () => {
  beforeAll(() => initCodecs());

  it('names the keyless records of a compacted topic by their index, plain and compressed', () => {
    for (const compression of [Compression.NONE, Compression.GZIP, Compression.LZ4, Compression.ZSTD]) {
      const batch = encodeRecordBatch({
        compression,
        records: [{ key: 'a', value: '1' }, { value: '2' }, { key: 'c', value: '3' }, { key: null, value: '4' }],
      });
      const [code, errors] = scan(batch, { ...NO_BOUNDS, requireKeys: true });
      expect(code, `codec ${compression}`).toBe(ErrorCode.INVALID_RECORD);
      expect(errors.map((e) => e.batchIndex)).toEqual([1, 3]);
      expect(errors[0].message).toContain('no key');
      expect(scan(batch)[0]).toBe(ErrorCode.NONE);
    }
  });

  it('names the records outside the timestamp bounds (inclusive), and skips records without a timestamp', () => {
    const batch = encodeRecordBatch({
      baseTimestamp: 1000,
      records: [900, 1000, 2000, 2001, 1500].map((timestamp, i) => ({ key: `k${i}`, value: 'v', timestamp })),
    });
    const [code, errors] = scan(batch, { requireKeys: false, lowerTimestamp: 1000, upperTimestamp: 2000 });
    expect(code).toBe(ErrorCode.INVALID_TIMESTAMP);
    expect(errors.map((e) => e.batchIndex)).toEqual([0, 3]);
    expect(errors[0].message).toContain('older than 1000');
    expect(errors[1].message).toContain('later than 2000');
    const untimed = encodeRecordBatch({ baseTimestamp: -1, records: [{ value: 'a', timestamp: -1 }] });
    expect(scan(untimed, { requireKeys: false, lowerTimestamp: 5, upperTimestamp: 10 })[0]).toBe(ErrorCode.NONE);
  });

  it('summarises at most three, and answers CORRUPT_MESSAGE for records that do not parse', () => {
    const errors = [0, 1, 2, 3, 4].map((i) => ({ batchIndex: i, message: `m${i}` }));
    expect(recordErrorsSummary(errors)).toBe('5 records rejected, the batch is not appended: m0; m1; m2; ...');
    expect(recordErrorsSummary(errors.slice(0, 1))).toBe('1 record rejected, the batch is not appended: m0');
    const batch = encodeRecordBatch({ records: [{ key: 'k', value: 'v' }] });
    batch[RECORD_BATCH_OVERHEAD] = 0x7f; // the record length now runs past the batch
    expect(scan(batch.subarray(0, RECORD_BATCH_OVERHEAD + 3), { ...NO_BOUNDS, requireKeys: true })[0]).toBe(ErrorCode.CORRUPT_MESSAGE);
  });
});
