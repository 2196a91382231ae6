import { beforeEach, describe, it, expect } from 'vitest';
import { LogError, shouldRoll, type PartitionLog, type PartitionLogOptions } from '../../../../broker/log/partition-log.js';
import type { LogDirStore } from '../../../../broker/log/partition-store.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import {
  isBatchCrcValid,
  batchBaseOffset,
  batchPartitionLeaderEpoch,
  timestampTypeOf,
  batchAttributes,
  batchMaxTimestamp,
} from '../../../../protocol/record-batch.js';
import { ENGINES, batch, freshLogDir, openLog } from './helpers.js';
import type { LogConfig } from '../../../../broker/log/log-config.js';

/** A log t-0 in a fresh log dir of the engine under test. */
let fresh: (over?: Partial<LogConfig>, extra?: Partial<PartitionLogOptions>) => PartitionLog;
/** A fresh log dir of the engine under test (to reopen a log in). */
let freshDir: () => LogDirStore;

function values(buf: Buffer): string[] {
  return decodeRecordBatches(buf).flatMap((b) => b.records.map((r) => r.value!.toString()));
}
function offsets(buf: Buffer): number[] {
  return decodeRecordBatches(buf).flatMap((b) => b.records.map((r) => r.offset));
}

describe.each(ENGINES)('PartitionLog over the %s engine', (kind) => {
  beforeEach(() => {
    freshDir = () => freshLogDir(kind).logDir;
    fresh = (over = {}, extra = {}) => openLog(freshDir(), over, extra);
  });

  describe('append and read', () => {
    it('starts empty at offset 0', async () => {
      const log = fresh();
      expect(log.logEndOffset).toBe(0);
      expect(log.logStartOffset).toBe(0);
      expect(log.highWatermark).toBe(0);
      expect(log.store.exists('00000000000000000000.log')).toBe(true);
      const r = await log.read(0, 1000, 10, true);
      expect(r.errorCode).toBe(ErrorCode.NONE);
      expect(r.records.length).toBe(0);
    });

    it('assigns offsets and leader epoch in place and reads ranges back', async () => {
      const log = fresh({ indexIntervalBytes: 100 });
      for (let i = 0; i < 100; i++) {
        const b = batch(3, { prefix: `b${i}` });
        const r = log.appendAsLeader(b, 5, Date.now());
        expect(r.errorCode).toBe(ErrorCode.NONE);
        expect(r.baseOffset).toBe(i * 3);
        expect(r.lastOffset).toBe(i * 3 + 2);
        expect(r.recordCount).toBe(3);
        expect(r.logAppendTime).toBe(-1);
        expect(batchBaseOffset(b, 0)).toBe(i * 3);
        expect(batchPartitionLeaderEpoch(b, 0)).toBe(5);
        expect(isBatchCrcValid(b, 0)).toBe(true);
        log.setHighWatermark(log.logEndOffset);
      }
      expect(log.logEndOffset).toBe(300);
      const all = await log.read(0, 10_000_000, log.highWatermark, true);
      expect(offsets(all.records)).toEqual(Array.from({ length: 300 }, (_, i) => i));
      // from the middle of a batch: the whole batch comes back
      const mid = await log.read(151, 10_000_000, 300, true);
      expect(offsets(mid.records)[0]).toBe(150);
      expect(values(mid.records)[0]).toBe('b50-0');
      // every offset reads its own batch first
      for (let o = 0; o < 300; o += 7) expect(offsets((await log.read(o, 1, 300, true)).records)[0]).toBe(o - (o % 3));
      expect(log.size).toBeGreaterThan(0);
      expect(log.latestEpoch()).toBe(5);
    });

    it('several batches in one append', async () => {
      const log = fresh();
      const r = log.appendAsLeader(Buffer.concat([batch(2), batch(3), batch(1)]), 0, Date.now());
      expect(r).toMatchObject({ errorCode: 0, baseOffset: 0, lastOffset: 5, recordCount: 6 });
      log.setHighWatermark(6);
      expect(offsets((await log.read(0, 1 << 20, 6, false)).records)).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('honours maxBytes with whole batches and the minOneBatch rule', async () => {
      const log = fresh();
      const size = batch(10).length;
      for (let i = 0; i < 5; i++) log.appendAsLeader(batch(10), 0, Date.now());
      log.setHighWatermark(log.logEndOffset);
      expect((await log.read(0, size * 2 + 5, 50, false)).records.length).toBe(size * 2);
      expect((await log.read(0, size - 1, 50, false)).records.length).toBe(0);
      const one = await log.read(0, 10, 50, true);
      expect(one.records.length).toBe(size);
      expect(offsets(one.records)[0]).toBe(0);
      expect((await log.read(10, 0, 50, true)).records.length).toBe(size);
    });

    it('never returns records at or beyond maxOffsetExclusive (high watermark)', async () => {
      const log = fresh();
      for (let i = 0; i < 4; i++) log.appendAsLeader(batch(5), 0, Date.now());
      log.setHighWatermark(10);
      const r = await log.read(0, 1 << 20, log.highWatermark, true);
      expect(offsets(r.records)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(r.highWatermark).toBe(10);
      expect(r.logEndOffset).toBe(20);
      // a batch straddling the bound is excluded
      expect(offsets((await log.read(0, 1 << 20, 12, true)).records)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect((await log.read(10, 1 << 20, 10, true)).records.length).toBe(0);
    });

    it('OFFSET_OUT_OF_RANGE below the start and beyond the end; empty at the end', async () => {
      const log = fresh();
      log.appendAsLeader(batch(5), 0, Date.now());
      log.setHighWatermark(5);
      expect((await log.read(6, 100, 5, true)).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
      expect((await log.read(-1, 100, 5, true)).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
      const atEnd = await log.read(5, 100, 5, true);
      expect(atEnd.errorCode).toBe(ErrorCode.NONE);
      expect(atEnd.records.length).toBe(0);
    });

    it('rejects corrupt CRC, old magic, oversized and truncated batches without appending', async () => {
      const log = fresh({ maxMessageBytes: 2000 });
      const bad = batch(3);
      bad[bad.length - 1]! ^= 0x55;
      expect(log.appendAsLeader(bad, 0, Date.now()).errorCode).toBe(ErrorCode.CORRUPT_MESSAGE);
      for (const magic of [0, 1]) {
        const old = batch(3);
        old[16] = magic;
        expect(log.appendAsLeader(old, 0, Date.now()).errorCode).toBe(ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT);
      }
      const big = batch(200);
      expect(big.length).toBeGreaterThan(2000);
      expect(log.appendAsLeader(big, 0, Date.now()).errorCode).toBe(ErrorCode.MESSAGE_TOO_LARGE);
      const good = batch(2);
      expect(log.appendAsLeader(Buffer.concat([good, good.subarray(0, 30)]), 0, Date.now()).errorCode).toBe(ErrorCode.CORRUPT_MESSAGE);
      expect(log.logEndOffset).toBe(0);
      expect(log.size).toBe(0);
    });

    it('LogAppendTime rewrites maxTimestamp and keeps a valid CRC', async () => {
      const log = fresh({ messageTimestampType: 'LogAppendTime' });
      const b = batch(3, { ts: 1000 });
      const r = log.appendAsLeader(b, 0, 5_000_000);
      expect(r.logAppendTime).toBe(5_000_000);
      log.setHighWatermark(3);
      const read = (await log.read(0, 1 << 20, 3, true)).records;
      expect(isBatchCrcValid(read, 0)).toBe(true);
      expect(timestampTypeOf(batchAttributes(read, 0))).toBe(1);
      expect(batchMaxTimestamp(read, 0)).toBe(5_000_000);
      expect(decodeRecordBatches(read)[0]!.records.map((x) => x.timestamp)).toEqual([5_000_000, 5_000_000, 5_000_000]);
    });

    it('recompresses to the topic compression.type when it is not producer', async () => {
      const log = fresh({ compressionType: 'gzip' });
      const r = log.appendAsLeader(batch(20, { producerId: 9, producerEpoch: 0, baseSequence: 0 }), 2, Date.now());
      expect(r).toMatchObject({ errorCode: 0, baseOffset: 0, lastOffset: 19, recordCount: 20 });
      log.setHighWatermark(20);
      const [b] = decodeRecordBatches((await log.read(0, 1 << 20, 20, true)).records);
      expect(b!.compression).toBe(1);
      expect(b!.crcValid).toBe(true);
      expect(b!.producerId).toBe(9);
      expect(b!.partitionLeaderEpoch).toBe(2);
      expect(b!.records.map((x) => x.value!.toString())).toEqual(Array.from({ length: 20 }, (_, i) => `v-${i}`));
      expect(log.appendAsLeader(batch(20, { producerId: 9, producerEpoch: 0, baseSequence: 0 }), 2, Date.now()).baseOffset).toBe(0);
    });

    it('rolls segments by segment.bytes and reads across them', async () => {
      const log = fresh({ segmentBytes: 1000 });
      const size = batch(5).length;
      for (let i = 0; i < 30; i++) log.appendAsLeader(batch(5, { prefix: `s${i}` }), 0, Date.now());
      log.setHighWatermark(log.logEndOffset);
      expect(log.segmentCount).toBeGreaterThan(3);
      for (const base of log.local.segmentBaseOffsets()) expect(log.store.exists(`${String(base).padStart(20, '0')}.log`)).toBe(true);
      for (const f of log.store.list().filter((x) => x.endsWith('.log'))) expect(log.store.readFile(f)!.length).toBeLessThanOrEqual(1000);
      const got: number[] = [];
      let next = 0;
      while (next < log.logEndOffset) {
        const r = await log.read(next, 10 * size, log.highWatermark, true);
        const o = offsets(r.records);
        expect(o[0]).toBe(next);
        got.push(...o);
        next = o[o.length - 1]! + 1;
      }
      expect(got.length).toBe(150);
    });

    it('rolls by segment.ms using batch timestamps', async () => {
      const log = fresh({ segmentMs: 1000 });
      log.appendAsLeader(batch(1, { ts: 10_000 }), 0, 10_000);
      log.appendAsLeader(batch(1, { ts: 10_500 }), 0, 10_500);
      expect(log.segmentCount).toBe(1);
      log.appendAsLeader(batch(1, { ts: 11_500 }), 0, 11_500);
      expect(log.segmentCount).toBe(2);
      expect(log.local.segmentBaseOffsets()).toEqual([0, 2]);
    });

    it('shouldRoll never rolls an empty segment', async () => {
      const log = fresh({ segmentBytes: 14 });
      const seg = log.local.allSegments[0]!;
      expect(shouldRoll(seg, log.config, 0, 1_000_000, 0, 0, Date.now())).toBe(false);
    });
  });

  describe('idempotent producers', () => {
    const idem = (seq: number, n: number, epoch = 0, pid = 42): Buffer =>
      batch(n, { producerId: pid, producerEpoch: epoch, baseSequence: seq });

    it('returns the original offsets for a duplicate and does not append it', async () => {
      const log = fresh();
      log.appendAsLeader(batch(2), 0, Date.now());
      const first = log.appendAsLeader(idem(0, 3), 0, Date.now());
      expect(first.baseOffset).toBe(2);
      log.appendAsLeader(idem(3, 2), 0, Date.now());
      const leo = log.logEndOffset;
      const dup = log.appendAsLeader(idem(0, 3), 0, Date.now());
      expect(dup.errorCode).toBe(ErrorCode.NONE);
      expect(dup.baseOffset).toBe(2);
      expect(dup.lastOffset).toBe(4);
      expect(log.logEndOffset).toBe(leo);
    });

    it('rejects gaps, old epochs, and a new epoch not starting at 0', async () => {
      const log = fresh();
      expect(log.appendAsLeader(idem(0, 2, 3), 0, Date.now()).errorCode).toBe(0);
      expect(log.appendAsLeader(idem(5, 1, 3), 0, Date.now()).errorCode).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
      expect(log.appendAsLeader(idem(2, 1, 2), 0, Date.now()).errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
      expect(log.appendAsLeader(idem(1, 1, 4), 0, Date.now()).errorCode).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
      expect(log.appendAsLeader(idem(0, 1, 4), 0, Date.now()).errorCode).toBe(0);
      expect(log.appendAsLeader(idem(1, 1, 4), 0, Date.now()).errorCode).toBe(0);
      // another producer is independent and unknown producers may start anywhere
      expect(log.appendAsLeader(idem(77, 1, 0, 99), 0, Date.now()).errorCode).toBe(0);
      expect(log.logEndOffset).toBe(5);
    });

    it('wraps sequences at int32 max', async () => {
      const log = fresh();
      expect(log.appendAsLeader(idem(2147483646, 2), 0, Date.now()).errorCode).toBe(0);
      expect(log.appendAsLeader(idem(0, 1), 0, Date.now()).errorCode).toBe(0);
    });

    it('producer state survives reopen, clean or not', async () => {
      const dir = freshDir();
      let log = openLog(dir);
      log.appendAsLeader(idem(0, 3), 0, Date.now());
      log.appendAsLeader(idem(3, 3), 0, Date.now());
      log.close();
      expect(log.store.exists('00000000000000000006.snapshot')).toBe(true);
      for (const needsRecovery of [false, true]) {
        log = openLog(dir, {}, { needsRecovery });
        const dup = log.appendAsLeader(idem(3, 3), 0, Date.now());
        expect(dup.baseOffset).toBe(3);
        expect(log.logEndOffset).toBe(6);
        expect(log.appendAsLeader(idem(7, 1), 0, Date.now()).errorCode).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
        log.close();
      }
      log = openLog(dir);
      expect(log.appendAsLeader(idem(6, 1), 0, Date.now()).baseOffset).toBe(6);
    });
  });

  describe('retention and deletion', () => {
    function filled(over: Partial<LogConfig>, n: number, ts = (i: number) => 1000 + i): PartitionLog {
      const log = fresh({ segmentBytes: 600, ...over });
      for (let i = 0; i < n; i++) log.appendAsLeader(batch(4, { ts: ts(i) }), 0, ts(i));
      log.setHighWatermark(log.logEndOffset);
      return log;
    }

    it('retention.ms deletes whole old segments only', async () => {
      const log = filled({ retentionMs: 100_000 }, 20, (i) => (i < 10 ? 1000 : 500_000 + i));
      const before = log.segmentCount;
      const deleted = log.applyRetention(550_000);
      expect(deleted).toBeGreaterThan(0);
      expect(log.segmentCount).toBe(before - deleted);
      const first = log.local.segmentBaseOffsets()[0]!;
      expect(log.logStartOffset).toBe(first);
      expect(first % 4).toBe(0);
      expect(first).toBeLessThanOrEqual(40);
      // what's left is readable from the new start, and old offsets are out of range
      expect(offsets((await log.read(log.logStartOffset, 1 << 20, log.highWatermark, true)).records)[0]).toBe(first);
      expect((await log.read(0, 100, log.highWatermark, true)).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
      expect(log.applyRetention(550_000)).toBe(0);
    });

    it('retention.ms of everything rolls a fresh empty active segment', async () => {
      const log = filled({ retentionMs: 10 }, 10);
      const leo = log.logEndOffset;
      log.applyRetention(1_000_000);
      expect(log.segmentCount).toBe(1);
      expect(log.local.segmentBaseOffsets()).toEqual([leo]);
      expect(log.logStartOffset).toBe(leo);
      expect(log.logEndOffset).toBe(leo);
      expect(log.appendAsLeader(batch(1), 0, Date.now()).baseOffset).toBe(leo);
    });

    it('retention.bytes deletes oldest segments while the rest stays above the limit', async () => {
      const log = filled({ retentionMs: -1, retentionBytes: 1500 }, 30);
      log.applyRetention(Date.now());
      expect(log.size).toBeGreaterThanOrEqual(1500);
      expect(log.size).toBeLessThan(1500 + 600);
    });

    it('never deletes above the high watermark', async () => {
      const log = filled({ retentionMs: 10 }, 10);
      log.setHighWatermark(0);
      expect(log.applyRetention(1_000_000)).toBe(0);
    });

    it('deleteRecordsBefore moves the start offset and drops whole segments below it', async () => {
      const log = filled({ retentionMs: -1 }, 20);
      const segs = log.local.segmentBaseOffsets();
      expect(log.deleteRecordsBefore(segs[2]! + 1)).toBe(segs[2]! + 1);
      expect(log.logStartOffset).toBe(segs[2]! + 1);
      expect(log.local.segmentBaseOffsets()[0]).toBe(segs[2]);
      expect((await log.read(segs[2]!, 100, log.highWatermark, true)).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
      expect((await log.read(segs[2]! + 1, 1 << 20, log.highWatermark, true)).errorCode).toBe(0);
      expect(() => log.deleteRecordsBefore(log.highWatermark + 1)).toThrow(LogError);
      try {
        log.deleteRecordsBefore(log.highWatermark + 1);
      } catch (e) {
        expect((e as LogError).errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
      }
      expect(log.deleteRecordsBefore(-1)).toBe(log.highWatermark);
    });
  });

  describe('timestamps and epochs', () => {
    it('offsetForTimestamp finds the first record at or after a timestamp', async () => {
      const log = fresh({ indexIntervalBytes: 1, segmentBytes: 2000 });
      for (let i = 0; i < 50; i++) log.appendAsLeader(batch(2, { ts: 10_000 + i * 100 }), 0, Date.now());
      // batch i has records at 10000+100i and 10000+100i+1, offsets 2i and 2i+1
      expect(log.offsetForTimestamp(0)).toEqual({ offset: 0, timestamp: 10_000 });
      expect(log.offsetForTimestamp(10_000 + 2500)).toEqual({ offset: 50, timestamp: 12_500 });
      expect(log.offsetForTimestamp(10_000 + 2501)).toEqual({ offset: 51, timestamp: 12_501 });
      expect(log.offsetForTimestamp(10_000 + 2502)).toEqual({ offset: 52, timestamp: 12_600 });
      expect(log.offsetForTimestamp(10_000 + 4901)).toEqual({ offset: 99, timestamp: 14_901 });
      expect(log.offsetForTimestamp(20_000)).toBeNull();
      expect(log.maxTimestampAndOffset()).toEqual({ offset: 99, timestamp: 14_901 });
    });

    it('tracks leader epochs and answers OffsetForLeaderEpoch', async () => {
      const dir = freshDir();
      let log = openLog(dir);
      log.appendAsLeader(batch(5), 1, Date.now());
      log.appendAsLeader(batch(5), 1, Date.now());
      log.appendAsLeader(batch(5), 3, Date.now());
      expect(log.latestEpoch()).toBe(3);
      expect(log.endOffsetForLeaderEpoch(3)).toEqual({ leaderEpoch: 3, endOffset: 15 });
      expect(log.endOffsetForLeaderEpoch(1)).toEqual({ leaderEpoch: 1, endOffset: 10 });
      expect(log.endOffsetForLeaderEpoch(2)).toEqual({ leaderEpoch: 1, endOffset: 10 });
      expect(log.endOffsetForLeaderEpoch(0)).toEqual({ leaderEpoch: 0, endOffset: 0 });
      expect(log.endOffsetForLeaderEpoch(4)).toEqual({ leaderEpoch: -1, endOffset: -1 });
      expect(log.store.readFile('leader-epoch-checkpoint')!.toString()).toBe('0\n2\n1 0\n3 10\n');
      log.close();
      log.store.remove('leader-epoch-checkpoint');
      log = openLog(dir);
      expect(log.endOffsetForLeaderEpoch(1)).toEqual({ leaderEpoch: 1, endOffset: 10 });
    });
  });

  describe('replication primitives', () => {
    it('appendAsFollower keeps leader offsets; truncateTo cuts whole batches', async () => {
      const leader = fresh({ segmentBytes: 500 });
      for (let i = 0; i < 20; i++) leader.appendAsLeader(batch(3), i < 10 ? 1 : 2, Date.now());
      leader.setHighWatermark(leader.logEndOffset);
      const follower = fresh({ segmentBytes: 500 });
      let next = 0;
      while (next < leader.logEndOffset) {
        const r = await leader.read(next, 700, leader.logEndOffset, true);
        expect(follower.appendAsFollower(r.records).errorCode).toBe(0);
        next = follower.logEndOffset;
      }
      expect(follower.logEndOffset).toBe(60);
      expect(follower.latestEpoch()).toBe(2);
      expect(follower.endOffsetForLeaderEpoch(1)).toEqual({ leaderEpoch: 1, endOffset: 30 });
      follower.truncateTo(31);
      expect(follower.logEndOffset).toBe(30);
      expect(follower.latestEpoch()).toBe(1);
      follower.setHighWatermark(30);
      expect(offsets((await follower.read(27, 1 << 20, 30, true)).records)).toEqual([27, 28, 29]);
      follower.truncateTo(12);
      expect(follower.logEndOffset).toBe(12);
      expect(follower.appendAsFollower((await leader.read(12, 100, 60, true)).records).errorCode).toBe(0);
      expect(follower.logEndOffset).toBe(15);
      expect(follower.appendAsFollower((await leader.read(3, 100, 60, true)).records).errorCode).toBe(ErrorCode.INVALID_RECORD);
      follower.truncateFullyAndStartAt(100);
      expect([follower.logStartOffset, follower.logEndOffset, follower.highWatermark]).toEqual([100, 100, 100]);
      expect(follower.local.segmentBaseOffsets()).toEqual([100]);
    });
  });
});
