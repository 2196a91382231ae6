/**
 * kafka-configs for client quotas against real processes: a broker alone
 * (--bootstrap-server: AlterClientQuotas / DescribeClientQuotas, Kafka's
 * lines, users, clients, their defaults and a user's client, delete, bad
 * values), and a 3-broker ZooKeeper cluster where a quota written with
 * --zookeeper (Kafka's znodes and a /config/changes notification) is
 * applied by every running broker: each one throttles the client's
 * requests, and --bootstrap-server describes it from any of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { runCli } from './cli-helpers.js';
import { TestCluster } from './cluster-helpers.js';
import { waitFor } from './groups-helpers.js';
import { KafkaClient } from '../../client/index.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { encodeMetadataRequest } from '../../protocol/generated/metadata-request.js';
import { decodeMetadataResponse } from '../../protocol/generated/metadata-response.js';
import { ZkClient } from '../../broker/cluster/zk/zk-client.js';

const configs = (args: string[]) => runCli('kafka-configs', args, { timeoutMs: 60_000 });

describe('kafka-configs quotas --bootstrap-server', () => {
  let broker: BrokerProcess;

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
  }, 180_000);

  afterAll(async () => {
    await broker?.destroy();
  });

  it('alters and describes users, clients, defaults and a user’s client as Kafka prints them', async () => {
    const b = ['--bootstrap-server', broker.bootstrap];
    let r = await configs([
      ...b,
      '--alter',
      '--add-config',
      'producer_byte_rate=1024,consumer_byte_rate=2048,request_percentage=200',
      '--entity-type',
      'users',
      '--entity-name',
      'alice',
    ]);
    expect([r.stdout, r.stderr, r.code]).toEqual(['Completed updating config for user alice.\n', '', 0]);
    r = await configs([...b, '--describe', '--entity-type', 'users', '--entity-name', 'alice']);
    expect(r.stdout.split('\n')[0]).toBe(
      "Quota configs for user-principal 'alice' are request_percentage=200.0, producer_byte_rate=1024.0, consumer_byte_rate=2048.0",
    );

    r = await configs([...b, '--alter', '--add-config', 'consumer_byte_rate=5000', '--entity-type', 'clients', '--entity-default']);
    expect(r.stdout).toBe('Completed updating default config for clients in the cluster.\n');
    r = await configs([...b, '--alter', '--add-config', 'producer_byte_rate=77', '--user-defaults']);
    expect(r.stdout).toBe('Completed updating default config for users in the cluster.\n');
    r = await configs([
      ...b,
      '--alter',
      '--add-config',
      'request_percentage=12.5',
      '--entity-type',
      'users',
      '--entity-name',
      'alice',
      '--entity-type',
      'clients',
      '--entity-name',
      'app',
    ]);
    expect(r.stdout).toBe('Completed updating config for user alice.\n');

    r = await configs([...b, '--describe', '--entity-type', 'clients']);
    expect(r.stdout).toBe('Quota configs for the default client-id are consumer_byte_rate=5000.0\n');
    r = await configs([...b, '--describe', '--entity-type', 'users', '--entity-default']);
    expect(r.stdout).toBe('Quota configs for the default user-principal are producer_byte_rate=77.0\n');
    r = await configs([...b, '--describe', '--user', 'alice', '--client', 'app']);
    expect(r.stdout).toBe("Quota configs for user-principal 'alice', client-id 'app' are request_percentage=12.5\n");
    r = await configs([...b, '--describe', '--entity-type', 'users']);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('Quota'))).toEqual([
      'Quota configs for the default user-principal are producer_byte_rate=77.0',
      "Quota configs for user-principal 'alice' are request_percentage=200.0, producer_byte_rate=1024.0, consumer_byte_rate=2048.0",
    ]);

    r = await configs([
      ...b,
      '--alter',
      '--delete-config',
      'request_percentage,consumer_byte_rate',
      '--entity-type',
      'users',
      '--entity-name',
      'alice',
    ]);
    expect(r.code).toBe(0);
    r = await configs([...b, '--describe', '--entity-type', 'users', '--entity-name', 'alice']);
    expect(r.stdout.split('\n')[0]).toBe("Quota configs for user-principal 'alice' are producer_byte_rate=1024.0");
  }, 120_000);

  it('reports bad values and keys naming them', async () => {
    const b = ['--bootstrap-server', broker.bootstrap];
    let r = await configs([...b, '--alter', '--add-config', 'producer_byte_rate=abc', '--entity-type', 'clients', '--entity-name', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Cannot parse quota configuration value for producer_byte_rate: abc');
    r = await configs([...b, '--alter', '--add-config', 'producer_byte_rate=1.5', '--entity-type', 'clients', '--entity-name', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'org.apache.kafka.common.errors.InvalidRequestException: Configuration producer_byte_rate must be a LONG value',
    );
    r = await configs([...b, '--alter', '--add-config', 'retention.ms=5', '--entity-type', 'clients', '--entity-name', 'x']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "Only quota configs can be added for 'clients' using --bootstrap-server. Unexpected config names: retention.ms",
    );
    r = await configs([
      ...b,
      '--alter',
      '--add-config',
      'producer_byte_rate=5',
      '--entity-type',
      'users',
      '--entity-type',
      'clients',
      '--entity-name',
      'u',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--entity-name or --entity-default must be specified with each --entity-type for --alter');
  }, 60_000);
});

describe('kafka-configs quotas --zookeeper on a 3-broker cluster', () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await TestCluster.start(3);
  }, 300_000);

  afterAll(async () => {
    await cluster?.destroy();
  });

  it('writes Kafka’s znodes; every running broker applies the quota and describes it', async () => {
    const zkArgs = ['--zookeeper', cluster.zk.connect];
    let r = await configs([
      ...zkArgs,
      '--alter',
      '--add-config',
      'request_percentage=0.01',
      '--entity-type',
      'clients',
      '--entity-name',
      'zk-busy',
    ]);
    expect(r.stdout).toBe("Completed updating config for entity: client-id 'zk-busy'.\n");
    expect(r.code).toBe(0);
    r = await configs([...zkArgs, '--describe', '--entity-type', 'clients', '--entity-name', 'zk-busy']);
    expect(r.stdout).toBe("Configs for client-id 'zk-busy' are request_percentage=0.01\n");
    const zk = await ZkClient.connect({ connect: cluster.zk.connect, sessionTimeoutMs: 10_000, connectionTimeoutMs: 10_000 });
    try {
      expect(JSON.parse((await zk.getData('/config/clients/zk-busy'))!.data!.toString())).toEqual({
        version: 1,
        config: { request_percentage: '0.01' },
      });
    } finally {
      zk.close();
    }

    for (const b of cluster.brokers) {
      const c = new KafkaClient({ brokers: b.bootstrap, clientId: 'zk-busy' });
      await c.connect();
      try {
        const [host, port] = b.bootstrap.split(':');
        const conn = await c.connection(host, Number(port));
        const metadata = () =>
          conn.send(
            ApiKey.Metadata,
            (w, v) => encodeMetadataRequest(w, v, { topics: null, allowAutoTopicCreation: false }),
            decodeMetadataResponse,
          );
        // The notification reaches every broker; once it has, its requests get throttled.
        await waitFor(async () => (await metadata()).throttleTimeMs > 0, 60_000, `a throttled Metadata answer from ${b.bootstrap}`);
      } finally {
        c.close();
      }
      r = await configs(['--bootstrap-server', b.bootstrap, '--describe', '--entity-type', 'clients', '--entity-name', 'zk-busy']);
      expect(r.stdout).toBe("Quota configs for client-id 'zk-busy' are request_percentage=0.01\n");
    }
  }, 240_000);
});
