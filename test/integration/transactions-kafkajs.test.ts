/**
 * Transactions with kafkajs against a real broker process: a transactional
 * producer's aborted records never reach a read_committed consumer and its
 * committed ones do (control batches skipped); consume-transform-produce
 * with `sendOffsets` commits the group's offsets only with the transaction;
 * a second producer with the same transactional id fences the first; and
 * after kill -9 the coordinator rebuilds its state from
 * `__transaction_state`: committed transactions stay, an open one is
 * aborted by the new instance (or by its timeout).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, type Admin, type Consumer } from 'kafkajs';
import { BrokerProcess } from './harness.js';

const TXN_CONFIG = {
  'transaction.state.log.replication.factor': '1',
  'transaction.state.log.num.partitions': '5',
  'transaction.abort.timed.out.transaction.cleanup.interval.ms': '500',
  'offsets.topic.num.partitions': '5',
  'group.initial.rebalance.delay.ms': '0',
};

/** Reads `topic` from the beginning with a fresh group until `until(values)` holds; returns the values in order per partition. */
async function readAll(kafka: Kafka, topic: string, until: (values: string[]) => boolean, readUncommitted = false): Promise<string[]> {
  const consumer: Consumer = kafka.consumer({ groupId: `reader-${Math.random()}`, readUncommitted, maxWaitTimeInMs: 200 });
  const values: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    const done = new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          values.push(message.value!.toString());
          if (until(values)) resolve();
        },
      });
    });
    const deadline = new Promise<void>((_, reject) =>
      setTimeout(() => reject(new Error(`read ${values.length} values of ${topic}: ${values.slice(-5).join(',')}`)), 90_000).unref(),
    );
    await Promise.race([done, deadline]);
  } finally {
    await consumer.disconnect();
  }
  return values;
}

