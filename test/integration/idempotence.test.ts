/**
 * Idempotent produce: a kafkajs `idempotent: true` producer (InitProducerId
 * plus sequences) writes every message exactly once; over raw Produce
 * requests a resent batch answers its original base offset without being
 * appended again, a sequence gap gets OUT_OF_ORDER_SEQUENCE_NUMBER, a stale
 * epoch gets INVALID_PRODUCER_EPOCH, and all of it survives kill -9 and a
 * clean restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { RawClient, batchOf, fetchPartition, produce, readAll } from './raw-client.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../protocol/record-codec.js';

describe('idempotent producer', () => {
  let broker: BrokerProcess;
  let c: RawClient;

  async function reconnect(): Promise<void> {
    c?.close();
    c = await RawClient.connect(broker.port);
  }

  async function initProducerId(
    version = 4,
    producerId = -1,
    producerEpoch = -1,
  ): Promise<{ errorCode: number; producerId: number; producerEpoch: number }> {
    return c.send('InitProducerId', version, { transactionalId: null, transactionTimeoutMs: 60_000, producerId, producerEpoch });
  }

  async function send(partition: number, values: string[], producerId: number, producerEpoch: number, baseSequence: number) {
    const r = await produce(c, 'idem', partition, batchOf(values, { producerId, producerEpoch, baseSequence }));
    return r.responses[0].partitionResponses[0];
  }

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
    await reconnect();
    const r = await c.send('CreateTopics', 7, {
      topics: [
        { name: 'idem', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] },
        { name: 'kafkajs-idem', numPartitions: 3, replicationFactor: 1, assignments: [], configs: [] },
      ],
      timeoutMs: 10_000,
    });
    expect(r.topics.every((t: { errorCode: number }) => t.errorCode === 0)).toBe(true);
  });

  afterAll(async () => {
    c?.close();
    await broker?.destroy();
  });

  it('kafkajs idempotent producer: every message exactly once, with producer ids and contiguous sequences', async () => {
    const kafka = new Kafka({ clientId: 'idem', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const n = 6000;
    for (let start = 0; start < n; start += 500) {
      const messages = Array.from({ length: 500 }, (_, i) => ({ key: `k${(start + i) % 31}`, value: `m-${start + i}` }));
      await producer.send({ topic: 'kafkajs-idem', messages });
    }
    await producer.disconnect();

    const seen = new Map<string, number>();
    for (let p = 0; p < 3; p++) {
      const res = await fetchPartition(c, 'kafkajs-idem', p, 0);
      const batches = decodeRecordBatches(res.records!);
      let nextSeq = 0;
      const pid = batches[0]?.producerId;
      for (const b of batches) {
        expect(b.producerId).toBeGreaterThanOrEqual(0);
        expect(b.producerId).toBe(pid);
        expect(b.baseSequence).toBe(nextSeq);
        nextSeq += b.recordsCount;
        for (const r of b.records) seen.set(r.value!.toString(), (seen.get(r.value!.toString()) ?? 0) + 1);
      }
    }
    expect(seen.size).toBe(n);
    expect([...seen.values()].every((x) => x === 1)).toBe(true);
  });

  let pid = -1;

  it('a resent batch answers its original offset; a sequence gap gets OUT_OF_ORDER_SEQUENCE_NUMBER', async () => {
    const init = await initProducerId();
    expect(init.errorCode).toBe(0);
    expect(init.producerId).toBeGreaterThanOrEqual(0);
    expect(init.producerEpoch).toBe(0);
    pid = init.producerId;
    const other = await initProducerId();
    expect(other.producerId).not.toBe(pid);

    const a = await send(0, ['a0', 'a1', 'a2'], pid, 0, 0);
    expect(a.errorCode).toBe(0);
    expect(a.baseOffset).toBe(0);
    const b = await send(0, ['b0', 'b1'], pid, 0, 3);
    expect(b.baseOffset).toBe(3);

    // Both retried: each answers its original offsets and nothing is appended.
    expect((await send(0, ['a0', 'a1', 'a2'], pid, 0, 0)).baseOffset).toBe(0);
    const dup = await send(0, ['b0', 'b1'], pid, 0, 3);
    expect(dup.errorCode).toBe(0);
    expect(dup.baseOffset).toBe(3);
    expect((await fetchPartition(c, 'idem', 0, 0)).highWatermark).toBe(5);

    const gap = await send(0, ['c0'], pid, 0, 7);
    expect(gap.errorCode).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    expect((await send(0, ['c0'], pid, 0, 5)).baseOffset).toBe(5);

    // Sequences are per partition: partition 1 starts from 0 on its own.
    expect((await send(1, ['p1'], pid, 0, 0)).errorCode).toBe(0);
    expect((await send(1, ['p1-gap'], pid, 0, 3)).errorCode).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);

    const values = (await readAll(c, 'idem', 0)).map((r) => r.value!.toString());
    expect(values).toEqual(['a0', 'a1', 'a2', 'b0', 'b1', 'c0']);
  });

  it('an epoch bump fences the old epoch (INVALID_PRODUCER_EPOCH)', async () => {
    const bumped = await initProducerId(4, pid, 0);
    expect(bumped.errorCode).toBe(0);
    expect(bumped.producerId).toBe(pid);
    expect(bumped.producerEpoch).toBe(1);
    // A new epoch starts at sequence 0.
    expect((await send(0, ['e1-0'], pid, 1, 0)).baseOffset).toBe(6);
    const stale = await send(0, ['stale'], pid, 0, 6);
    expect(stale.errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    const badStart = await send(1, ['e1-late'], pid, 1, 5);
    expect(badStart.errorCode).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
  });

  it('producer state survives kill -9 and a clean restart', async () => {
    for (const how of ['SIGKILL', 'SIGTERM'] as const) {
      c.close();
      await broker.kill(how);
      await broker.start();
      await reconnect();
      const dup = await send(0, ['e1-0'], pid, 1, 0);
      expect(dup.errorCode, how).toBe(0);
      expect(dup.baseOffset, how).toBe(6);
      expect((await send(0, ['stale'], pid, 0, 6)).errorCode, how).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
      expect((await send(0, ['gap'], pid, 1, 9)).errorCode, how).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
      expect((await fetchPartition(c, 'idem', 0, 0)).highWatermark, how).toBe(7);
    }
    expect((await send(0, ['e1-1'], pid, 1, 1)).baseOffset).toBe(7);
    // Producer ids are never handed out twice across restarts.
    const fresh = await initProducerId();
    expect(fresh.producerId).toBeGreaterThan(pid + 1);
    const values = (await readAll(c, 'idem', 0)).map((r) => r.value!.toString());
    expect(values).toEqual(['a0', 'a1', 'a2', 'b0', 'b1', 'c0', 'e1-0', 'e1-1']);
  });
});
