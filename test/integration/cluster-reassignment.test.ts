/**
 * Partition reassignment in a three-broker cluster (KIP-455 through kafkajs,
 * and the /admin/reassign_partitions znode older tools write): replicas
 * move from brokers {0,1} to {1,2} under a steady acks=all producer without
 * losing an acknowledged record, the new replicas end in the ISR, the
 * leadership moves to a target replica and the removed broker deletes its
 * log; ListPartitionReassignments is empty once it is done; invalid targets
 * get Kafka's errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZkClient } from '../../broker/cluster/zk/zk-client.js';
import { ZkPaths } from '../../broker/cluster/zk/zk-metadata-store.js';
import { TestCluster, metadataFrom, readAll, waitFor } from './cluster-helpers.js';

describe('cluster: partition reassignment', () => {
  let c: TestCluster;
  const partitionDir = (broker: number, tp: string): string => path.join(c.brokers[broker].dataDir, 'logs', tp);

  beforeAll(async () => {
    c = await TestCluster.start(3);
  }, 600_000);

  afterAll(async () => {
    await c?.destroy();
  });

  it('moves a partition from {0,1} to {1,2} under a steady acks=all producer: nothing acknowledged is lost, the new replicas are in the ISR', async () => {
    const kafka = c.kafka();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: 'moving',
          replicaAssignment: [{ partition: 0, replicas: [0, 1] }],
          configEntries: [{ name: 'min.insync.replicas', value: '2' }],
        },
      ],
    });
    const producer = kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 50, initialRetryTime: 100, maxRetryTime: 1000 } });
    await producer.connect();
    const acked: string[] = [];
    let stop = false;
    let n = 0;
    const loop = (async () => {
      while (!stop) {
        const value = `v-${n++}`;
        try {
          await producer.send({ topic: 'moving', acks: -1, messages: [{ value }] });
          acked.push(value);
        } catch {
          // Not acknowledged: it may or may not be in the log; only acknowledged ones must be.
        }
      }
    })();
    await waitFor('some records acknowledged', 60_000, () => acked.length >= 50);

    await admin.alterPartitionReassignments({ topics: [{ topic: 'moving', partitionAssignment: [{ partition: 0, replicas: [1, 2] }] }] });
    const done = await waitFor('the reassignment to complete', 120_000, async () => {
      const md = await metadataFrom(c.brokers[1].bootstrap, 'moving');
      const p = md.partitions[0];
      return p.replicas.join(',') === '1,2' && [1, 2].every((r) => p.isr.includes(r)) && p.leader >= 0 ? p : false;
    });
    expect(done.isr.sort()).toEqual([1, 2]);
    expect([1, 2]).toContain(done.leader);
    expect((await admin.listPartitionReassignments({})).topics).toEqual([]);
    const atMove = acked.length;
    await waitFor('more records acknowledged after the move', 60_000, () => acked.length >= atMove + 50);
    stop = true;
    await loop;
    await producer.disconnect();
    await admin.disconnect();

    await waitFor('broker 0 to delete its replica', 60_000, () => !fs.existsSync(partitionDir(0, 'moving-0')));
    expect(fs.existsSync(partitionDir(2, 'moving-0'))).toBe(true);
    const read = (await readAll(kafka, 'moving', acked.length, 60_000)).get(0) ?? [];
    const have = new Set(read);
    expect(acked.filter((v) => !have.has(v))).toEqual([]);
    for (const b of [1, 2]) {
      const md = await metadataFrom(c.brokers[b].bootstrap, 'moving');
      expect(md.partitions[0].replicas).toEqual([1, 2]);
    }
  }, 400_000);

  it('refuses invalid targets with Kafka errors and lists nothing for partitions not moving', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'fixed', numPartitions: 1, replicationFactor: 2 }] });
    // kafkajs gathers the per-partition errors (each with its Kafka error name) in an aggregate error.
    const attempt = async (replicas: number[], topic = 'fixed', partition = 0): Promise<string> =>
      admin
        .alterPartitionReassignments({ topics: [{ topic, partitionAssignment: [{ partition, replicas }] }] })
        .then(() => 'ok')
        .catch((e: Error & { errors?: { type?: string; originalError?: { type?: string } }[] }) =>
          (e.errors ?? []).map((x) => x.type ?? x.originalError?.type).join(','),
        );
    expect(await attempt([0, 7])).toBe('INVALID_REPLICA_ASSIGNMENT');
    expect(await attempt([1, 1])).toBe('INVALID_REPLICA_ASSIGNMENT');
    expect(await attempt([], 'fixed', 0)).toBe('INVALID_REPLICA_ASSIGNMENT');
    expect(await attempt([0, 1], 'fixed', 5)).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    expect((await admin.listPartitionReassignments({ topics: [{ topic: 'fixed', partitions: [0] }] })).topics).toEqual([]);
    await admin.disconnect();
  }, 120_000);

  it('carries out /admin/reassign_partitions as older tools write it, and removes the znode when done', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic: 'old-tool',
          replicaAssignment: [
            { partition: 0, replicas: [2] },
            { partition: 1, replicas: [0] },
          ],
        },
      ],
    });
    const producer = c.kafka().producer();
    await producer.connect();
    await producer.send({
      topic: 'old-tool',
      acks: -1,
      messages: Array.from({ length: 20 }, (_, i) => ({ value: `z-${i}`, partition: i % 2 })),
    });
    await producer.disconnect();
    const zk = await ZkClient.connect({ connect: c.zk.connect, sessionTimeoutMs: 10_000, connectionTimeoutMs: 10_000 });
    try {
      await zk.create(
        ZkPaths.reassignPartitions,
        Buffer.from(
          '{"version":1,"partitions":[{"topic":"old-tool","partition":0,"replicas":[0,1],"log_dirs":["any","any"]},{"topic":"old-tool","partition":1,"replicas":[0,2],"log_dirs":["any","any"]}]}',
        ),
      );
      await waitFor('the znode to be removed', 120_000, async () => (await zk.exists(ZkPaths.reassignPartitions)) === null);
    } finally {
      zk.close();
    }
    const md = await metadataFrom(c.brokers[0].bootstrap, 'old-tool');
    expect(md.partitions.map((p) => p.replicas)).toEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(md.partitions[0].leader).toBe(0);
    await waitFor('broker 2 to delete old-tool-0', 60_000, () => !fs.existsSync(partitionDir(2, 'old-tool-0')));
    const read = await readAll(c.kafka(), 'old-tool', 20);
    expect([...(read.get(0) ?? []), ...(read.get(1) ?? [])].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `z-${i}`).sort());
    await admin.disconnect();
  }, 300_000);
});
