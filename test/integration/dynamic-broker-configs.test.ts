/**
 * Dynamic broker configs against real broker processes: kafka-configs
 * --entity-type brokers at the cluster default and per broker (Kafka's
 * lines, the four sources and synonyms), applied without restart (a lower
 * message.max.bytes refuses the next large batch of every topic without an
 * override), kept across a restart, read-only keys refused; kafkajs and
 * confluent-kafka's AlterConfigs/DescribeConfigs on the broker resource; in
 * a ZooKeeper cluster, a default set through one broker reaching the other
 * (/config/brokers/<default> with a change notification); and DeleteRecords
 * answered NOT_LEADER_OR_FOLLOWER by a follower and by a broker without the
 * partition.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigResourceTypes, Kafka, logLevel } from 'kafkajs';
import { BrokerProcess, ROOT } from './harness.js';
import { runCli } from './cli-helpers.js';
import { RawClient } from './raw-client.js';
import { TestCluster, metadataFrom, waitFor } from './cluster-helpers.js';
import { ErrorCode } from '../../protocol/generated/errors.js';

/** Kafka's ConfigSource ids. */
const Source = { DYNAMIC_BROKER_CONFIG: 2, DYNAMIC_DEFAULT_BROKER_CONFIG: 3, STATIC_BROKER_CONFIG: 4, DEFAULT_CONFIG: 5 };

