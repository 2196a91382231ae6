/**
 * ListOffsets handler over real services (no sockets): latest (the high
 * watermark), earliest, by timestamp and the max timestamp, at every version
 * it serves; the leader epoch only from v4 (older versions cannot carry it);
 * unknown partitions and bad special timestamps as per-partition errors;
 * v0's list of segment offsets (max_num_offsets, newest first, capped at the
 * high watermark).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import listOffsets from '../../../../broker/apis/list-offsets.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { encodeRecordBatch } from '../../../../protocol/record-codec.js';
import { startServices, type TestServices } from './services.js';

const LATEST = -1;
const EARLIEST = -2;
const MAX_TIMESTAMP = -3;
const T0 = 1_700_000_000_000;

describe('ListOffsets handler', () => {
  let t: TestServices;

  beforeAll(async () => {
    t = await startServices();
    await t.createTopic('clock', 1);
    const records = [0, 10, 20].map((d) => ({ value: `at+${d}`, timestamp: T0 + d }));
    expect(t.svc.replicas.appendRecords('clock', 0, encodeRecordBatch({ records }), 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
  });

  afterAll(async () => {
    await t?.close();
  });

  const ask = (v: number, timestamps: [number, number][]): Promise<any> =>
    t.call(listOffsets, v, {
      replicaId: -1,
      topics: [{ name: 'clock', partitions: timestamps.map(([partitionIndex, timestamp]) => ({ partitionIndex, timestamp })) }],
    });

  it('answers latest, earliest and by timestamp at every version', async () => {
    for (let v = 1; v <= listOffsets.maxVersion; v++) {
      const r = await ask(v, [
        [0, LATEST],
        [0, EARLIEST],
        [0, T0 + 5],
      ]);
      const [latest, earliest, byTime] = r.topics[0].partitions;
      expect([latest.errorCode, latest.offset], `v${v} latest`).toEqual([ErrorCode.NONE, 3]);
      expect(earliest.offset, `v${v} earliest`).toBe(0);
      expect([byTime.offset, byTime.timestamp], `v${v} by time`).toEqual([1, T0 + 10]);
      // The leader epoch exists from v4; older versions answer without it.
      expect(latest.leaderEpoch, `v${v} epoch`).toBe(v >= 4 ? 0 : -1);
    }
  });

  it('answers v0 with segment offsets, newest first, at most max_num_offsets, never past the high watermark', async () => {
    await t.createTopic('rolled', 1, { 'segment.bytes': '100' });
    for (let i = 0; i < 3; i++) {
      const batch = encodeRecordBatch({ records: [{ value: 'x'.repeat(60), timestamp: T0 + i }] });
      expect(t.svc.replicas.appendRecords('rolled', 0, batch, 1, Date.now()).errorCode).toBe(ErrorCode.NONE);
    }
    expect(t.svc.replicas.get('rolled', 0)!.log.segmentCount).toBeGreaterThanOrEqual(3);
    const v0 = (timestamp: number, maxNumOffsets: number): Promise<any> =>
      t.call(listOffsets, 0, {
        replicaId: -1,
        topics: [{ name: 'rolled', partitions: [{ partitionIndex: 0, timestamp, maxNumOffsets }] }],
      });
    const latest = (await v0(LATEST, 1)).topics[0].partitions[0];
    expect([latest.errorCode, latest.oldStyleOffsets]).toEqual([ErrorCode.NONE, [3]]);
    expect((await v0(LATEST, 10)).topics[0].partitions[0].oldStyleOffsets).toEqual([3, 2, 1, 0]);
    expect((await v0(EARLIEST, 5)).topics[0].partitions[0].oldStyleOffsets).toEqual([0]);
    // By time: from the last segment whose time (largest timestamp) is at or before it.
    expect((await v0(T0 + 1, 10)).topics[0].partitions[0].oldStyleOffsets).toEqual([1, 0]);
    expect((await v0(T0 - 1, 10)).topics[0].partitions[0].oldStyleOffsets).toEqual([]);
    expect((await v0(MAX_TIMESTAMP, 1)).topics[0].partitions[0].errorCode).toBe(ErrorCode.INVALID_REQUEST);
  });

  it('answers the max timestamp (v7+) and nothing past the last one', async () => {
    const r = await ask(7, [
      [0, MAX_TIMESTAMP],
      [0, T0 + 999],
    ]);
    const [max, after] = r.topics[0].partitions;
    expect([max.offset, max.timestamp]).toEqual([2, T0 + 20]);
    expect([after.errorCode, after.offset]).toEqual([ErrorCode.NONE, -1]);
  });

  it('answers errors per partition', async () => {
    const r = await ask(9, [
      [0, LATEST],
      [4, LATEST],
      [0, -99],
    ]);
    expect(r.topics[0].partitions.map((p: any) => p.errorCode)).toEqual([
      ErrorCode.NONE,
      ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
      ErrorCode.INVALID_REQUEST,
    ]);
  });
});
