/**
 * Produce handler over real services (no sockets): appends get offsets, one
 * bad partition gets its own error without failing the others, v0-v2 (old
 * message formats) are up-converted to v2 batches (a damaged message set is
 * refused with CORRUPT_MESSAGE), bad acks are refused per partition, acks=0 answers
 * nothing (and closes the connection on an error), and a missing topic or
 * partition answers UNKNOWN_TOPIC_OR_PARTITION with an error_message (v8+)
 * that says what is missing and how to create it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import produce from '../../../../broker/apis/produce.js';
import { CloseConnection } from '../../../../broker/apis/types.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches, encodeRecordBatch } from '../../../../protocol/record-codec.js';
import { messageEntrySize, writeMessageEntry } from '../../../../protocol/message-set.js';
import { ADVERTISED, startServices, type TestServices } from './services.js';

const batch = (...values: string[]): Buffer => encodeRecordBatch({ records: values.map((value) => ({ value })) });

/** One message of format v0/v1 (a message set entry). */
function message(magic: number, key: string | null, value: string, timestamp: number): Buffer {
  const k = key === null ? null : Buffer.from(key);
  const out = Buffer.alloc(messageEntrySize(magic, k, Buffer.from(value)));
  writeMessageEntry(out, 0, 0, magic, 0, timestamp, k, Buffer.from(value));
  return out;
}

function request(topic: string, partitions: [number, Buffer | null][], acks = -1): object {
  return { acks, timeoutMs: 1000, topicData: [{ name: topic, partitionData: partitions.map(([index, records]) => ({ index, records })) }] };
}

