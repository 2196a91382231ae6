import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type RunningBroker } from '../../../broker/index.js';
import {
  GroupApi,
  KafkaClient,
  PartitionReader,
  TransactionalProducer,
  partitionForKey,
  type ConsumedRecord,
  type KafkaClientError,
} from '../../../client/index.js';
import { BatchingProducer } from '../../../client/batching-producer.js';
import { IdempotentSession } from '../../../client/producer-session.js';
import { decodeRecordBatches } from '../../../protocol/record-codec.js';
import { sendFetch } from '../../../client/fetch-range.js';

let broker: RunningBroker;
let client: KafkaClient;

beforeAll(async () => {
  broker = await startBroker({
    config: {
      'transaction.state.log.replication.factor': '1',
      'transaction.state.log.num.partitions': '3',
      'offsets.topic.num.partitions': '3',
    },
  });
  client = new KafkaClient({ brokers: broker.brokers });
  await client.connect();
  await client.createTopics([
    { topic: 'tx', numPartitions: 2 },
    { topic: 'in', numPartitions: 1 },
    { topic: 'idem', numPartitions: 1 },
  ]);
});
afterAll(async () => {
  client?.close();
  await broker?.stop();
});

/** Reads every record of `topic` partitions 0..n-1 up to the last stable offset with the given isolation level. */
async function readAll(topic: string, partitions: number, isolationLevel: number): Promise<ConsumedRecord[]> {
  const tps = Array.from({ length: partitions }, (_, partition) => ({ topic, partition }));
  const end = await client.listOffsets(tps, 'latest', isolationLevel);
  const r = new PartitionReader(client, { maxWaitMs: 20, isolationLevel });
  r.assign(tps, 'earliest');
  const out: ConsumedRecord[] = [];
  for (let i = 0; i < 50; i++) {
    out.push(...(await r.poll()));
    if (tps.every((tp) => (r.position(tp) ?? 0) >= end.get(`${tp.topic}-${tp.partition}`)!)) break;
  }
  return out;
}

const values = (rs: ConsumedRecord[]): string[] => rs.map((r) => r.value!.toString()).sort();

