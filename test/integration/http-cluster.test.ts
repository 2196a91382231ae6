/**
 * The HTTP API and metrics of a two-broker cluster (real ZooKeeper, broker
 * processes each with its own HTTP listener): one controller flag across the
 * cluster, and when the follower of a replicated partition is killed, the
 * leader reports the ISR shrink and an under-replicated partition; when it
 * comes back and catches up, the ISR expand and no under-replicated
 * partition.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess, freePort, waitForPort } from './harness.js';
import { ZooKeeperProcess } from './zookeeper.js';
import { FAST_CLUSTER_CONFIG, waitFor } from './cluster-helpers.js';

const TOPIC = 'replicated';

describe('HTTP API of a two-broker cluster', () => {
  let zk: ZooKeeperProcess;
  const brokers: BrokerProcess[] = [];
  const http: string[] = [];

  async function metrics(i: number): Promise<string> {
    return (await fetch(`${http[i]}/metrics`)).text();
  }
  function value(text: string, name: string): number {
    const m = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
    return m ? Number(m[1]) : Number.NaN;
  }
  async function json(i: number, path: string): Promise<any> {
    return (await fetch(`${http[i]}${path}`)).json();
  }

  beforeAll(async () => {
    // Assigned before it starts, so that afterAll stops it even when this hook times out.
    zk = new ZooKeeperProcess();
    await zk.start();
    for (let id = 0; id < 2; id++) {
      const port = await freePort();
      http.push(`http://127.0.0.1:${port}`);
      brokers.push(
        new BrokerProcess({
          config: {
            'broker.id': String(id),
            'zookeeper.connect': zk.connect,
            ...FAST_CLUSTER_CONFIG,
            'offsets.topic.replication.factor': '2',
            'http.listener': `http://127.0.0.1:${port}`,
          },
        }),
      );
    }
    // Spawned, then waited for with a deadline a loaded 2-core machine can meet (start() allows 15 s).
    await Promise.all(brokers.map((b) => b.spawn()));
    await Promise.all(
      brokers.map((b) =>
        waitForPort(b.port, 120_000).catch((err: Error) => {
          throw new Error(`${err.message}; the broker wrote:\n${b.output}`);
        }),
      ),
    );
    await waitFor('both brokers in every broker’s view', 30_000, async () => {
      const views = await Promise.all([0, 1].map((i) => json(i, '/api/cluster').catch(() => null)));
      return views.every((v) => v && v.brokers.length === 2 && v.controllerId >= 0);
    });
    const kafka = new Kafka({
      clientId: 'http-cluster',
      brokers: brokers.map((b) => b.bootstrap),
      logLevel: logLevel.NOTHING,
      retry: { retries: 20 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 1, replicationFactor: 2 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: TOPIC, acks: -1, messages: Array.from({ length: 10 }, (_, i) => ({ value: `m${i}` })) });
    await producer.disconnect();
    // ZooKeeper's JVM alone can take minutes to start on a loaded 2-core machine.
  }, 240_000);

  afterAll(async () => {
    await Promise.all(brokers.map((b) => b.destroy()));
    await zk?.destroy();
  });

  it('has exactly one active controller across the brokers', async () => {
    const flags = await Promise.all([0, 1].map(async (i) => value(await metrics(i), 'tributary_controller_active')));
    expect(flags.sort()).toEqual([0, 1]);
    const views = await Promise.all([0, 1].map((i) => json(i, '/api/cluster')));
    expect(views[0].controllerId).toBe(views[1].controllerId);
    expect(views.filter((v) => v.isController)).toHaveLength(1);
  });

  it('reports an ISR shrink and an under-replicated partition when the follower dies, and the expand when it returns', async () => {
    const topic = await waitFor('both replicas in the ISR', 30_000, async () => {
      const t = await json(0, `/api/topics/${TOPIC}`);
      return t.partitionDetails?.[0]?.isr.length === 2 ? t : undefined;
    });
    const leader: number = topic.partitionDetails[0].leader;
    const follower = 1 - leader;
    expect(value(await metrics(leader), 'tributary_under_replicated_partitions')).toBe(0);
    // The follower's log has the records too; it learns the high watermark from its next fetch response,
    // so wait for that rather than reading it once.
    const onFollower = await waitFor("the follower's high watermark to reach 10", 30_000, async () => {
      const t = await json(follower, `/api/topics/${TOPIC}`);
      return t.partitionDetails?.[0]?.highWatermark === 10 ? t : undefined;
    });
    expect(onFollower.partitionDetails[0]).toMatchObject({ local: true, replicaLogEndOffset: 10, highWatermark: 10 });

    await brokers[follower].kill('SIGKILL');
    await waitFor('the leader to report the ISR shrink', 60_000, async () => {
      const m = await metrics(leader);
      return value(m, 'tributary_under_replicated_partitions') === 1 && value(m, 'tributary_isr_shrinks_total') >= 1;
    });
    const shrunk = await json(leader, `/api/topics/${TOPIC}`);
    expect(shrunk.partitionDetails[0]).toMatchObject({ leader, isr: [leader], underReplicated: true });
    expect(shrunk.underReplicatedPartitions).toBe(1);
    expect((await json(leader, '/api/cluster')).underReplicatedPartitions).toBe(1);

    await brokers[follower].start();
    await waitFor('the leader to report the ISR expand', 60_000, async () => {
      const m = await metrics(leader);
      return value(m, 'tributary_under_replicated_partitions') === 0 && value(m, 'tributary_isr_expands_total') >= 1;
    });
    const healed = await json(leader, `/api/topics/${TOPIC}`);
    expect(healed.partitionDetails[0].isr).toHaveLength(2);
    expect(value(await metrics(leader), 'tributary_offline_partitions')).toBe(0);
  });
});
