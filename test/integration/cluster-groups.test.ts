/**
 * Consumer groups and restarts in a three-broker cluster:
 *
 * - __consumer_offsets is created through the ZooKeeper controller with
 *   offsets.topic.replication.factor=3, so when the group coordinator's broker
 *   is killed (kill -9) another replica leads the group's partition and the
 *   group keeps consuming;
 * - a whole-cluster restart (SIGTERM of every broker, then start) keeps the
 *   topics, their data and the group's committed offsets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offsetsPartitionFor } from '../../broker/group/coordinator-key.js';
import { TestCluster, metadataFrom, readAll, waitFor } from './cluster-helpers.js';

describe('cluster: consumer group coordinator failover and whole-cluster restart', () => {
  let c: TestCluster;

  beforeAll(async () => {
    c = await TestCluster.start(3);
  }, 150_000);

  afterAll(async () => {
    await c?.destroy();
  });

  it('a group keeps consuming after its coordinator dies; topics, data and committed offsets survive a full restart', async () => {
    const kafka = c.kafka();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'work', numPartitions: 3, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }],
    });
    const producer = kafka.producer();
    await producer.connect();
    const produce = async (from: number, to: number): Promise<void> => {
      for (let i = from; i < to; i += 50) {
        await producer.send({
          topic: 'work',
          acks: -1,
          messages: Array.from({ length: 50 }, (_, j) => ({ partition: (i + j) % 3, value: `m-${i + j}` })),
        });
      }
    };
    await produce(0, 300);

    const seen = new Set<string>();
    const consumer = kafka.consumer({ groupId: 'g1', maxWaitTimeInMs: 100, sessionTimeout: 10_000, heartbeatInterval: 500 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'work', fromBeginning: true });
    await consumer.run({
      autoCommitInterval: 200,
      eachMessage: async ({ message }) => {
        seen.add(message.value!.toString());
      },
    });
    await waitFor('the first 300 records consumed', 30_000, () => seen.size >= 300);

    const offsets = await metadataFrom(c.bootstrap()[0], '__consumer_offsets');
    expect(offsets.partitions).toHaveLength(3);
    for (const p of offsets.partitions) expect(p.replicas).toHaveLength(3);
    const coordinator = offsets.partitions.find((p) => p.partitionId === offsetsPartitionFor('g1', 3))!.leader;
    expect(coordinator).toBeGreaterThanOrEqual(0);
    await c.brokers[coordinator].kill('SIGKILL');
    const survivor = c.brokers.find((b) => b.child !== null)!.bootstrap;
    await waitFor('the group partition to get a new leader', 30_000, async () => {
      const p = (await metadataFrom(survivor, '__consumer_offsets')).partitions.find(
        (x) => x.partitionId === offsetsPartitionFor('g1', 3),
      )!;
      return p.leader >= 0 && p.leader !== coordinator;
    });
    await produce(300, 600);
    await waitFor('all 600 records consumed after the coordinator failover', 60_000, () => seen.size >= 600);
    await consumer.stop();
    await consumer.disconnect();
    await producer.disconnect();
    const committed = await admin.fetchOffsets({ groupId: 'g1', topics: ['work'] });
    const total = committed[0].partitions.reduce((n, p) => n + Number(p.offset), 0);
    expect(total).toBe(600);
    await admin.disconnect();

    // Whole-cluster restart.
    await c.brokers[coordinator].start();
    await c.ready();
    for (const b of c.brokers) expect(await b.stop()).toBe(0);
    for (const b of c.brokers) await b.start();
    await c.ready();
    const after = c.kafka();
    const admin2 = after.admin();
    await admin2.connect();
    expect(await admin2.listTopics()).toEqual(expect.arrayContaining(['work', '__consumer_offsets']));
    await waitFor('every partition of work led again', 30_000, async () =>
      (await metadataFrom(c.brokers[0].bootstrap, 'work')).partitions.every((p) => p.leader >= 0),
    );
    const again = await waitFor('committed offsets after the restart', 30_000, async () => {
      const o = await admin2.fetchOffsets({ groupId: 'g1', topics: ['work'] });
      return o[0].partitions.reduce((n, p) => n + Number(p.offset), 0) === 600 ? o : undefined;
    });
    expect(again[0].partitions.map((p) => [p.partition, p.offset]).sort()).toEqual(
      committed[0].partitions.map((p) => [p.partition, p.offset]).sort(),
    );
    await admin2.disconnect();
    const stored = await readAll(after, 'work', 600);
    const values = new Set([...stored.values()].flat());
    expect(values.size).toBe(600);
  }, 120_000);
});