describe('TransactionalProducer', () => {
  it('commits and aborts: read_committed sees the committed records only, read_uncommitted all; markers are control batches', async () => {
    const p = new TransactionalProducer(client, { transactionalId: 'tp-1' });
    await p.initTransactions();
    expect(p.state).toBe('READY');
    const { producerId } = p.txn.producerIdAndEpoch;
    expect(producerId).toBeGreaterThanOrEqual(0);

    p.beginTransaction();
    await Promise.all(['c1', 'c2', 'c3'].map((v) => p.sendAsync('tx', Buffer.from('k0'), Buffer.from(v))));
    expect(p.txn.partitions.length).toBeGreaterThan(0);
    await p.commitTransaction();
    expect(p.state).toBe('READY');

    p.beginTransaction();
    await Promise.all(['a1', 'a2'].map((v) => p.sendAsync('tx', Buffer.from('k0'), Buffer.from(v))));
    await p.abortTransaction();

    p.beginTransaction();
    await p.sendAsync('tx', Buffer.from('k0'), Buffer.from('c4'));
    await p.commitTransaction();
    await p.close();

    expect(values(await readAll('tx', 2, 1))).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(values(await readAll('tx', 2, 0))).toEqual(['a1', 'a2', 'c1', 'c2', 'c3', 'c4']);

    // The raw log of k0's partition holds transactional batches of this producer and its COMMIT, ABORT, COMMIT markers.
    const partition = partitionForKey('k0', 2);
    const leader = await client.leaderFor({ topic: 'tx', partition });
    const res = await sendFetch(client, leader, [{ topic: 'tx', partition, offset: 0 }], { maxWaitMs: 0, maxBytes: 1 << 20 });
    const batches = decodeRecordBatches(res.responses[0]!.partitions[0]!.records!);
    expect(batches.every((b) => b.isTransactional && b.producerId === producerId)).toBe(true);
    expect(batches.filter((b) => b.isControl).length).toBe(3);
  });

  it('drops unsent records on abort and refuses sends outside a transaction', async () => {
    const p = new TransactionalProducer(client, { transactionalId: 'tp-2', lingerMs: 60_000, batchSize: 1 << 20 });
    await p.initTransactions();
    await expect(p.sendAsync('tx', null, Buffer.from('x'))).rejects.toThrow(/beginTransaction/);
    p.beginTransaction();
    const pending = p.sendAsync('tx', null, Buffer.from('never'));
    await p.abortTransaction();
    await expect(pending).rejects.toThrow(/aborted/);
    expect(p.state).toBe('READY');
    await p.close();
    expect(values(await readAll('tx', 2, 0))).not.toContain('never');
  });

  it('a second instance with the same transactional id fences the first and aborts its open transaction', async () => {
    const first = new TransactionalProducer(client, { transactionalId: 'tp-fence' });
    await first.initTransactions();
    first.beginTransaction();
    await first.sendAsync('tx', Buffer.from('z'), Buffer.from('zombie'));

    const second = new TransactionalProducer(client, { transactionalId: 'tp-fence' });
    await second.initTransactions();
    expect(second.txn.producerIdAndEpoch.producerId).toBe(first.txn.producerIdAndEpoch.producerId);
    expect(second.txn.producerIdAndEpoch.producerEpoch).toBeGreaterThan(first.txn.producerIdAndEpoch.producerEpoch);

    const err = (await first.commitTransaction().catch((e: unknown) => e)) as KafkaClientError;
    expect(err).toBeInstanceOf(Error);
    expect(['PRODUCER_FENCED', 'INVALID_PRODUCER_EPOCH'].some((c) => err.code.endsWith(c))).toBe(true);
    expect(first.state).toBe('FATAL_ERROR');
    expect(() => first.beginTransaction()).toThrow();

    second.beginTransaction();
    await second.sendAsync('tx', Buffer.from('z'), Buffer.from('survivor'));
    await second.commitTransaction();
    const committed = values(await readAll('tx', 2, 1));
    expect(committed).toContain('survivor');
    expect(committed).not.toContain('zombie');
    await second.close();
    await first.close();
  });

  it('sendOffsetsToTransaction: the group sees the offsets only once the transaction commits', async () => {
    const group = new GroupApi(client, 'eos-group');
    const p = new TransactionalProducer(client, { transactionalId: 'tp-offsets' });
    await p.initTransactions();

    p.beginTransaction();
    await p.sendAsync('tx', null, Buffer.from('out-aborted'));
    await p.sendOffsetsToTransaction([{ topic: 'in', partition: 0, offset: 7 }], 'eos-group');
    await p.abortTransaction();
    expect((await group.offsetFetch([{ topic: 'in', partition: 0 }])).get('in-0') ?? -1).toBe(-1);

    p.beginTransaction();
    await p.sendAsync('tx', null, Buffer.from('out-committed'));
    await p.sendOffsetsToTransaction([{ topic: 'in', partition: 0, offset: 5 }], { groupId: 'eos-group' });
    await p.commitTransaction();
    expect((await group.offsetFetch([{ topic: 'in', partition: 0 }])).get('in-0')).toBe(5);
    await p.close();
  });
});

describe('BatchingProducer with an IdempotentSession', () => {
  it('stamps batches with a producer id and consecutive sequence numbers', async () => {
    const p = new BatchingProducer(client, { session: new IdempotentSession(client), batchSize: 30 });
    const offsets = await Promise.all(
      Array.from(
        { length: 20 },
        (_, i) =>
          new Promise<number>((resolve, reject) => p.send('idem', null, Buffer.from(`v${i}`), (e, o) => (e ? reject(e) : resolve(o)))),
      ),
    );
    expect(offsets).toEqual(offsets.map((_, i) => i));
    await p.close();
    const leader = await client.leaderFor({ topic: 'idem', partition: 0 });
    const res = await sendFetch(client, leader, [{ topic: 'idem', partition: 0, offset: 0 }], { maxWaitMs: 0, maxBytes: 1 << 20 });
    const batches = decodeRecordBatches(res.responses[0]!.partitions[0]!.records!);
    expect(batches.length).toBeGreaterThan(1);
    expect(new Set(batches.map((b) => b.producerId)).size).toBe(1);
    expect(batches[0]!.producerId).toBeGreaterThanOrEqual(0);
    expect(batches.map((b) => b.baseSequence)).toEqual(batches.map((b) => b.baseOffset));
    expect(batches.every((b) => !b.isTransactional)).toBe(true);
  });
});