describe('Produce handler', () => {
  let t: TestServices;
  let strict: TestServices;

  beforeAll(async () => {
    t = await startServices();
    strict = await startServices({ 'auto.create.topics.enable': 'false' });
    await t.createTopic('orders', 2);
    await strict.createTopic('three', 3);
  });

  afterAll(async () => {
    await t?.close();
    await strict?.close();
  });

  it('appends at every version from 3 and answers the base offset', async () => {
    let next = 0;
    for (let v = 3; v <= produce.maxVersion; v++) {
      const r = await t.call(produce, v, request('orders', [[0, batch('a', 'b')]]));
      const p = r!.responses[0].partitionResponses[0];
      expect([p.index, p.errorCode, p.baseOffset], `v${v}`).toEqual([0, ErrorCode.NONE, next]);
      if (v >= 5) expect(p.logStartOffset).toBe(0);
      next += 2;
    }
    const log = t.svc.replicas.get('orders', 0)!.log;
    expect(log.logEndOffset).toBe(next);
  });

  it('answers per partition: a missing partition fails alone, the others are appended', async () => {
    const r = await t.call(
      produce,
      9,
      request('orders', [
        [1, batch('x')],
        [7, batch('y')],
      ]),
    );
    const [ok, bad] = r!.responses[0].partitionResponses;
    expect([ok.index, ok.errorCode, ok.baseOffset]).toEqual([1, ErrorCode.NONE, 0]);
    expect([bad.index, bad.errorCode, bad.baseOffset]).toEqual([7, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, -1]);
    expect(bad.errorMessage).toBe("Topic 'orders' has 2 partitions (0 to 1, inclusive); partition 7 does not exist");
  });

  it('says that a missing topic does not exist and how to create it when auto-create is off (v8+)', async () => {
    const create = `kafka-topics --create --topic nope --bootstrap-server ${ADVERTISED.host}:${ADVERTISED.port}`;
    for (let v = 8; v <= produce.maxVersion; v++) {
      const r = await strict.call(produce, v, request('nope', [[0, batch('a')]]));
      const p = r!.responses[0].partitionResponses[0];
      expect(p.errorCode, `v${v}`).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
      expect(p.errorMessage, `v${v}`).toBe(`Topic 'nope' does not exist and auto.create.topics.enable is false; create it with ${create}`);
    }
    // v3-v7 have no error_message: the code alone goes out (the message is dropped, not an encoding error).
    const old = await strict.call(produce, 7, request('nope', [[0, batch('a')]]));
    expect(old!.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    // With auto-create on, the message points at the Metadata request that creates it.
    const auto = await t.call(produce, 11, request('later', [[0, batch('a')]]));
    expect(auto!.responses[0].partitionResponses[0].errorMessage).toMatch(
      /^Topic 'later' does not exist; a Metadata request for it creates it \(auto.create.topics.enable is true\)/,
    );
    expect(t.svc.metadata.topic('later')).toBeUndefined(); // Produce itself creates nothing, as in Kafka
  });

  it('up-converts v0-v2 message sets (format 0/1) to v2 batches, refuses damaged ones, and refuses bad acks per partition', async () => {
    const log = t.svc.replicas.get('orders', 0)!.log;
    for (let v = 0; v <= 2; v++) {
      const magic = v < 2 ? 0 : 1;
      const start = log.logEndOffset;
      const set = Buffer.concat([message(magic, 'k', `old-${v}-a`, 1_000 + v), message(magic, null, `old-${v}-b`, 1_000 + v)]);
      const r = await t.call(produce, v, request('orders', [[0, set]], 1));
      const p = r!.responses[0].partitionResponses[0];
      expect([p.errorCode, p.baseOffset], `v${v}`).toEqual([ErrorCode.NONE, start]);
      const [b] = decodeRecordBatches((await log.read(start, 1 << 20, log.logEndOffset, true)).records);
      expect([b.magic, b.baseOffset, b.recordsCount], `v${v}`).toEqual([2, start, 2]);
      expect(b.records.map((x) => [x.key?.toString() ?? null, x.value!.toString(), x.timestamp])).toEqual([
        ['k', `old-${v}-a`, magic === 0 ? -1 : 1_000 + v],
        [null, `old-${v}-b`, magic === 0 ? -1 : 1_000 + v],
      ]);
    }
    const bad = message(1, 'k', 'v', 5);
    bad[bad.length - 1] ^= 1;
    const damaged = await t.call(produce, 2, request('orders', [[0, bad]], 1));
    expect(damaged!.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.CORRUPT_MESSAGE);
    const v2InOld = await t.call(produce, 2, request('orders', [[0, batch('new')]], 1));
    expect(v2InOld!.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.INVALID_RECORD);
    const r = await t.call(produce, 9, request('orders', [[0, batch('z')]], 2));
    const p = r!.responses[0].partitionResponses[0];
    expect([p.errorCode, p.errorMessage]).toEqual([ErrorCode.INVALID_REQUIRED_ACKS, 'acks must be -1, 0 or 1, not 2']);
  });

  it('refuses a batch for its records (KIP-467): record_errors and error_message from v8, the error code at every version', async () => {
    await t.createTopic('compacted', 1, { 'cleanup.policy': 'compact' });
    await t.createTopic('recent', 1, { 'message.timestamp.difference.max.ms': '60000' });
    const log = t.svc.replicas.get('compacted', 0)!.log;
    const keyless = encodeRecordBatch({
      records: [
        { key: 'a', value: '1' },
        { key: null, value: '2' },
        { key: 'c', value: '3' },
      ],
    });
    for (const v of [3, 7, 8, produce.maxVersion]) {
      const r = await t.call(produce, v, request('compacted', [[0, Buffer.from(keyless)]], 1));
      const p = r!.responses[0].partitionResponses[0];
      expect([p.errorCode, p.baseOffset], `v${v}`).toEqual([ErrorCode.INVALID_RECORD, -1]);
      if (v >= 8) {
        expect(p.recordErrors.map((e) => e.batchIndex)).toEqual([1]);
        expect(p.recordErrors[0].batchIndexErrorMessage).toContain('no key');
        expect(p.errorMessage).toMatch(/^1 record rejected, the batch is not appended: record 1 has no key/);
      } else expect(p.recordErrors).toEqual([]);
    }
    expect(log.logEndOffset).toBe(0);
    const keyed = await t.call(produce, 9, request('compacted', [[0, encodeRecordBatch({ records: [{ key: 'k', value: 'v' }] })]], 1));
    expect(keyed!.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.NONE);

    // message.timestamp.difference.max.ms (Kafka 3.x, deprecated) bounds CreateTime both ways.
    const now = Date.now();
    const stale = encodeRecordBatch({
      records: [now, now - 3_600_000, now + 3_600_000].map((timestamp, i) => ({ key: `k${i}`, value: 'v', timestamp })),
    });
    const r = await t.call(produce, 9, request('recent', [[0, stale]], 1));
    const p = r!.responses[0].partitionResponses[0];
    expect(p.errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
    expect(p.recordErrors.map((e) => e.batchIndex)).toEqual([1, 2]);
    expect(p.errorMessage).toMatch(/^2 records rejected/);
    const fresh = encodeRecordBatch({ records: [{ value: 'v', timestamp: now }] });
    expect((await t.call(produce, 9, request('recent', [[0, fresh]], 1)))!.responses[0].partitionResponses[0].errorCode).toBe(
      ErrorCode.NONE,
    );
    // Message format v0 carries no timestamp: never out of range.
    const untimed = await t.call(produce, 1, request('recent', [[0, message(0, 'k', 'old', -1)]], 1));
    expect(untimed!.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.NONE);
  });

  it('rejects a corrupt batch (CRC) with CORRUPT_MESSAGE and keeps the log unchanged', async () => {
    const log = t.svc.replicas.get('orders', 1)!.log;
    const end = log.logEndOffset;
    const bad = batch('damaged');
    bad[bad.length - 1] ^= 0xff;
    const r = await t.call(produce, 9, request('orders', [[1, bad]]));
    expect(r!.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(log.logEndOffset).toBe(end);
  });

  it('answers nothing for acks=0, and closes the connection instead of answering an error', async () => {
    const log = t.svc.replicas.get('orders', 1)!.log;
    const end = log.logEndOffset;
    expect(await t.call(produce, 9, request('orders', [[1, batch('fire', 'forget')]], 0))).toBeNull();
    expect(log.logEndOffset).toBe(end + 2);
    const stored = decodeRecordBatches((await log.read(end, 1 << 20, log.logEndOffset, true)).records);
    expect(stored.flatMap((b) => b.records.map((x) => x.value!.toString()))).toEqual(['fire', 'forget']);
    await expect(t.call(produce, 9, request('orders', [[9, batch('lost')]], 0))).rejects.toBeInstanceOf(CloseConnection);
  });
});
