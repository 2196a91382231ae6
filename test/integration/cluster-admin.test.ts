/**
 * Topic administration and the request-level contract of a three-broker
 * cluster: replication factor above the live brokers is refused, every
 * broker describes the whole cluster, requests to a follower get
 * NOT_LEADER_OR_FOLLOWER, deletions and config changes reach every broker,
 * acks=all times out (REQUEST_TIMED_OUT) while an ISR member does not
 * fetch and is refused (NOT_ENOUGH_REPLICAS) below min.insync.replicas, and
 * the preferred replica gets its leadership back (auto.leader.rebalance).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, ConfigResourceTypes } from 'kafkajs';
import { Connection } from '../../client/connection.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { encodeFetchRequest } from '../../protocol/generated/fetch-request.js';
import { decodeFetchResponse } from '../../protocol/generated/fetch-response.js';
import { TestCluster, metadataFrom, waitFor } from './cluster-helpers.js';

/** The Kafka error name a kafkajs failure carries (directly or as the cause of the retries). */
function errorType(err: unknown): string | undefined {
  const e = err as { type?: string; originalError?: { type?: string }; cause?: { type?: string } };
  return e.type ?? e.originalError?.type ?? e.cause?.type;
}

describe('cluster: admin and request contract', () => {
  let c: TestCluster;

  beforeAll(async () => {
    c = await TestCluster.start(3, { 'leader.imbalance.check.interval.seconds': '2', 'leader.imbalance.per.broker.percentage': '0' });
    // Above the sum of the start's own deadlines (ZooKeeper, brokers, every broker seeing the cluster),
    // so that a slow start on a loaded machine fails on the condition it waited for, if at all.
  }, 600_000);

  afterAll(async () => {
    for (const b of c?.brokers ?? []) b.child?.kill('SIGCONT');
    await c?.destroy();
  });

  it('refuses a replication factor above the live brokers; every broker describes the whole cluster', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    const err = await admin
      .createTopics({ topics: [{ topic: 'too-wide', numPartitions: 1, replicationFactor: 4 }] })
      .catch((e: unknown) => e);
    expect(JSON.stringify((err as { errors?: unknown[] }).errors ?? errorType(err))).toMatch(/INVALID_REPLICATION_FACTOR/);
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'wide', numPartitions: 3, replicationFactor: 2 }] });
    await admin.disconnect();
    const views = [];
    for (const b of c.brokers) {
      const k = new Kafka({ clientId: 'v', brokers: [b.bootstrap], logLevel: logLevel.NOTHING });
      const a = k.admin();
      await a.connect();
      const cluster = await a.describeCluster();
      expect(cluster.brokers).toHaveLength(3);
      views.push({ controller: cluster.controller, topic: await metadataFrom(b.bootstrap, 'wide') });
      await a.disconnect();
    }
    for (const v of views) expect(v).toEqual(views[0]);
    expect(views[0].topic.partitions.every((p) => p.replicas.length === 2 && p.isr.length === 2 && p.leader === p.replicas[0])).toBe(true);
  }, 300_000);

  // Before Fetch v11 a consumer may read from the leader only; from v11 on (KIP-392) a follower serves
  // it too (test/integration/follower-fetch*.test.ts), so this asks at v10.
  it('answers NOT_LEADER_OR_FOLLOWER to a pre-KIP-392 consumer fetch sent to a follower', async () => {
    const md = await metadataFrom(c.brokers[0].bootstrap, 'wide');
    const p0 = md.partitions.find((p) => p.partitionId === 0)!;
    const follower = p0.replicas.find((r) => r !== p0.leader)!;
    const conn = await Connection.connect({ host: '127.0.0.1', port: c.brokers[follower].port });
    try {
      const res = await conn.send(
        ApiKey.Fetch,
        (w, v) =>
          encodeFetchRequest(w, v, {
            maxWaitMs: 0,
            minBytes: 0,
            topics: [{ topic: 'wide', partitions: [{ partition: 0, fetchOffset: 0, partitionMaxBytes: 1024 }] }],
          }),
        decodeFetchResponse,
        { maxVersion: 10 },
      );
      expect(res.responses[0].partitions[0].errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    } finally {
      conn.close();
    }
  });

  it('config changes, added partitions and deletions reach every broker', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.alterConfigs({
      validateOnly: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: 'wide', configEntries: [{ name: 'retention.ms', value: '123456' }] }],
    });
    await admin.createPartitions({ topicPartitions: [{ topic: 'wide', count: 5 }] });
    for (const b of c.brokers) {
      const a = new Kafka({ clientId: 'v', brokers: [b.bootstrap], logLevel: logLevel.NOTHING }).admin();
      await a.connect();
      await waitFor(`retention.ms on ${b.bootstrap}`, 60_000, async () => {
        const d = await a.describeConfigs({
          includeSynonyms: false,
          resources: [{ type: ConfigResourceTypes.TOPIC, name: 'wide', configNames: ['retention.ms'] }],
        });
        return d.resources[0].configEntries[0]?.configValue === '123456';
      });
      await a.disconnect();
      await waitFor(`5 led partitions on ${b.bootstrap}`, 60_000, async () => {
        const t = await metadataFrom(b.bootstrap, 'wide');
        return t.partitions.length === 5 && t.partitions.every((p) => p.leader >= 0);
      });
    }
    await admin.deleteTopics({ topics: ['wide'] });
    await admin.disconnect();
    for (const b of c.brokers) {
      await waitFor(`wide gone on ${b.bootstrap}`, 60_000, async () => {
        const a = new Kafka({ clientId: 'v', brokers: [b.bootstrap], logLevel: logLevel.NOTHING }).admin();
        await a.connect();
        try {
          return !(await a.listTopics()).includes('wide');
        } finally {
          await a.disconnect();
        }
      });
      await waitFor(
        `wide's logs deleted on ${b.bootstrap}`,
        10_000,
        () => !fs.readdirSync(path.join(b.dataDir, 'logs')).some((d) => /^wide-\d+$/.test(d)),
      );
    }
  }, 300_000);

  it('acks=all: REQUEST_TIMED_OUT while an ISR member is frozen, NOT_ENOUGH_REPLICAS below min.insync.replicas', async () => {
    const kafka = c.kafka();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: 'strict',
          replicaAssignment: [{ partition: 0, replicas: [1, 2] }],
          configEntries: [{ name: 'min.insync.replicas', value: '2' }],
        },
      ],
    });
    await admin.disconnect();
    const producer = kafka.producer({ retry: { retries: 0 } });
    await producer.connect();
    await producer.send({ topic: 'strict', acks: -1, messages: [{ partition: 0, value: 'ok' }] });

    c.brokers[2].child!.kill('SIGSTOP');
    const timedOut = await producer
      .send({ topic: 'strict', acks: -1, timeout: 1000, messages: [{ partition: 0, value: 'slow' }] })
      .catch((e: unknown) => e);
    expect(errorType(timedOut)).toBe('REQUEST_TIMED_OUT');
    // Frozen longer than replica.lag.time.max.ms: the leader drops it from the ISR.
    await waitFor(
      'the ISR to shrink to [1]',
      20_000,
      async () => (await metadataFrom(c.brokers[0].bootstrap, 'strict')).partitions[0].isr.join() === '1',
    );
    const refused = await producer
      .send({ topic: 'strict', acks: -1, messages: [{ partition: 0, value: 'refused' }] })
      .catch((e: unknown) => e);
    expect(errorType(refused)).toBe('NOT_ENOUGH_REPLICAS');
    await producer.send({ topic: 'strict', acks: 1, messages: [{ partition: 0, value: 'acks-1' }] });
    c.brokers[2].child!.kill('SIGCONT');
    await waitFor(
      'broker 2 back in the ISR',
      30_000,
      async () => (await metadataFrom(c.brokers[0].bootstrap, 'strict')).partitions[0].isr.length === 2,
    );
    await producer.send({ topic: 'strict', acks: -1, messages: [{ partition: 0, value: 'ok-again' }] });
    await producer.disconnect();
  }, 300_000);

  it('gives the preferred replica its leadership back after it returns (auto.leader.rebalance.enable)', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'preferred', replicaAssignment: [{ partition: 0, replicas: [0, 1, 2] }] }],
    });
    await admin.disconnect();
    expect(await c.brokers[0].stop()).toBe(0);
    const moved = (await metadataFrom(c.brokers[1].bootstrap, 'preferred')).partitions[0];
    expect([1, 2]).toContain(moved.leader);
    await c.brokers[0].start();
    await c.ready();
    await waitFor('broker 0 leading again', 60_000, async () => {
      const p = (await metadataFrom(c.brokers[1].bootstrap, 'preferred')).partitions[0];
      return p.leader === 0 && p.isr.length === 3;
    });
  }, 300_000);
});
