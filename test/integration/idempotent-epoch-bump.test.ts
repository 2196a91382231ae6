/**
 * The lean idempotent producer (BatchingProducer + IdempotentSession)
 * against a broker process: a batch that leaves a gap in its partition's
 * sequences — refused for good (MESSAGE_TOO_LARGE), expired after
 * delivery.timeout.ms (NOT_ENOUGH_REPLICAS until the topic's
 * min.insync.replicas is lowered), or answered OUT_OF_ORDER_SEQUENCE_NUMBER
 * because the broker holds sequences the producer did not write — bumps
 * the producer epoch (KIP-360) and the later batches are written at the new
 * epoch from sequence 0, instead of failing with OUT_OF_ORDER_SEQUENCE_NUMBER
 * for ever.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { runCli } from './cli-helpers.js';
import { RawClient, batchOf, produce } from './raw-client.js';
import { KafkaClient, type KafkaClientError } from '../../client/index.js';
import { BatchingProducer } from '../../client/batching-producer.js';
import { IdempotentSession } from '../../client/producer-session.js';
import { sendFetch } from '../../client/fetch-range.js';
import { decodeRecordBatches, type DecodedBatch } from '../../protocol/record-codec.js';

describe('the idempotent producer bumps its epoch after a sequence gap (KIP-360)', () => {
  let broker: BrokerProcess;
  let client: KafkaClient;

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
    client = new KafkaClient({ brokers: broker.bootstrap });
    await client.connect();
    await client.createTopics([
      { topic: 'big', numPartitions: 1, configs: { 'max.message.bytes': '2000' } },
      { topic: 'isr', numPartitions: 1 },
      { topic: 'oos', numPartitions: 1 },
    ]);
  });

  afterAll(async () => {
    client?.close();
    await broker?.destroy();
  });

  const send = (p: BatchingProducer, topic: string, value: Buffer): Promise<number> =>
    new Promise((resolve, reject) => p.send(topic, null, value, (e, o) => (e ? reject(e) : resolve(o))));
  const batchesOf = async (topic: string): Promise<DecodedBatch[]> => {
    const res = await sendFetch(client, await client.leaderFor({ topic, partition: 0 }), [{ topic, partition: 0, offset: 0 }], {
      maxWaitMs: 0,
      maxBytes: 1 << 20,
    });
    return decodeRecordBatches(res.responses[0]!.partitions[0]!.records!);
  };
  const setConfig = async (topic: string, kv: string): Promise<void> => {
    const r = await runCli('kafka-configs', [
      '--bootstrap-server',
      broker.bootstrap,
      '--alter',
      '--entity-type',
      'topics',
      '--entity-name',
      topic,
      '--add-config',
      kv,
    ]);
    expect(r.code, r.stderr).toBe(0);
  };

  it('a batch refused for good (MESSAGE_TOO_LARGE) does not stop the partition', async () => {
    const session = new IdempotentSession(client);
    const p = new BatchingProducer(client, { session });
    expect(await send(p, 'big', Buffer.from('a'))).toBe(0);
    expect(await send(p, 'big', Buffer.from('b'))).toBe(1);
    const refused = await send(p, 'big', Buffer.alloc(5000, 1)).catch((e: KafkaClientError) => e);
    expect((refused as KafkaClientError).errorCode).toBe(10); // MESSAGE_TOO_LARGE
    expect(await send(p, 'big', Buffer.from('c'))).toBe(2);
    expect(await send(p, 'big', Buffer.from('d'))).toBe(3);
    await p.close();
    expect(session.epochBumps).toBe(1);
    const batches = await batchesOf('big');
    expect(batches.map((b) => [b.producerEpoch, b.baseSequence])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(new Set(batches.map((b) => b.producerId)).size).toBe(1);
  });

  it('a batch that timed out (NOT_ENOUGH_REPLICAS until delivery.timeout.ms) does not stop the partition', async () => {
    const session = new IdempotentSession(client);
    const p = new BatchingProducer(client, { session, deliveryTimeoutMs: 1500, retryBackoffMs: 50 });
    expect(await send(p, 'isr', Buffer.from('before'))).toBe(0);
    await setConfig('isr', 'min.insync.replicas=2');
    const expired = await send(p, 'isr', Buffer.from('expired')).catch((e: KafkaClientError) => e);
    expect((expired as KafkaClientError).errorCode).toBe(19); // NOT_ENOUGH_REPLICAS
    await setConfig('isr', 'min.insync.replicas=1');
    expect(await send(p, 'isr', Buffer.from('after-1'))).toBe(1);
    expect(await send(p, 'isr', Buffer.from('after-2'))).toBe(2);
    await p.close();
    expect(session.epochBumps).toBe(1);
    const batches = await batchesOf('isr');
    expect(batches.map((b) => [b.producerEpoch, b.baseSequence, b.records[0]!.value!.toString()])).toEqual([
      [0, 0, 'before'],
      [1, 0, 'after-1'],
      [1, 1, 'after-2'],
    ]);
  });

  it('OUT_OF_ORDER_SEQUENCE_NUMBER bumps the epoch and the batch is retried from sequence 0', async () => {
    const session = new IdempotentSession(client);
    const p = new BatchingProducer(client, { session });
    expect(await send(p, 'oos', Buffer.from('first'))).toBe(0);
    const id = await session.prepare();
    // Another writer of the same producer id and epoch takes sequences 1 and 2: the producer's sequence 1 is now out of order.
    const raw = await RawClient.connect(broker.port);
    try {
      const r = await produce(raw, 'oos', 0, batchOf(['intruder-1', 'intruder-2'], { ...id, baseSequence: 1 }));
      expect(r.responses[0]!.partitionResponses[0]!.errorCode).toBe(0);
    } finally {
      raw.close();
    }
    expect(await send(p, 'oos', Buffer.from('second'))).toBe(3);
    await p.close();
    expect(session.epochBumps).toBe(1);
    const batches = await batchesOf('oos');
    expect(batches.map((b) => [b.producerEpoch, b.baseSequence])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
  });
});
