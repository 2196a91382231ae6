/**
 * Fetch handler over real services (no sockets): whole batches from the fetch
 * offset at every version (v13+ addressing topics by id), per-partition
 * errors next to good partitions (unknown partition, offset out of range,
 * unknown topic id), fetch sessions refused, and a long poll answered when
 * data arrives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fetch from '../../../../broker/apis/fetch.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches, encodeRecordBatch } from '../../../../protocol/record-codec.js';
import { readMessageSet } from '../../../../protocol/message-set.js';
import { startServices, type TestServices } from './services.js';

const values = (records: Buffer | null, v = 4): string[] =>
  v < 4
    ? readMessageSet(records ?? Buffer.alloc(0), false).map((m) => m.value!.toString())
    : decodeRecordBatches(records ?? Buffer.alloc(0)).flatMap((b) => b.records.map((r) => r.value!.toString()));

describe('Fetch handler', () => {
  let t: TestServices;
  let topicId: string;

  beforeAll(async () => {
    t = await startServices();
    await t.createTopic('events', 2);
    topicId = t.svc.metadata.topic('events')!.topicId;
    const r = t.svc.replicas.appendRecords('events', 0, encodeRecordBatch({ records: [{ value: 'a' }, { value: 'b' }] }), 1, Date.now());
    expect(r.errorCode).toBe(ErrorCode.NONE);
  });

  afterAll(async () => {
    await t?.close();
  });

  function request(v: number, partitions: { partition: number; fetchOffset: number }[], extra: object = {}): object {
    return {
      replicaId: v < 15 ? -1 : undefined,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1 << 20,
      sessionEpoch: v >= 7 ? -1 : undefined,
      topics: [
        {
          topic: v < 13 ? 'events' : undefined,
          topicId: v >= 13 ? topicId : undefined,
          partitions: partitions.map((p) => ({ ...p, partitionMaxBytes: 1 << 20 })),
        },
      ],
      ...extra,
    };
  }

  it('returns the stored batches from the fetch offset at every version', async () => {
    for (let v = fetch.minVersion; v <= fetch.maxVersion; v++) {
      const r = await t.call(fetch, v, request(v, [{ partition: 0, fetchOffset: 0 }]));
      const p = r!.responses[0].partitions[0];
      expect([p.errorCode, p.highWatermark, values(p.records, v)], `v${v}`).toEqual([ErrorCode.NONE, 2, ['a', 'b']]);
      // v0-v1 answer message format v0, v2-v3 v1 (down-converted), v4+ the stored v2 batches.
      expect(p.records![16], `v${v} magic`).toBe(v < 2 ? 0 : v < 4 ? 1 : 2);
      if (v >= 13) expect(r!.responses[0].topicId).toBe(topicId);
      else expect(r!.responses[0].topic).toBe('events');
    }
  });

  it('down-converts from the fetch offset for v0-v3, and answers UNSUPPORTED_VERSION where message.downconversion.enable=false', async () => {
    const r = await t.call(fetch, 2, request(2, [{ partition: 0, fetchOffset: 1 }]));
    const m = readMessageSet(r!.responses[0].partitions[0].records!, true);
    expect(m.map((x) => [x.offset, x.magic, x.value!.toString()])).toEqual([[1, 1, 'b']]);
    await t.createTopic('no-down', 1, { 'message.downconversion.enable': 'false' });
    t.svc.replicas.appendRecords('no-down', 0, encodeRecordBatch({ records: [{ value: 'n' }] }), 1, Date.now());
    const old = await t.call(fetch, 3, {
      ...request(3, [{ partition: 0, fetchOffset: 0 }]),
      topics: [{ topic: 'no-down', partitions: [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20 }] }],
    });
    expect(old!.responses[0].partitions[0].errorCode).toBe(ErrorCode.UNSUPPORTED_VERSION);
    const current = await t.call(fetch, 4, {
      ...request(4, [{ partition: 0, fetchOffset: 0 }]),
      topics: [{ topic: 'no-down', partitions: [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20 }] }],
    });
    expect(values(current!.responses[0].partitions[0].records)).toEqual(['n']);
  });

  it('answers errors per partition next to a good one', async () => {
    const r = await t.call(
      fetch,
      12,
      request(12, [
        { partition: 0, fetchOffset: 1 },
        { partition: 1, fetchOffset: 5 },
        { partition: 9, fetchOffset: 0 },
      ]),
    );
    const [ok, beyond, missing] = r!.responses[0].partitions;
    expect([ok.errorCode, values(ok.records)]).toEqual([ErrorCode.NONE, ['a', 'b']]); // whole batches, as stored
    expect(beyond.errorCode).toBe(ErrorCode.OFFSET_OUT_OF_RANGE);
    expect(missing.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  it('answers UNKNOWN_TOPIC_ID for an unknown topic id (v13+)', async () => {
    const r = await t.call(fetch, 13, {
      ...request(13, []),
      topics: [
        { topicId: '01234567-89ab-cdef-0123-456789abcdef', partitions: [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 1024 }] },
      ],
    });
    expect(r!.responses[0].partitions[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_ID);
  });

  it('refuses incremental fetch sessions with FETCH_SESSION_ID_NOT_FOUND (v7+)', async () => {
    const r = await t.call(fetch, 12, request(12, [{ partition: 0, fetchOffset: 0 }], { sessionId: 5, sessionEpoch: 1 }));
    expect([r!.errorCode, r!.sessionId, r!.responses]).toEqual([ErrorCode.FETCH_SESSION_ID_NOT_FOUND, 0, []]);
  });

  it('holds a long poll until data arrives', async () => {
    const pending = t.call(fetch, 12, request(12, [{ partition: 1, fetchOffset: 0 }], { maxWaitMs: 30_000, minBytes: 1 }));
    await new Promise((r) => setImmediate(r));
    t.svc.replicas.appendRecords('events', 1, encodeRecordBatch({ records: [{ value: 'late' }] }), 1, Date.now());
    const r = await pending;
    expect(values(r!.responses[0].partitions[0].records)).toEqual(['late']);
  });
});
