/**
 * Topic deletion that completes the way Kafka's does, in a three-broker
 * cluster: a broker that was down when a topic was deleted deletes its
 * replica's log when it returns; a log of a topic that was deleted and
 * re-created under the same name while the broker was away is recognised by
 * its partition.metadata (another topic id) and replaced, so the new topic
 * never serves the old records; a broker taken out of the new topic's
 * replicas drops its old log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecordBatches } from '../../protocol/record-codec.js';
import { parsePartitionMetadata } from '../../broker/log/partition-metadata.js';
import { TestCluster, metadataFrom, waitFor } from './cluster-helpers.js';

/** The values of every record in a partition directory's segments (the files a broker wrote). */
function valuesOnDisk(dir: string): string[] {
  const out: string[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.log'))
    .sort()) {
    for (const b of decodeRecordBatches(fs.readFileSync(path.join(dir, f)))) for (const r of b.records) out.push(r.value!.toString());
  }
  return out;
}

/** The topic id (canonical UUID) in a partition directory's partition.metadata, or null. */
function topicIdOnDisk(dir: string): string | null {
  const f = path.join(dir, 'partition.metadata');
  return fs.existsSync(f) ? parsePartitionMetadata(fs.readFileSync(f, 'utf8')) : null;
}

describe('cluster: topic deletion and re-creation with a broker away', () => {
  let c: TestCluster;
  const partitionDir = (broker: number, tp: string): string => path.join(c.brokers[broker].dataDir, 'logs', tp);

  beforeAll(async () => {
    // A long session: a killed broker stays registered (and so assignable) long enough to re-create a topic on it.
    c = await TestCluster.start(3, { 'zookeeper.session.timeout.ms': '20000' });
  }, 600_000);

  afterAll(async () => {
    await c?.destroy();
  });

  async function produce(topic: string, values: string[]): Promise<void> {
    const producer = c.kafka().producer();
    await producer.connect();
    await producer.send({ topic, acks: 1, messages: values.map((value) => ({ value })) });
    await producer.disconnect();
  }

  it('a broker that was down deletes its replicas of a deleted topic when it returns', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'gone', numPartitions: 2, replicationFactor: 3 }] });
    await produce('gone', ['a', 'b', 'c']);
    await waitFor('gone-0 on broker 2', 30_000, () => fs.existsSync(partitionDir(2, 'gone-0')));
    await c.brokers[2].stop();
    await admin.deleteTopics({ topics: ['gone'] });
    await waitFor(
      'gone deleted on brokers 0 and 1',
      30_000,
      () => !fs.existsSync(partitionDir(0, 'gone-0')) && !fs.existsSync(partitionDir(1, 'gone-1')),
    );
    await admin.disconnect();
    expect(fs.existsSync(partitionDir(2, 'gone-0'))).toBe(true);

    await c.brokers[2].start();
    await c.ready();
    await waitFor('broker 2 to delete its logs of gone', 60_000, () =>
      ['gone-0', 'gone-1'].every((d) => !fs.existsSync(partitionDir(2, d))),
    );
    expect(c.brokers[2].output).toMatch(/deleting stray log gone-0 \(topic no longer exists\)/);
  }, 300_000);

  it('a topic deleted and re-created while a broker was down never serves the old records from that broker', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'reborn', replicaAssignment: [{ partition: 0, replicas: [0, 1, 2] }] }],
    });
    const old = Array.from({ length: 30 }, (_, i) => `old-${i}`);
    await produce('reborn', old);
    const oldId = await waitFor('the old records on broker 2', 30_000, () =>
      fs.existsSync(partitionDir(2, 'reborn-0')) && valuesOnDisk(partitionDir(2, 'reborn-0')).length === old.length
        ? topicIdOnDisk(partitionDir(2, 'reborn-0'))
        : false,
    );
    expect(oldId).toMatch(/^[0-9a-f-]{36}$/);

    // Killed: its registration lives on for the session timeout, so the new topic may be placed on it.
    await c.brokers[2].kill();
    await admin.deleteTopics({ topics: ['reborn'] });
    await waitFor('reborn deleted on broker 0', 30_000, async () => !(await admin.listTopics()).includes('reborn'));
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'reborn', replicaAssignment: [{ partition: 0, replicas: [0, 1, 2] }] }],
    });
    const fresh = Array.from({ length: 5 }, (_, i) => `new-${i}`);
    await produce('reborn', fresh);
    await admin.disconnect();

    await c.brokers[2].start();
    await c.ready();
    const dir = partitionDir(2, 'reborn-0');
    await waitFor('broker 2 back in the ISR of the new reborn-0', 90_000, async () => {
      const md = await metadataFrom(c.brokers[0].bootstrap, 'reborn');
      return md.partitions[0].isr.includes(2);
    });
    const newId = topicIdOnDisk(dir);
    expect(newId).not.toBeNull();
    expect(newId).not.toBe(oldId);
    expect(valuesOnDisk(dir)).toEqual(fresh);
    expect(c.brokers[2].output).toMatch(/reborn-0: deleting the log of a deleted topic of the same name/);
  }, 400_000);

  it('a broker taken out of a re-created topic drops its old log when it returns', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'moved', replicaAssignment: [{ partition: 0, replicas: [2, 0] }] }],
    });
    await produce('moved', ['x', 'y']);
    await waitFor('moved-0 on broker 2', 30_000, () => fs.existsSync(partitionDir(2, 'moved-0')));
    await c.brokers[2].stop();
    await admin.deleteTopics({ topics: ['moved'] });
    await waitFor('moved deleted', 30_000, async () => !(await admin.listTopics()).includes('moved'));
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'moved', replicaAssignment: [{ partition: 0, replicas: [0, 1] }] }],
    });
    await admin.disconnect();
    await c.brokers[2].start();
    await c.ready();
    await waitFor('broker 2 to drop moved-0', 60_000, () => !fs.existsSync(partitionDir(2, 'moved-0')));
    expect(c.brokers[2].output).toMatch(/deleting stray log moved-0 \(/);
  }, 300_000);
});
