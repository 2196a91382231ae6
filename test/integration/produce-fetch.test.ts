/**
 * Produce and Fetch details over raw requests: several topics and partitions
 * in one request with per-partition errors, invalid acks, LogAppendTime,
 * timestamp bounds, control batches from clients, pipelined produces keeping
 * their order, fetch errors (unknown topic, leader epochs), a long poll on
 * several partitions woken by any of them, and Metadata across versions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { RawClient, batchOf, fetchPartition, produce, readAll } from './raw-client.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { decodeRecordBatches, encodeRecordBatch } from '../../protocol/record-codec.js';

describe('produce and fetch details', () => {
  let broker: BrokerProcess;
  let c: RawClient;

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
    c = await RawClient.connect(broker.port);
    const r = await c.send('CreateTopics', 7, {
      topics: [
        { name: 'multi-a', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] },
        { name: 'multi-b', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
        {
          name: 'append-time',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }],
        },
        {
          name: 'strict-time',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [
            { name: 'message.timestamp.before.max.ms', value: '60000' },
            { name: 'message.timestamp.after.max.ms', value: '60000' },
          ],
        },
        { name: 'pipelined', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
        { name: 'waiting', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] },
      ],
      timeoutMs: 10_000,
    });
    expect(r.topics.every((t: { errorCode: number }) => t.errorCode === 0)).toBe(true);
  });

  afterAll(async () => {
    c?.close();
    await broker?.destroy();
  });

  it('one request over several topics and partitions: each partition gets its own answer', async () => {
    const r = await c.send('Produce', 9, {
      acks: -1,
      timeoutMs: 5000,
      topicData: [
        {
          name: 'multi-a',
          partitionData: [
            { index: 0, records: batchOf(['a0']) },
            { index: 1, records: batchOf(['a1', 'a1b']) },
            { index: 9, records: batchOf(['x']) },
          ],
        },
        { name: 'multi-b', partitionData: [{ index: 0, records: batchOf(['b0']) }] },
        { name: 'no-such-topic', partitionData: [{ index: 0, records: batchOf(['y']) }] },
      ],
    });
    const answers = r.responses.flatMap((t: any) =>
      t.partitionResponses.map((p: any) => `${t.name}/${p.index}:${p.errorCode}@${p.baseOffset}`),
    );
    expect(answers).toEqual([
      'multi-a/0:0@0',
      'multi-a/1:0@0',
      `multi-a/9:${ErrorCode.UNKNOWN_TOPIC_OR_PARTITION}@-1`,
      'multi-b/0:0@0',
      `no-such-topic/0:${ErrorCode.UNKNOWN_TOPIC_OR_PARTITION}@-1`,
    ]);
    // A Produce never auto-creates topics.
    const meta = await c.send('Metadata', 12, { topics: null });
    expect(meta.topics.map((t: { name: string }) => t.name)).not.toContain('no-such-topic');
    const bad = await produce(c, 'multi-b', 0, batchOf(['z']), 2);
    expect(bad.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.INVALID_REQUIRED_ACKS);
  });

  it('LogAppendTime topics stamp the broker time on the batch and answer it', async () => {
    const before = Date.now();
    const r = await produce(
      c,
      'append-time',
      0,
      encodeRecordBatch({
        records: [
          { value: 'old', timestamp: 1000 },
          { value: 'older', timestamp: 2000 },
        ],
      }),
    );
    const p = r.responses[0].partitionResponses[0];
    expect(p.errorCode).toBe(0);
    expect(p.logAppendTimeMs).toBeGreaterThanOrEqual(before - 1);
    const got = await fetchPartition(c, 'append-time', 0, 0);
    const [batch] = decodeRecordBatches(got.records!);
    expect(batch.timestampType).toBe(1);
    expect(batch.maxTimestamp).toBe(p.logAppendTimeMs);
    expect(batch.crcValid).toBe(true);
    // CreateTime topics answer -1.
    const ct = await produce(c, 'multi-b', 0, batchOf(['ct']));
    expect(ct.responses[0].partitionResponses[0].logAppendTimeMs).toBe(-1);
  });

  it('timestamps outside message.timestamp.before/after.max.ms get INVALID_TIMESTAMP', async () => {
    const now = Date.now();
    const old = await produce(c, 'strict-time', 0, encodeRecordBatch({ records: [{ value: 'v', timestamp: now - 3_600_000 }] }));
    expect(old.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
    const future = await produce(c, 'strict-time', 0, encodeRecordBatch({ records: [{ value: 'v', timestamp: now + 3_600_000 }] }));
    expect(future.responses[0].partitionResponses[0].errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
    const ok = await produce(c, 'strict-time', 0, encodeRecordBatch({ records: [{ value: 'v', timestamp: now }] }));
    expect(ok.responses[0].partitionResponses[0]).toMatchObject({ errorCode: 0, baseOffset: 0 });
  });

  it('clients may not write control batches', async () => {
    const control = encodeRecordBatch({
      control: true,
      transactional: true,
      producerId: 1,
      producerEpoch: 0,
      records: [{ key: Buffer.from([0, 0, 0, 0]), value: Buffer.from([0, 0, 0, 0, 0, 0]) }],
    });
    const r = await produce(c, 'multi-b', 0, control);
    expect(r.responses[0].partitionResponses[0].errorCode).not.toBe(0);
  });

  it('pipelined produce requests on one connection are appended in the order sent', async () => {
    const sends = [];
    for (let i = 0; i < 200; i++) sends.push(produce(c, 'pipelined', 0, batchOf([`p${i}`]), i % 2 === 0 ? -1 : 1));
    const answers = await Promise.all(sends);
    expect(answers.map((a) => a.responses[0].partitionResponses[0].baseOffset)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    // acks=0 requests interleaved with acks=1 ones keep their place too.
    for (let i = 0; i < 10; i++) void produce(c, 'pipelined', 0, batchOf([`z${i}`]), 0).catch(() => undefined);
    const last = await produce(c, 'pipelined', 0, batchOf(['last']), 1);
    expect(last.responses[0].partitionResponses[0].baseOffset).toBe(210);
    const values = (await readAll(c, 'pipelined', 0, 200)).map((r) => r.value!.toString());
    expect(values).toEqual([...Array.from({ length: 10 }, (_, i) => `z${i}`), 'last']);
  });

  it('acks=0: a failed produce closes the connection (no response to carry the error), a good one does not', async () => {
    const conn = await RawClient.connect(broker.port);
    await produce(conn, 'multi-b', 0, batchOf(['fire and forget']), 0);
    const meta = await conn.send('Metadata', 12, { topics: [] });
    expect(meta.topics).toEqual([]);
    expect(conn.isClosed).toBe(false);
    await produce(conn, 'multi-b', 42, batchOf(['to nowhere']), 0);
    await conn.closed;
    // The broker's log line reaches us through its stdout pipe: allow it a moment.
    const line = /Produce with acks=0 to multi-b-42 failed: UNKNOWN_TOPIC_OR_PARTITION/;
    for (let i = 0; i < 100 && !line.test(broker.output); i++) await new Promise((r) => setTimeout(r, 50));
    expect(broker.output).toMatch(line);
  });

  it('fetch errors: unknown topic or partition, fenced and unknown leader epochs', async () => {
    expect((await fetchPartition(c, 'nope', 0, 0)).errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    expect((await fetchPartition(c, 'multi-a', 5, 0)).errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const epochFetch = async (currentLeaderEpoch: number) => {
      const r = await c.send('Fetch', 12, {
        replicaId: -1,
        maxWaitMs: 0,
        minBytes: 1,
        maxBytes: 1 << 20,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            topic: 'multi-a',
            partitions: [
              { partition: 0, fetchOffset: 0, partitionMaxBytes: 1 << 20, currentLeaderEpoch, lastFetchedEpoch: -1, logStartOffset: -1 },
            ],
          },
        ],
        forgottenTopicsData: [],
        rackId: '',
      });
      return r.responses[0].partitions[0].errorCode as number;
    };
    expect(await epochFetch(0)).toBe(0);
    expect(await epochFetch(7)).toBe(ErrorCode.UNKNOWN_LEADER_EPOCH);
    expect(await epochFetch(-1)).toBe(0);
  });

  it('a long poll over several partitions returns as soon as any of them gets data', async () => {
    const waiter = await RawClient.connect(broker.port);
    const pending = waiter.send('Fetch', 12, {
      replicaId: -1,
      maxWaitMs: 60_000,
      minBytes: 1,
      maxBytes: 1 << 20,
      sessionId: 0,
      sessionEpoch: -1,
      topics: [
        {
          topic: 'waiting',
          partitions: [0, 1, 2].map((partition) => ({
            partition,
            fetchOffset: 0,
            partitionMaxBytes: 1 << 20,
            currentLeaderEpoch: -1,
            lastFetchedEpoch: -1,
            logStartOffset: -1,
          })),
        },
      ],
      forgottenTopicsData: [],
      rackId: '',
    });
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, 200));
    await produce(c, 'waiting', 2, batchOf(['on two']));
    const r = await pending;
    waiter.close();
    expect(Date.now() - t0).toBeLessThan(30_000);
    const parts = r.responses[0].partitions;
    expect(parts.map((p: { records: Buffer | null }) => (p.records ? decodeRecordBatches(p.records).length : 0))).toEqual([0, 0, 1]);
    expect(parts[2].highWatermark).toBe(1);
  });

  it('a waiting fetch on a topic that is deleted answers instead of hanging', async () => {
    await c.send('CreateTopics', 7, {
      topics: [{ name: 'vanishing', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 5000,
    });
    const waiter = await RawClient.connect(broker.port);
    const t0 = Date.now();
    const pending = fetchPartition(waiter, 'vanishing', 0, 0, { maxWaitMs: 60_000 });
    await new Promise((r) => setTimeout(r, 200));
    await c.send('DeleteTopics', 6, { topics: [{ name: 'vanishing', topicId: '00000000-0000-0000-0000-000000000000' }], timeoutMs: 5000 });
    const r = await pending;
    waiter.close();
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  });

  it('Metadata: all topics (null, or empty at v0), named topics, invalid names, no auto-create when not allowed', async () => {
    const v0 = await c.send('Metadata', 0, { topics: [] });
    expect(v0.topics.length).toBeGreaterThanOrEqual(6);
    const v1none = await c.send('Metadata', 1, { topics: [] });
    expect(v1none.topics).toEqual([]);
    const named = await c.send('Metadata', 12, {
      topics: [{ name: 'multi-a', topicId: '00000000-0000-0000-0000-000000000000' }],
      allowAutoTopicCreation: false,
    });
    expect(named.topics[0].partitions.map((p: { partitionIndex: number; leaderId: number }) => [p.partitionIndex, p.leaderId])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(named.controllerId).toBe(0);
    expect(named.brokers).toEqual([expect.objectContaining({ nodeId: 0, host: '127.0.0.1', port: broker.port })]);
    const noCreate = await c.send('Metadata', 12, {
      topics: [{ name: 'not-created', topicId: '00000000-0000-0000-0000-000000000000' }],
      allowAutoTopicCreation: false,
    });
    expect(noCreate.topics[0].errorCode).toBe(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
    const invalid = await c.send('Metadata', 12, {
      topics: [{ name: 'bad name!', topicId: '00000000-0000-0000-0000-000000000000' }],
      allowAutoTopicCreation: true,
    });
    expect(invalid.topics[0].errorCode).toBe(ErrorCode.INVALID_TOPIC_EXCEPTION);
    const created = await c.send('Metadata', 4, { topics: [{ name: 'made-by-metadata' }], allowAutoTopicCreation: true });
    expect([0, ErrorCode.LEADER_NOT_AVAILABLE]).toContain(created.topics[0].errorCode);
    const all = await c.send('Metadata', 12, { topics: null });
    expect(all.topics.map((t: { name: string }) => t.name)).toContain('made-by-metadata');
  });
});
