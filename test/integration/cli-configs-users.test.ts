/**
 * kafka-configs for users' SCRAM credentials against real processes: a
 * broker alone (AlterUserScramCredentials / DescribeUserScramCredentials
 * over --bootstrap-server, credentials kept in its local metadata store
 * across a restart) and a ZooKeeper cluster member (--zookeeper writes
 * /config/users/<name> in Kafka's form with a /config/changes notification
 * that the running broker picks up). Kafka's messages and exit codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess } from './harness.js';
import { ZooKeeperProcess } from './zookeeper.js';
import { runCli } from './cli-helpers.js';
import { waitFor } from './groups-helpers.js';
import { ZkClient } from '../../broker/cluster/zk/zk-client.js';

const configs = (args: string[]) => runCli('kafka-configs', args, { timeoutMs: 60_000 });

describe('kafka-configs --entity-type users (SCRAM)', () => {
  let broker: BrokerProcess;

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
  }, 180_000);

  afterAll(async () => {
    await broker?.destroy();
  });

  it('adds, describes and deletes SCRAM credentials through the broker', async () => {
    const b = ['--bootstrap-server', broker.bootstrap];
    let r = await configs([
      ...b,
      '--alter',
      '--add-config',
      'SCRAM-SHA-256=[iterations=8192,password=alice-secret],SCRAM-SHA-512=[password=alice-secret]',
      '--entity-type',
      'users',
      '--entity-name',
      'alice',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Completed updating config for user alice.\n');
    expect(r.code).toBe(0);
    r = await configs([...b, '--describe', '--entity-type', 'users', '--entity-name', 'alice']);
    expect(r.stdout).toBe(
      "SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-256=iterations=8192, SCRAM-SHA-512=iterations=4096\n",
    );
    r = await configs([...b, '--alter', '--add-config', 'SCRAM-SHA-256=[password=bob-pw]', '--user', 'bob']);
    expect(r.code).toBe(0);
    r = await configs([...b, '--describe', '--entity-type', 'users']);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      "SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-256=iterations=8192, SCRAM-SHA-512=iterations=4096",
      "SCRAM credential configs for user-principal 'bob' are SCRAM-SHA-256=iterations=4096",
    ]);
    r = await configs([...b, '--alter', '--delete-config', 'SCRAM-SHA-512', '--entity-type', 'users', '--entity-name', 'alice']);
    expect(r.stdout).toBe('Completed updating config for user alice.\n');
    r = await configs([...b, '--describe', '--entity-type', 'users', '--entity-name', 'alice']);
    expect(r.stdout).toBe("SCRAM credential configs for user-principal 'alice' are SCRAM-SHA-256=iterations=8192\n");
    r = await configs([...b, '--describe', '--entity-type', 'users', '--entity-name', 'nobody']);
    expect(r.stdout).toMatch(/^Error retrieving SCRAM credential configs for user-principal 'nobody': ResourceNotFoundException: /);

    // Kept in the local metadata store across a restart.
    await broker.stop();
    await broker.start();
    r = await configs([...b, '--describe', '--entity-type', 'users', '--entity-name', 'bob']);
    expect(r.stdout).toBe("SCRAM credential configs for user-principal 'bob' are SCRAM-SHA-256=iterations=4096\n");
  }, 240_000);

  it('reports bad input as Kafka does', async () => {
    const b = ['--bootstrap-server', broker.bootstrap];
    let r = await configs([
      ...b,
      '--alter',
      '--add-config',
      'SCRAM-SHA-256=[iterations=100,password=x]',
      '--entity-type',
      'users',
      '--entity-name',
      'carol',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^Error while executing config command with args '.*'\njava\.util\.concurrent\.ExecutionException: org\.apache\.kafka\.common\.errors\.UnacceptableCredentialException: Too few iterations/,
    );
    r = await configs([...b, '--alter', '--delete-config', 'SCRAM-SHA-512', '--entity-type', 'users', '--entity-name', 'carol']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ResourceNotFoundException: Attempt to delete a user credential that does not exist/);
    r = await configs([...b, '--alter', '--add-config', 'SCRAM-SHA-1=[password=x]', '--entity-type', 'users', '--entity-name', 'carol']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^Invalid config\(s\): SCRAM-SHA-1 for user carol \(valid: producer_byte_rate, consumer_byte_rate, request_percentage, SCRAM-SHA-256, SCRAM-SHA-512\)/,
    );
    r = await configs([
      ...b,
      '--alter',
      '--add-config',
      'SCRAM-SHA-256=[iterations=8192]',
      '--entity-type',
      'users',
      '--entity-name',
      'carol',
    ]);
    expect(r.stderr).toMatch(/password is required/);
    r = await configs([...b, '--alter', '--add-config', 'SCRAM-SHA-256=[password=x]', '--entity-type', 'users']);
    expect(r.stderr).toMatch(
      /^an entity-name or default entity must be specified with --alter of users, clients, brokers or broker-loggers/,
    );
    r = await configs([...b, '--describe', '--alter', '--entity-type', 'users']);
    expect(r.stderr).toMatch(/^Command must include exactly one action: --describe, --alter/);
    r = await configs([...b, '--describe', '--entity-type', 'people']);
    expect(r.stderr).toMatch(/^Invalid entity type people, the entity type must be one of .*users/);
    r = await configs(['--describe', '--entity-type', 'users']);
    expect(r.stderr).toMatch(/Missing required argument "\[bootstrap-server\]"/);
  }, 120_000);
});

describe('kafka-configs --zookeeper --entity-type users', () => {
  let zk: ZooKeeperProcess;
  let broker: BrokerProcess;

  beforeAll(async () => {
    zk = await new ZooKeeperProcess().start();
  }, 180_000);

  afterAll(async () => {
    await broker?.destroy();
    await zk?.destroy();
  });

  it('writes Kafka’s znode and notification, which a running broker picks up', async () => {
    broker = new BrokerProcess({ config: { 'zookeeper.connect': zk.connect } });
    await broker.start();
    let r = await configs([
      '--zookeeper',
      zk.connect,
      '--alter',
      '--add-config',
      'SCRAM-SHA-512=[iterations=4096,password=admin-secret]',
      '--entity-type',
      'users',
      '--entity-name',
      'admin',
    ]);
    expect(r.stdout).toBe('Completed updating config for user admin.\n');
    expect(r.stderr).toBe('Warning: --zookeeper is deprecated and will be removed in a future version of Kafka.\n');
    const client = await ZkClient.connect({ connect: zk.connect, sessionTimeoutMs: 10_000, connectionTimeoutMs: 10_000 });
    try {
      const znode = JSON.parse((await client.getData('/config/users/admin'))!.data!.toString()) as {
        version: number;
        config: Record<string, string>;
      };
      expect(znode.version).toBe(1);
      expect(znode.config['SCRAM-SHA-512']).toMatch(
        /^salt=[A-Za-z0-9+/=]+,stored_key=[A-Za-z0-9+/=]{88},server_key=[A-Za-z0-9+/=]{88},iterations=4096$/,
      );
      const changes = (await client.getChildren('/config/changes'))!;
      const notes = await Promise.all(changes.map(async (c) => (await client.getData(`/config/changes/${c}`))!.data!.toString()));
      expect(notes).toContain('{"version":2,"entity_path":"users/admin"}');
    } finally {
      client.close();
    }
    // The running broker heard the notification: it describes the new user.
    await waitFor(async () => {
      r = await configs(['--bootstrap-server', broker.bootstrap, '--describe', '--entity-type', 'users', '--entity-name', 'admin']);
      return r.stdout === "SCRAM credential configs for user-principal 'admin' are SCRAM-SHA-512=iterations=4096\n";
    }, 60_000);
    r = await configs(['--zookeeper', zk.connect, '--describe', '--entity-type', 'users']);
    expect(r.stdout).toBe("SCRAM credential configs for user-principal 'admin' are SCRAM-SHA-512=iterations=4096\n");
    // Through the broker, the ZooKeeper store is written too.
    r = await configs([
      '--bootstrap-server',
      broker.bootstrap,
      '--alter',
      '--add-config',
      'SCRAM-SHA-256=[password=x2]',
      '--entity-type',
      'users',
      '--entity-name',
      'svc user',
    ]);
    expect(r.code).toBe(0);
    r = await configs(['--zookeeper', zk.connect, '--describe', '--entity-type', 'users', '--entity-name', 'svc user']);
    expect(r.stdout).toBe("SCRAM credential configs for user-principal 'svc user' are SCRAM-SHA-256=iterations=4096\n");
    r = await configs([
      '--zookeeper',
      zk.connect,
      '--alter',
      '--add-config',
      'SCRAM-SHA-256=[password=x]',
      '--entity-type',
      'users',
      '--entity-default',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/can only alter the SCRAM credentials of a named user/);
  }, 240_000);
});
