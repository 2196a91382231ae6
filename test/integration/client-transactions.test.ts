/**
 * The lean client's transactional producer against a real broker process:
 * committed and aborted transactions as read by kafka-console-consumer
 * --isolation-level read_committed / read_uncommitted (groupless and with
 * --group) and by a kafkajs read_committed consumer; consume-transform-produce
 * with sendOffsetsToTransaction (the group's offsets move only with a
 * commit); and fencing of an older instance by a newer one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { runCli } from './cli-helpers.js';
import { GroupApi, KafkaClient, TransactionalProducer } from '../../client/index.js';

const TXN_CONFIG = {
  'transaction.state.log.replication.factor': '1',
  'transaction.state.log.num.partitions': '3',
  'offsets.topic.num.partitions': '3',
  'group.initial.rebalance.delay.ms': '0',
};

describe('the lean transactional producer against a broker process', () => {
  let broker: BrokerProcess;
  let client: KafkaClient;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: TXN_CONFIG }).start();
    client = new KafkaClient({ brokers: broker.bootstrap });
    await client.connect();
    await client.createTopics([
      { topic: 'ctx', numPartitions: 2 },
      { topic: 'ctx-in', numPartitions: 1 },
      { topic: 'ctx-out', numPartitions: 1 },
    ]);
  });

  afterAll(async () => {
    client?.close();
    await broker?.destroy();
  });

  const consume = async (isolation: string, extra: string[] = []): Promise<string[]> => {
    const r = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      broker.bootstrap,
      '--topic',
      'ctx',
      '--from-beginning',
      '--isolation-level',
      isolation,
      '--timeout-ms',
      '4000',
      ...extra,
    ]);
    expect(r.code).toBe(0);
    return r.stdout.split('\n').filter(Boolean).sort();
  };

  it('read_committed consumers (console, groupless and grouped; kafkajs) see committed records only', async () => {
    const p = new TransactionalProducer(client, { transactionalId: 'ctx-writer' });
    await p.initTransactions();
    p.beginTransaction();
    for (let i = 0; i < 10; i++) p.send('ctx', Buffer.from(`k${i}`), Buffer.from(`committed-${i}`), () => undefined);
    await p.commitTransaction();
    p.beginTransaction();
    for (let i = 0; i < 5; i++) p.send('ctx', Buffer.from(`k${i}`), Buffer.from(`aborted-${i}`), () => undefined);
    await p.flush();
    await p.abortTransaction();
    p.beginTransaction();
    await p.sendAsync('ctx', null, Buffer.from('committed-last'));
    await p.commitTransaction();
    await p.close();

    const committed = [...Array.from({ length: 10 }, (_, i) => `committed-${i}`), 'committed-last'].sort();
    expect(await consume('read_committed')).toEqual(committed);
    expect(await consume('read_committed', ['--group', 'ctx-console'])).toEqual(committed);
    const all = await consume('read_uncommitted');
    expect(all).toEqual([...committed, ...Array.from({ length: 5 }, (_, i) => `aborted-${i}`)].sort());

    const kafka = new Kafka({ clientId: 'ctx', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: 'ctx-kafkajs', readUncommitted: false, maxWaitTimeInMs: 200 });
    await consumer.connect();
    const seen: string[] = [];
    try {
      await consumer.subscribe({ topic: 'ctx', fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`kafkajs saw ${seen.join(',')}`)), 60_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            seen.push(message.value!.toString());
            if (seen.length >= committed.length) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
    } finally {
      await consumer.disconnect();
    }
    expect(seen.sort()).toEqual(committed);
  });

  it('consume-transform-produce: output and the group offset commit together; a newer instance fences the older', async () => {
    const input = new TransactionalProducer(client, { transactionalId: 'ctx-input' });
    await input.initTransactions();
    input.beginTransaction();
    for (let i = 0; i < 6; i++) input.send('ctx-in', null, Buffer.from(String(i)), () => undefined);
    await input.commitTransaction();
    await input.close();

    const group = new GroupApi(client, 'ctx-app');
    const app = new TransactionalProducer(client, { transactionalId: 'ctx-app-0' });
    await app.initTransactions();
    // First batch of input (offsets 0-2) committed with its output.
    app.beginTransaction();
    for (const v of ['0', '1', '2']) app.send('ctx-out', null, Buffer.from(`x${v}`), () => undefined);
    await app.sendOffsetsToTransaction([{ topic: 'ctx-in', partition: 0, offset: 3 }], 'ctx-app');
    await app.commitTransaction();
    expect((await group.offsetFetch([{ topic: 'ctx-in', partition: 0 }])).get('ctx-in-0')).toBe(3);

    // Second batch begun, then a new instance takes over: the open transaction is aborted, the old one fenced.
    app.beginTransaction();
    for (const v of ['3', '4', '5']) app.send('ctx-out', null, Buffer.from(`x${v}`), () => undefined);
    await app.flush();
    const successor = new TransactionalProducer(client, { transactionalId: 'ctx-app-0' });
    await successor.initTransactions();
    await expect(app.sendOffsetsToTransaction([{ topic: 'ctx-in', partition: 0, offset: 6 }], 'ctx-app')).rejects.toThrow(/FENCED|EPOCH/);
    expect(app.state).toBe('FATAL_ERROR');
    await app.close();
    expect((await group.offsetFetch([{ topic: 'ctx-in', partition: 0 }])).get('ctx-in-0')).toBe(3);

    // The successor redoes the second batch from the committed offset.
    successor.beginTransaction();
    for (const v of ['3', '4', '5']) successor.send('ctx-out', null, Buffer.from(`x${v}`), () => undefined);
    await successor.sendOffsetsToTransaction([{ topic: 'ctx-in', partition: 0, offset: 6 }], 'ctx-app');
    await successor.commitTransaction();
    await successor.close();
    expect((await group.offsetFetch([{ topic: 'ctx-in', partition: 0 }])).get('ctx-in-0')).toBe(6);

    const r = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      broker.bootstrap,
      '--topic',
      'ctx-out',
      '--from-beginning',
      '--isolation-level',
      'read_committed',
      '--timeout-ms',
      '4000',
    ]);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(['x0', 'x1', 'x2', 'x3', 'x4', 'x5']);
  });

  it('kafka-producer-perf-test --transactional-id --transaction-duration-ms commits its records in transactions', async () => {
    await client.createTopics([{ topic: 'ctx-perf', numPartitions: 1 }]);
    const r = await runCli('kafka-producer-perf-test', [
      '--topic',
      'ctx-perf',
      '--num-records',
      '3000',
      '--record-size',
      '50',
      '--throughput',
      '-1',
      '--transactional-id',
      'ctx-perf-txn',
      '--transaction-duration-ms',
      '100',
      '--producer-props',
      `bootstrap.servers=${broker.bootstrap}`,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^3000 records sent, [\d.]+ records\/sec/m);
    const tp = { topic: 'ctx-perf', partition: 0 };
    // Every record committed; each transaction's COMMIT marker took an offset of its own.
    const committedEnd = (await client.listOffsets([tp], 'latest', 1)).get('ctx-perf-0')!;
    expect(committedEnd).toBeGreaterThan(3000);
    const c = await runCli('kafka-console-consumer', [
      '--bootstrap-server',
      broker.bootstrap,
      '--topic',
      'ctx-perf',
      '--from-beginning',
      '--isolation-level',
      'read_committed',
      '--max-messages',
      '3000',
      '--timeout-ms',
      '10000',
    ]);
    expect(c.stdout.split('\n').filter(Boolean).length).toBe(3000);
  });
});