function kafkaAt(bootstrap: string): Kafka {
  return new Kafka({ clientId: 'dyn-test', brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
}

/** Sends `bytes` bytes in one record with acks=1 and no retries: null when accepted, else the error type. */
async function produceSized(bootstrap: string, topic: string, bytes: number): Promise<string | null> {
  const producer = kafkaAt(bootstrap).producer({ retry: { retries: 0 } });
  await producer.connect();
  try {
    await producer.send({ topic, acks: 1, messages: [{ value: Buffer.alloc(bytes, 1) }] });
    return null;
  } catch (err) {
    const e = err as { type?: string; originalError?: { type?: string }; cause?: { type?: string } };
    return e.type ?? e.originalError?.type ?? e.cause?.type ?? String(err);
  } finally {
    await producer.disconnect();
  }
}

function kafkaConfigs(server: string, ...args: string[]): ReturnType<typeof runCli> {
  return runCli('kafka-configs', ['--bootstrap-server', server, ...args]);
}

describe('dynamic broker configs: one broker', () => {
  let broker: BrokerProcess;
  let server: string;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'log.retention.hours': '48' } }).start();
    server = broker.bootstrap;
    const admin = kafkaAt(server).admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'dyn', numPartitions: 1 }] });
    await admin.disconnect();
  }, 180_000);

  afterAll(async () => {
    await broker?.destroy();
  });

  it('kafka-configs sets the cluster default and a per-broker value; both apply at once and survive a restart', async () => {
    expect(await produceSized(server, 'dyn', 5000)).toBeNull();
    const set = await kafkaConfigs(
      server,
      '--entity-type',
      'brokers',
      '--entity-default',
      '--alter',
      '--add-config',
      'log.cleaner.threads=2,message.max.bytes=2000',
    );
    expect(set).toMatchObject({ code: 0, stdout: 'Completed updating default config for brokers in the cluster.\n', stderr: '' });
    const defaults = await kafkaConfigs(server, '--describe', '--entity-type', 'brokers', '--entity-default');
    expect(defaults.stdout.split('\n')[0]).toBe('Default configs for brokers in the cluster are:');
    expect(defaults.stdout).toContain(
      '  log.cleaner.threads=2 sensitive=false synonyms={DYNAMIC_DEFAULT_BROKER_CONFIG:log.cleaner.threads=2, DEFAULT_CONFIG:log.cleaner.threads=1}\n',
    );
    expect(defaults.stdout).toContain(
      '  message.max.bytes=2000 sensitive=false synonyms={DYNAMIC_DEFAULT_BROKER_CONFIG:message.max.bytes=2000, DEFAULT_CONFIG:message.max.bytes=1048588}\n',
    );
    // Applied without a restart: the topic's max.message.bytes follows its broker synonym.
    expect(await produceSized(server, 'dyn', 5000)).toBe('MESSAGE_TOO_LARGE');
    const topic = await kafkaConfigs(server, '--describe', '--topic', 'dyn', '--all');
    expect(topic.stdout).toContain(
      '  max.message.bytes=2000 sensitive=false synonyms={DYNAMIC_DEFAULT_BROKER_CONFIG:message.max.bytes=2000, DEFAULT_CONFIG:message.max.bytes=1048588}\n',
    );

    const own = await kafkaConfigs(
      server,
      '--alter',
      '--entity-type',
      'brokers',
      '--entity-name',
      '0',
      '--add-config',
      'log.cleaner.threads=3',
    );
    expect(own).toMatchObject({ code: 0, stdout: 'Completed updating config for broker 0.\n' });
    const expectedOwn =
      '  log.cleaner.threads=3 sensitive=false synonyms={DYNAMIC_BROKER_CONFIG:log.cleaner.threads=3, ' +
      'DYNAMIC_DEFAULT_BROKER_CONFIG:log.cleaner.threads=2, DEFAULT_CONFIG:log.cleaner.threads=1}\n';
    const described = await kafkaConfigs(server, '--describe', '--broker', '0');
    expect(described.stdout).toBe('Dynamic configs for broker 0 are:\n' + expectedOwn);

    // Both levels are stored: a restart starts with them.
    expect(await broker.stop()).toBe(0);
    await broker.start();
    expect((await kafkaConfigs(server, '--describe', '--broker', '0')).stdout).toBe('Dynamic configs for broker 0 are:\n' + expectedOwn);
    expect(await produceSized(server, 'dyn', 5000)).toBe('MESSAGE_TOO_LARGE');

    const del = await kafkaConfigs(
      server,
      '--alter',
      '--entity-type',
      'brokers',
      '--entity-default',
      '--delete-config',
      'message.max.bytes',
    );
    expect(del.code, del.stderr).toBe(0);
    expect(await produceSized(server, 'dyn', 5000)).toBeNull();
  }, 240_000);

  it('refuses a read-only key and a thread count beyond double, changing nothing', async () => {
    const ro = await kafkaConfigs(server, '--alter', '--entity-type', 'brokers', '--entity-default', '--add-config', 'log.dirs=/elsewhere');
    expect(ro.code).toBe(1);
    expect(ro.stderr).toContain(
      'org.apache.kafka.common.errors.InvalidConfigurationException: Cannot update these configs dynamically: Set(log.dirs)',
    );
    const wide = await kafkaConfigs(
      server,
      '--alter',
      '--entity-type',
      'brokers',
      '--entity-name',
      '0',
      '--add-config',
      'log.cleaner.threads=9',
    );
    expect(wide.code).toBe(1);
    expect(wide.stderr).toContain('Log cleaner threads cannot be increased to more than double the current value 3');
    const d = await kafkaConfigs(server, '--describe', '--broker', '0');
    expect(d.stdout).toContain('  log.cleaner.threads=3 ');
  }, 120_000);

  it('kafkajs: AlterConfigs of the broker resource replaces its set; DescribeConfigs reports sources and synonyms', async () => {
    const admin = kafkaAt(server).admin();
    await admin.connect();
    try {
      await admin.alterConfigs({
        validateOnly: false,
        resources: [{ type: ConfigResourceTypes.BROKER, name: '0', configEntries: [{ name: 'log.retention.ms', value: '7200000' }] }],
      });
      const d = await admin.describeConfigs({
        includeSynonyms: true,
        resources: [{ type: ConfigResourceTypes.BROKER, name: '0', configNames: ['log.retention.ms', 'log.cleaner.threads', 'broker.id'] }],
      });
      const byName = new Map(d.resources[0].configEntries.map((e) => [e.configName, e]));
      expect(byName.get('log.retention.ms')).toMatchObject({ configValue: '7200000', readOnly: false });
      expect((byName.get('log.retention.ms') as unknown as { configSource: number }).configSource).toBe(Source.DYNAMIC_BROKER_CONFIG);
      // AlterConfigs replaced the whole per-broker set: log.cleaner.threads is the default level's again.
      expect(byName.get('log.cleaner.threads')).toMatchObject({ configValue: '2' });
      expect(byName.get('broker.id')).toMatchObject({ configValue: '0', readOnly: true });
      const t = await admin.describeConfigs({
        includeSynonyms: true,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: 'dyn', configNames: ['retention.ms'] }],
      });
      const r = t.resources[0].configEntries[0];
      expect(r.configValue).toBe('7200000');
      expect(r.configSynonyms.map((s) => [s.configName, s.configValue, s.configSource])).toEqual([
        ['log.retention.ms', '7200000', Source.DYNAMIC_BROKER_CONFIG],
        ['log.retention.hours', '48', Source.STATIC_BROKER_CONFIG],
        ['log.retention.hours', '168', Source.DEFAULT_CONFIG],
      ]);
    } finally {
      await admin.disconnect();
    }
  }, 120_000);

  it("confluent-kafka: alter_configs and describe_configs of the broker resource (Debian's python3-confluent-kafka)", async () => {
    const out = await new Promise<Record<string, any>>((resolve, reject) => {
      const script = path.join(ROOT, 'test/integration/compat/confluent_kafka_broker_configs.py');
      execFile('/usr/bin/python3', [script, server, '0'], { timeout: 60_000 }, (err, stdout, stderr) => {
        if (err) return reject(new Error(`${err.message}\n${stderr}`));
        resolve(JSON.parse(stdout.trim().split('\n').pop()!));
      });
    });
    expect(out.alter).toBeNull();
    // confluent-kafka 1.7 keeps synonyms in a dict by name: one entry per synonym name survives.
    expect(out.after['log.cleaner.threads']).toMatchObject({ value: '2', source: 'DYNAMIC_BROKER_CONFIG', readOnly: false });
    expect(out.after['log.retention.ms'].synonyms).toContainEqual(['log.retention.ms', '3600000', 'DYNAMIC_BROKER_CONFIG']);
    expect(out.after['log.retention.ms']).toMatchObject({ value: '3600000', source: 'DYNAMIC_BROKER_CONFIG' });
    expect(out.after['log.dirs']).toMatchObject({ source: 'STATIC_BROKER_CONFIG', readOnly: true });
    expect(out.readOnly).toEqual(['INVALID_CONFIG', 'Cannot update these configs dynamically: Set(log.dirs)']);
    expect(out.clear).toBeNull();
    expect(out.cleared['log.retention.ms']).toMatchObject({ value: null, source: 'DEFAULT_CONFIG' });
    expect(out.cleared['log.cleaner.threads']).toMatchObject({ value: '2', source: 'DYNAMIC_DEFAULT_BROKER_CONFIG' });
  }, 120_000);
});