describe('transactions with kafkajs', () => {
  let broker: BrokerProcess;
  let kafka: Kafka;
  let admin: Admin;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: TXN_CONFIG }).start();
    kafka = new Kafka({ clientId: 'txn-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 20 } });
    admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic: 'tx-out', numPartitions: 2 },
        { topic: 'ctp-in', numPartitions: 2 },
        { topic: 'ctp-out', numPartitions: 2 },
        { topic: 'tx-fence', numPartitions: 1 },
        { topic: 'tx-restart', numPartitions: 1 },
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await admin?.disconnect();
    await broker?.destroy();
  });

  it('read_committed sees committed records only; read_uncommitted sees both; no control records surface', async () => {
    const producer = kafka.producer({ transactionalId: 'tx-basic', maxInFlightRequests: 1, idempotent: true });
    await producer.connect();
    const aborted = await producer.transaction();
    await aborted.send({ topic: 'tx-out', messages: Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `aborted-${i}` })) });
    await aborted.abort();
    const committed = await producer.transaction();
    await committed.send({ topic: 'tx-out', messages: Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `committed-${i}` })) });
    await committed.commit();
    await producer.disconnect();

    const rc = await readAll(kafka, 'tx-out', (v) => v.filter((x) => x.startsWith('committed-')).length === 20);
    expect(rc.filter((x) => x.startsWith('aborted-'))).toEqual([]);
    expect(new Set(rc)).toEqual(new Set(Array.from({ length: 20 }, (_, i) => `committed-${i}`)));

    const ru = await readAll(kafka, 'tx-out', (v) => v.length === 40, true);
    expect(ru.filter((x) => x.startsWith('aborted-')).length).toBe(20);

    // The log end is past both markers; read_committed's end (the LSO) equals it once both transactions ended.
    const offsets = await admin.fetchTopicOffsets('tx-out');
    const total = offsets.reduce((n, p) => n + Number(p.high), 0);
    expect(total).toBe(40 + 2 * offsets.length);
  }, 180_000);

  it('consume-transform-produce: outputs and the group offsets commit together; an aborted batch leaves both untouched', async () => {
    const src = kafka.producer();
    await src.connect();
    await src.send({ topic: 'ctp-in', messages: Array.from({ length: 60 }, (_, i) => ({ key: `k${i % 7}`, value: `${i}` })) });
    await src.disconnect();

    const producer = kafka.producer({ transactionalId: 'tx-ctp', maxInFlightRequests: 1, idempotent: true });
    await producer.connect();
    const consumer = kafka.consumer({ groupId: 'ctp-group', readUncommitted: false, maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'ctp-in', fromBeginning: true });
    let processed = 0;
    let abortedOnce = false;
    const done = new Promise<void>((resolve, reject) => {
      void consumer.run({
        autoCommit: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
          try {
            if (batch.messages.length === 0) return;
            const txn = await producer.transaction();
            await txn.send({
              topic: 'ctp-out',
              messages: batch.messages.map((m) => ({ key: m.key, value: `out-${m.value!.toString()}` })),
            });
            const next = (BigInt(batch.lastOffset()) + 1n).toString();
            await txn.sendOffsets({
              consumerGroupId: 'ctp-group',
              topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }],
            });
            if (!abortedOnce) {
              // The first batch is aborted: its outputs vanish and its offsets are not committed; it is processed again.
              abortedOnce = true;
              await txn.abort();
              throw new Error('aborted on purpose');
            }
            await txn.commit();
            for (const m of batch.messages) resolveOffset(m.offset);
            await heartbeat();
            processed += batch.messages.length;
            if (processed >= 60) resolve();
          } catch (err) {
            if ((err as Error).message !== 'aborted on purpose') reject(err as Error);
            throw err;
          }
        },
      });
    });
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`processed ${processed}`)), 120_000).unref())]);
    await consumer.disconnect();
    await producer.disconnect();

    const out = await readAll(kafka, 'ctp-out', (v) => v.length >= 60);
    await new Promise((r) => setTimeout(r, 500));
    expect(out.length).toBe(60);
    expect(new Set(out)).toEqual(new Set(Array.from({ length: 60 }, (_, i) => `out-${i}`)));
    const committed = await admin.fetchOffsets({ groupId: 'ctp-group', topics: ['ctp-in'] });
    const ends = await admin.fetchTopicOffsets('ctp-in');
    for (const p of committed[0]!.partitions) expect(p.offset).toBe(ends.find((e) => e.partition === p.partition)!.high);
  }, 240_000);

  it('a second producer with the same transactional id fences the first', async () => {
    const first = kafka.producer({ transactionalId: 'tx-fenced', maxInFlightRequests: 1, idempotent: true, retry: { retries: 2 } });
    await first.connect();
    const t1 = await first.transaction();
    await t1.send({ topic: 'tx-fence', messages: [{ value: 'from-first' }] });

    const second = kafka.producer({ transactionalId: 'tx-fenced', maxInFlightRequests: 1, idempotent: true });
    await second.connect();
    const t2 = await second.transaction();
    await t2.send({ topic: 'tx-fence', messages: [{ value: 'from-second' }] });
    await t2.commit();

    const err = await t1.commit().then(
      () => null,
      (e: Error & { type?: string }) => e,
    );
    expect(err).not.toBeNull();
    expect(err!.type ?? err!.message).toMatch(/FENCED|INVALID_PRODUCER_EPOCH|fenced|epoch/i);
    await first.disconnect().catch(() => {});
    await second.disconnect();

    const values = await readAll(kafka, 'tx-fence', (v) => v.includes('from-second'));
    expect(values).toEqual(['from-second']);
  }, 180_000);

  it('after kill -9 the coordinator recovers: committed data stays, the open transaction is aborted by the next instance', async () => {
    const producer = kafka.producer({ transactionalId: 'tx-crash', maxInFlightRequests: 1, idempotent: true });
    await producer.connect();
    const done = await producer.transaction();
    await done.send({ topic: 'tx-restart', messages: [{ value: 'before-crash-committed' }] });
    await done.commit();
    const open = await producer.transaction();
    await open.send({ topic: 'tx-restart', messages: [{ value: 'open-at-crash' }] });
    await broker.kill('SIGKILL');
    await producer.disconnect().catch(() => {});
    await broker.start();

    const next = kafka.producer({ transactionalId: 'tx-crash', maxInFlightRequests: 1, idempotent: true });
    await next.connect();
    const t = await next.transaction();
    await t.send({ topic: 'tx-restart', messages: [{ value: 'after-restart' }] });
    await t.commit();
    await next.disconnect();

    const values = await readAll(kafka, 'tx-restart', (v) => v.includes('after-restart'));
    expect(values).toEqual(['before-crash-committed', 'after-restart']);
    expect(broker.output).toMatch(/__transaction_state-\d+: loaded \d+ transactional id/);
  }, 240_000);
});
