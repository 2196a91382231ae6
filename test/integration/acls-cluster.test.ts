/**
 * ACLs in a ZooKeeper cluster of two broker processes: kafka-acls
 * --authorizer-properties zookeeper.connect writes Kafka's znodes before any
 * broker runs (the brokers' own CLUSTER_ACTION among them, without which
 * followers could not fetch); the brokers enforce them (acks=all produce
 * replicates, other topics are denied, Metadata hides them); an ACL added
 * later reaches every running broker through /kafka-acl-changes; kcat and
 * confluent-kafka see the same.
 */
import path from 'node:path';
import { execFile, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess, ROOT } from './harness.js';
import { ZooKeeperProcess } from './zookeeper.js';
import { runCli } from './cli-helpers.js';
import { FAST_CLUSTER_CONFIG } from './cluster-helpers.js';
import { waitFor } from './groups-helpers.js';
import { ZkClient } from '../../broker/cluster/zk/zk-client.js';

const acls = (args: string[]) => runCli('kafka-acls', args, { timeoutMs: 60_000 });

function python(args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(
      '/usr/bin/python3',
      [path.join(ROOT, 'test/integration/compat/confluent_kafka_acls.py'), ...args],
      { timeout: 60_000 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${err.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as Record<string, unknown>);
      },
    );
  });
}

function errorType(err: unknown): string {
  const e = err as { type?: string; cause?: { type?: string }; originalError?: { type?: string }; message?: string };
  return e.type ?? e.cause?.type ?? e.originalError?.type ?? String(e.message);
}