describe('dynamic broker configs and DeleteRecords: a ZooKeeper cluster', () => {
  let c: TestCluster;

  beforeAll(async () => {
    c = await TestCluster.start(3);
  }, 600_000);

  afterAll(async () => {
    await c?.destroy();
  });

  it('a default set through one broker reaches the others; a per-broker value only its broker', async () => {
    const [b0, b1] = c.brokers;
    const set = await kafkaConfigs(
      b0.bootstrap,
      '--alter',
      '--entity-type',
      'brokers',
      '--entity-default',
      '--add-config',
      'log.retention.ms=5000000',
    );
    expect(set.code, set.stderr).toBe(0);
    const own = await kafkaConfigs(
      b0.bootstrap,
      '--alter',
      '--entity-type',
      'brokers',
      '--entity-name',
      '1',
      '--add-config',
      'log.retention.ms=6000000',
    );
    expect(own.code, own.stderr).toBe(0);
    for (const [i, b] of c.brokers.entries()) {
      const admin = kafkaAt(b.bootstrap).admin();
      await admin.connect();
      try {
        const expected = i === 1 ? ['6000000', Source.DYNAMIC_BROKER_CONFIG] : ['5000000', Source.DYNAMIC_DEFAULT_BROKER_CONFIG];
        await waitFor(`log.retention.ms on broker ${i}`, 60_000, async () => {
          const d = await admin.describeConfigs({
            includeSynonyms: false,
            resources: [{ type: ConfigResourceTypes.BROKER, name: String(i), configNames: ['log.retention.ms'] }],
          });
          const e = d.resources[0].configEntries[0] as unknown as { configValue: string; configSource: number };
          return e.configValue === expected[0] && e.configSource === expected[1];
        });
      } finally {
        await admin.disconnect();
      }
    }
    expect(b1.output).toContain('dynamic broker configs in force: log.retention.ms=6000000');
  }, 240_000);

  it('DeleteRecords: the leader deletes; a follower and a broker without the partition answer NOT_LEADER_OR_FOLLOWER', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'dr', replicaAssignment: [{ partition: 0, replicas: [0, 1] }] }] });
    await admin.disconnect();
    const producer = c.kafka().producer();
    await producer.connect();
    await producer.send({ topic: 'dr', acks: -1, messages: [{ value: 'a' }, { value: 'b' }, { value: 'c' }] });
    await producer.disconnect();
    const md = await metadataFrom(c.brokers[0].bootstrap, 'dr');
    const leader = md.partitions[0].leader;
    const follower = leader === 0 ? 1 : 0;
    const outsider = 2;
    const ask = async (id: number): Promise<{ errorCode: number; lowWatermark: bigint | number }> => {
      await waitFor(
        `broker ${id} to know dr`,
        30_000,
        async () => (await metadataFrom(c.brokers[id].bootstrap, 'dr')).partitions.length === 1,
      );
      const raw = await RawClient.connect(c.brokers[id].port);
      try {
        const r = await raw.send('DeleteRecords', 2, {
          topics: [{ name: 'dr', partitions: [{ partitionIndex: 0, offset: 2 }] }],
          timeoutMs: 5000,
        });
        return r.topics[0].partitions[0];
      } finally {
        raw.close();
      }
    };
    expect((await ask(follower)).errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    expect((await ask(outsider)).errorCode).toBe(ErrorCode.NOT_LEADER_OR_FOLLOWER);
    const done = await ask(leader);
    expect(done.errorCode).toBe(ErrorCode.NONE);
    expect(Number(done.lowWatermark)).toBe(2);
  }, 240_000);
});
