import { describe, it, expect } from 'vitest';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { BATCH_LENGTH_OFFSET, LOG_OVERHEAD, isBatchCrcValid } from '../../../../protocol/record-batch.js';
import type { PartitionLog } from '../../../../broker/log/partition-log.js';
import { ENGINES, batch, freshLogDir, openLog } from './helpers.js';

function values(buf: Buffer): string[] {
  return decodeRecordBatches(buf).flatMap((b) => b.records.map((r) => r.value!.toString()));
}

/** Whole, CRC-valid batches back to back, and nothing else (no torn data). */
function expectWholeBatches(buf: Buffer): void {
  let p = 0;
  while (p < buf.length) {
    expect(isBatchCrcValid(buf, p)).toBe(true);
    p += LOG_OVERHEAD + buf.readInt32BE(p + BATCH_LENGTH_OFFSET);
  }
  expect(p).toBe(buf.length);
}

/** `n` batches of 3 records, values `${prefix}${i}-0..2`, as leader in `epoch`; the high watermark at the end. */
function fill(log: PartitionLog, n: number, prefix: string, epoch = 0): void {
  for (let i = 0; i < n; i++) expect(log.appendAsLeader(batch(3, { prefix: `${prefix}${i}` }), epoch, Date.now()).errorCode).toBe(0);
  log.setHighWatermark(log.logEndOffset);
}