describe('ACLs in a ZooKeeper cluster', () => {
  let zk: ZooKeeperProcess;
  let brokers: BrokerProcess[] = [];
  let kafka: Kafka;
  let zkArgs: string[];

  beforeAll(async () => {
    zk = await new ZooKeeperProcess().start();
    zkArgs = ['--authorizer-properties', `zookeeper.connect=${zk.connect}`];
    // The brokers' principal (User:ANONYMOUS on PLAINTEXT) needs CLUSTER_ACTION before they start.
    const r = await acls([
      ...zkArgs,
      '--add',
      '--allow-principal',
      'User:ANONYMOUS',
      '--operation',
      'ClusterAction',
      '--operation',
      'Create',
      '--operation',
      'Describe',
      '--cluster',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    for (const args of [
      ['--producer', '--topic', 'ledger'],
      ['--consumer', '--topic', 'ledger', '--group', 'ledger-readers'],
    ]) {
      const x = await acls([...zkArgs, '--add', '--allow-principal', 'User:ANONYMOUS', ...args]);
      expect(x.code, x.stdout + x.stderr).toBe(0);
    }
    brokers = [0, 1].map(
      (id) =>
        new BrokerProcess({
          config: {
            'broker.id': String(id),
            'zookeeper.connect': zk.connect,
            ...FAST_CLUSTER_CONFIG,
            'offsets.topic.replication.factor': '2',
            'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer',
          },
        }),
    );
    await Promise.all(brokers.map((b) => b.start()));
    kafka = new Kafka({
      clientId: 'acl-cluster',
      brokers: brokers.map((b) => b.bootstrap),
      logLevel: logLevel.NOTHING,
      retry: { retries: 5, initialRetryTime: 200 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await waitFor(async () => (await admin.describeCluster()).brokers.length === 2, 60_000, 'two brokers');
    // Without DESCRIBE on 'hidden', waiting for its leaders through Metadata would be refused.
    await admin.createTopics({
      topics: ['ledger', 'hidden'].map((topic) => ({ topic, numPartitions: 1, replicationFactor: 2 })),
      waitForLeaders: false,
    });
    await waitFor(
      async () => {
        const md = await admin.fetchTopicMetadata({ topics: ['ledger'] }).catch(() => null);
        return md !== null && md.topics[0].partitions.every((p) => p.leader >= 0);
      },
      60_000,
      'a leader of ledger',
    );
    await admin.disconnect();
  }, 240_000);

  afterAll(async () => {
    await Promise.all(brokers.map((b) => b.destroy()));
    await zk?.destroy();
  });

  it("stores the ACLs in Kafka's znodes", async () => {
    const client = await ZkClient.connect({ connect: zk.connect, sessionTimeoutMs: 10_000, connectionTimeoutMs: 10_000 });
    try {
      const data = await client.getData('/kafka-acl/Topic/ledger');
      const json = JSON.parse(data!.data!.toString()) as {
        version: number;
        acls: { principal: string; operation: string; host: string; permissionType: string }[];
      };
      expect(json.version).toBe(1);
      expect(json.acls.map((a) => `${a.principal} ${a.permissionType} ${a.operation} ${a.host}`).sort()).toEqual(
        ['Create', 'Describe', 'Read', 'Write'].map((op) => `User:ANONYMOUS Allow ${op} *`),
      );
      expect(await client.exists('/kafka-acl/Cluster/kafka-cluster')).not.toBeNull();
      expect((await client.getChildren('/kafka-acl-changes'))?.length ?? 0).toBeGreaterThan(0);
    } finally {
      client.close();
    }
  });

  it('replicates an allowed topic (followers have CLUSTER_ACTION), denies the others on every broker', async () => {
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'ledger', acks: -1, messages: [{ value: 'l-1' }] });
    const err = await producer.send({ topic: 'hidden', acks: -1, messages: [{ value: 'h' }] }).then(
      () => null,
      (e: unknown) => e,
    );
    await producer.disconnect();
    expect(errorType(err)).toBe('TOPIC_AUTHORIZATION_FAILED');
    for (const b of brokers) {
      const meta = spawnSync('kcat', ['-b', b.bootstrap, '-L', '-J'], { encoding: 'utf8', timeout: 60_000 });
      const topics = (JSON.parse(meta.stdout) as { topics: { topic: string; partitions: { isrs: number[] }[] }[] }).topics;
      expect(topics.map((t) => t.topic).filter((t) => !t.startsWith('__'))).toEqual(['ledger']);
      // Both replicas in the ISR: the follower's fetches were authorized.
      await waitFor(
        () => {
          const m = spawnSync('kcat', ['-b', b.bootstrap, '-L', '-J', '-t', 'ledger'], { encoding: 'utf8', timeout: 60_000 });
          return (JSON.parse(m.stdout) as { topics: { partitions: { isrs: number[] }[] }[] }).topics[0].partitions[0].isrs.length === 2;
        },
        60_000,
        'ISR of 2',
      );
    }
    expect(await python([brokers[1].bootstrap, 'consume', 'ledger', 'ledger-readers'])).toEqual({ error: null, values: ['l-1'] });
    expect(await python([brokers[0].bootstrap, 'consume', 'ledger', 'someone-else'])).toEqual({
      error: 'GROUP_AUTHORIZATION_FAILED',
      values: [],
    });
  }, 180_000);

  it('an ACL written in ZooKeeper later reaches every running broker', async () => {
    const r = await acls([
      ...zkArgs,
      '--add',
      '--allow-principal',
      'User:ANONYMOUS',
      '--operation',
      'Write',
      '--operation',
      'Describe',
      '--topic',
      'hid',
      '--resource-pattern-type',
      'prefixed',
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    for (const b of brokers) {
      await waitFor(
        async () => (await python([b.bootstrap, 'produce', 'hidden', `via-${b.port}`])).error === null,
        60_000,
        `broker ${b.bootstrap} to allow writes to hidden`,
      );
    }
    const listed = await acls([
      '--bootstrap-server',
      brokers[1].bootstrap,
      '--list',
      '--topic',
      'hid',
      '--resource-pattern-type',
      'prefixed',
    ]);
    expect(listed.stdout).toBe(
      'Current ACLs for resource `ResourcePattern(resourceType=TOPIC, name=hid, patternType=PREFIXED)`: \n' +
        ' \t(principal=User:ANONYMOUS, host=*, operation=WRITE, permissionType=ALLOW)\n' +
        '\t(principal=User:ANONYMOUS, host=*, operation=DESCRIBE, permissionType=ALLOW) \n\n',
    );
  }, 180_000);
});
