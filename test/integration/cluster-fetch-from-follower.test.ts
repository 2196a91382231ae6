/**
 * Fetch from followers (KIP-392) in a three-broker cluster with one rack
 * per broker and Kafka's RackAwareReplicaSelector: the leader sends a
 * consumer in another broker's rack there (preferred read replica, no
 * records), serves one in its own rack or without a rack; a follower serves
 * v11+ consumers up to its high watermark but not older ones; the debug
 * consumer (replica id -2, kafka-replica-verification) reads any replica;
 * a kafkajs consumer with a rackId reads everything, and a confluent-kafka
 * (librdkafka) consumer with client.rack fetches from the replica in its
 * rack (librdkafka's statistics name the broker it fetches from).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Connection } from '../../client/connection.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { encodeFetchRequest } from '../../protocol/generated/fetch-request.js';
import { decodeFetchResponse } from '../../protocol/generated/fetch-response.js';
import { decodeRecordBatches } from '../../protocol/record-codec.js';
import { TestCluster, waitFor } from './cluster-helpers.js';

const RACKS = ['rA', 'rB', 'rC'];
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'compat', 'confluent_kafka_rack.py');

describe('cluster: fetch from followers (KIP-392)', () => {
  let c: TestCluster;

  beforeAll(async () => {
    c = await TestCluster.start(3, { 'replica.selector.class': 'org.apache.kafka.common.replica.RackAwareReplicaSelector' }, (id) => ({
      'broker.rack': RACKS[id],
    }));
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'ff', replicaAssignment: [{ partition: 0, replicas: [0, 1, 2] }] }],
    });
    await admin.disconnect();
    const producer = c.kafka().producer();
    await producer.connect();
    await producer.send({ topic: 'ff', acks: -1, messages: Array.from({ length: 50 }, (_, i) => ({ value: `r-${i}` })) });
    await producer.disconnect();
  }, 600_000);

  afterAll(async () => {
    await c?.destroy();
  });

  /** One Fetch of ff-0 from offset 0 to `broker`; the partition's answer and how many records it carried. */
  async function fetchFrom(broker: number, opts: { version: number; rackId?: string; replicaId?: number }) {
    const conn = await Connection.connect({ host: '127.0.0.1', port: c.brokers[broker].port });
    try {
      const res = await conn.send(
        ApiKey.Fetch,
        (w, v) =>
          encodeFetchRequest(w, v, {
            replicaId: opts.replicaId ?? -1,
            maxWaitMs: 100,
            minBytes: 1,
            maxBytes: 1 << 20,
            isolationLevel: 0,
            sessionId: 0,
            sessionEpoch: -1,
            topics: [
              {
                topic: 'ff',
                partitions: [{ partition: 0, currentLeaderEpoch: -1, fetchOffset: 0, logStartOffset: -1, partitionMaxBytes: 1 << 20 }],
              },
            ],
            forgottenTopicsData: [],
            rackId: opts.rackId ?? '',
          }),
        decodeFetchResponse,
        { maxVersion: opts.version },
      );
      const p = res.responses[0].partitions[0];
      const count = p.records ? decodeRecordBatches(p.records).reduce((n, b) => n + b.records.length, 0) : 0;
      return { errorCode: p.errorCode, preferredReadReplica: p.preferredReadReplica, highWatermark: p.highWatermark, count };
    } finally {
      conn.close();
    }
  }

  it('the leader points a consumer in another rack to the replica there, and serves its own rack and rackless consumers', async () => {
    // The leader learns how far each follower is from their fetches.
    await waitFor(
      'broker 1 to be a candidate (caught up)',
      60_000,
      async () => (await fetchFrom(0, { version: 11, rackId: 'rB' })).preferredReadReplica === 1,
    );
    const elsewhere = await fetchFrom(0, { version: 11, rackId: 'rB' });
    expect(elsewhere).toMatchObject({ errorCode: ErrorCode.NONE, preferredReadReplica: 1, count: 0, highWatermark: 50 });
    expect(await fetchFrom(0, { version: 11, rackId: 'rC' })).toMatchObject({ preferredReadReplica: 2, count: 0 });
    expect(await fetchFrom(0, { version: 11, rackId: 'rA' })).toMatchObject({ preferredReadReplica: -1, count: 50 });
    expect(await fetchFrom(0, { version: 11 })).toMatchObject({ preferredReadReplica: -1, count: 50 });
    expect(await fetchFrom(0, { version: 11, rackId: 'nowhere' })).toMatchObject({ preferredReadReplica: -1, count: 50 });
  }, 120_000);

  it('a follower serves v11+ consumers up to its high watermark, not older ones; the debug consumer reads any replica', async () => {
    await waitFor(
      'broker 1 to know the high watermark',
      60_000,
      async () => (await fetchFrom(1, { version: 11, rackId: 'rB' })).count === 50,
    );
    expect(await fetchFrom(1, { version: 12 })).toMatchObject({ errorCode: ErrorCode.NONE, count: 50, highWatermark: 50 });
    expect((await fetchFrom(1, { version: 10 })).errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    expect(await fetchFrom(2, { version: 10, replicaId: -2 })).toMatchObject({ errorCode: ErrorCode.NONE, count: 50 });
    expect(await fetchFrom(2, { version: 4, replicaId: -2 })).toMatchObject({ errorCode: ErrorCode.NONE, count: 50 });
  }, 120_000);

  it('a kafkajs consumer with a rackId reads every record', async () => {
    const { Kafka, logLevel } = await import('kafkajs');
    const racked = new Kafka({ clientId: 'rack-c', brokers: c.bootstrap(), logLevel: logLevel.NOTHING });
    const consumer = racked.consumer({ groupId: 'rack-c-group', rackId: 'rC', maxWaitTimeInMs: 100 });
    const values: string[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: 'ff', fromBeginning: true });
      await consumer.run({ eachMessage: async ({ message }) => void values.push(message.value!.toString()) });
      await waitFor('50 records through the rack-aware consumer', 60_000, () => values.length >= 50);
    } finally {
      await consumer.disconnect();
    }
    expect(values).toEqual(Array.from({ length: 50 }, (_, i) => `r-${i}`));
  }, 120_000);

  it('a confluent-kafka consumer with client.rack fetches from the follower in its rack', async () => {
    const out = await new Promise<string>((resolve, reject) =>
      execFile('/usr/bin/python3', [SCRIPT, c.bootstrap().join(','), 'ff', '50', 'rC'], { timeout: 60_000 }, (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
      ),
    );
    const r = JSON.parse(out) as { count: number; values: string[]; leader: number; fetched_from: number };
    expect(r.count).toBe(50);
    expect(r.values).toEqual(['r-0', 'r-1', 'r-2']);
    expect(r.leader).toBe(0);
    expect(r.fetched_from).toBe(2);
  }, 120_000);
});