describe.each(ENGINES)('LocalLog reads racing changes of the segments (%s engine)', (kind) => {
  it('truncation and new appends while a read is in flight: the read starts over and answers the new bytes whole', async () => {
    const log = openLog(freshLogDir(kind).logDir);
    fill(log, 10, 'old', 1);
    log.faults.delayNext('read', 50);
    const pending = log.read(12, 1 << 20, 30, true);
    log.truncateTo(15);
    fill(log, 5, 'new', 2);
    const r = await pending;
    expect(r.errorCode).toBe(ErrorCode.NONE);
    expectWholeBatches(r.records);
    const now = await log.read(12, 1 << 20, 30, true);
    expect(r.records.equals(now.records)).toBe(true);
    expect(values(r.records).slice(0, 4)).toEqual(['old4-0', 'old4-1', 'old4-2', 'new0-0']);
  });

  it('truncation between finding the position and reading the bytes: no misaligned or torn batches', async () => {
    const log = openLog(freshLogDir(kind).logDir);
    fill(log, 10, 'old', 1);
    // The offset lookup reads at once; the data read is held, and the log changes meanwhile.
    log.faults.delayNext('read', 0);
    const held = log.faults.holdNext('read');
    const pending = log.read(12, 1 << 20, 30, true);
    await held.reached;
    log.truncateTo(6);
    for (let i = 0; i < 30; i++) log.appendAsLeader(batch(1, { prefix: `new${i}` }), 2, Date.now());
    log.setHighWatermark(log.logEndOffset);
    held.release();
    const r = await pending;
    expect(r.errorCode).toBe(ErrorCode.NONE);
    expectWholeBatches(r.records);
    expect(decodeRecordBatches(r.records)[0]!.baseOffset).toBe(12);
    expect(values(r.records)[0]).toBe('new6-0');
  });

  it('segments deleted under a read (retention, DeleteRecords): OFFSET_OUT_OF_RANGE, no failure', async () => {
    const log = openLog(freshLogDir(kind).logDir, { segmentBytes: 300 });
    fill(log, 12, 'v');
    expect(log.segmentCount).toBeGreaterThan(3);
    const third = log.local.segmentBaseOffsets()[2]!;
    log.faults.delayNext('read', 50);
    const pending = log.read(0, 1 << 20, log.highWatermark, true);
    log.deleteRecordsBefore(third);
    const r = await pending;
    expect(r.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    expect(r.logStartOffset).toBe(third);
  });

  it('a log emptied and restarted under a read: OFFSET_OUT_OF_RANGE', async () => {
    const log = openLog(freshLogDir(kind).logDir);
    fill(log, 4, 'v');
    log.faults.delayNext('read', 50);
    const pending = log.read(3, 1 << 20, log.logEndOffset, true);
    log.truncateFullyAndStartAt(100);
    expect((await pending).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
  });

  it('rolls and appends under a read change nothing it reads', async () => {
    const log = openLog(freshLogDir(kind).logDir, { segmentBytes: 250 });
    fill(log, 2, 'a');
    log.faults.delayNext('read', 50);
    const pending = log.read(0, 1 << 20, log.highWatermark, true);
    fill(log, 6, 'b');
    expect(log.segmentCount).toBeGreaterThan(1);
    const r = await pending;
    expect(values(r.records)).toEqual(['a0-0', 'a0-1', 'a0-2', 'a1-0', 'a1-1', 'a1-2']);
  });

  it('a log closed under a read (topic deleted): the read resolves, never rejects', async () => {
    const log = openLog(freshLogDir(kind).logDir);
    fill(log, 3, 'v');
    log.faults.delayNext('read', 50);
    const pending = log.read(0, 1 << 20, log.highWatermark, true);
    log.close();
    const r = await pending;
    expect([ErrorCode.NONE, ErrorCode.KAFKA_STORAGE_ERROR]).toContain(r.errorCode);
    expectWholeBatches(r.records);
    expect((await log.read(0, 1 << 20, 9, true)).errorCode).toBe(ErrorCode.KAFKA_STORAGE_ERROR);
  });
});

describe.each(ENGINES)('reads bounded by the high watermark position (%s engine)', (kind) => {
  it('the high watermark carries its segment and byte position; consumer reads stop there', async () => {
    const { logDir } = freshLogDir(kind);
    const log = openLog(logDir, { segmentBytes: 400 });
    const sizes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const b = batch(3, { prefix: `v${i}` });
      sizes.push(b.length);
      log.appendAsLeader(b, 0, Date.now());
    }
    // Followers have the first 5 batches: the high watermark is at the end of the 5th.
    log.setHighWatermark(15);
    const meta = log.highWatermarkMetadata;
    expect(meta.offset).toBe(15);
    const seg = log.local.allSegments.find((s) => s.baseOffset === meta.segmentBaseOffset)!;
    expect(seg).toBeDefined();
    let pos = 0;
    for (let i = 0; i < 5; i++) if (i * 3 >= seg.baseOffset) pos += sizes[i]!;
    expect(meta.position).toBe(pos);
    let got: string[] = [];
    for (let next = 0; next < 15;) {
      const r = await log.read(next, 1 << 20, log.highWatermark, true);
      expect(r.records.length).toBeGreaterThan(0);
      got = got.concat(values(r.records));
      next = decodeRecordBatches(r.records).at(-1)!.lastOffset + 1;
    }
    expect(got.length).toBe(15);
    expect((await log.read(15, 1 << 20, log.highWatermark, true)).records.length).toBe(0);
    // A follower reads on to the log end.
    expect(values((await log.read(15, 1 << 20, log.logEndOffset, true)).records)[0]).toBe('v5-0');
    // The local log itself stops at the byte position even when the offset bound would allow more.
    const bounded = await log.local.read(meta.segmentBaseOffset, 1 << 20, Number.MAX_SAFE_INTEGER, meta, true);
    expect(bounded!.length).toBe(meta.position);
    // Equal to the log end: the end of the active segment.
    log.setHighWatermark(24);
    const active = log.local.allSegments.at(-1)!;
    expect(log.highWatermarkMetadata).toEqual({ offset: 24, segmentBaseOffset: active.baseOffset, position: active.size });
  });

  it('a high watermark with no known position (after a restart) still bounds reads by offset', async () => {
    const { logDir } = freshLogDir(kind);
    let log = openLog(logDir);
    for (let i = 0; i < 4; i++) log.appendAsLeader(batch(2, { prefix: `v${i}` }), 0, Date.now());
    log.close();
    log = openLog(logDir, {}, { highWatermark: 4 });
    expect(log.highWatermarkMetadata.position).toBe(-1);
    expect(values((await log.read(0, 1 << 20, log.highWatermark, true)).records)).toEqual(['v0-0', 'v0-1', 'v1-0', 'v1-1']);
  });
});
