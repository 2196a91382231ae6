/**
 * ACLs by principal: a broker whose only listener is SASL_PLAINTEXT (PLAIN;
 * users admin, alice and bob), User:admin a super user. kafka-acls
 * authenticates as admin (--command-config) and grants alice; kafkajs as
 * alice and as bob then runs a matrix of operations x resources, each
 * allowed or denied with Kafka's error, a denied one leaving no trace. The
 * other admin tools authenticate with their --command-config / --admin.config
 * too, and take --bootstrap-server over the file's bootstrap.servers (Kafka's rule).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess, freePort } from './harness.js';
import { runCli } from './cli-helpers.js';

const JAAS =
  'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-pw" ' +
  'user_admin="admin-pw" user_alice="alice-pw" user_bob="bob-pw";';

function errorType(err: unknown): string {
  if (err === null) return 'NONE';
  const e = err as {
    type?: string;
    cause?: { type?: string };
    originalError?: { type?: string };
    errors?: { type?: string }[];
    message?: string;
  };
  // kafkajs's createTopics rejects with an aggregate of per-topic errors.
  return e.type ?? e.cause?.type ?? e.originalError?.type ?? e.errors?.[0]?.type ?? String(e.message);
}

const outcome = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'NONE',
    (e: unknown) => errorType(e),
  );

describe('ACLs by SASL principal', () => {
  let broker: BrokerProcess;
  let dir: string;
  let commandConfig: string;
  const as = (username: string): Kafka =>
    new Kafka({
      clientId: `acl-${username}`,
      brokers: [broker.bootstrap],
      sasl: { mechanism: 'plain', username, password: `${username}-pw` },
      logLevel: logLevel.NOTHING,
      retry: { retries: 1, initialRetryTime: 100 },
    });

  beforeAll(async () => {
    const port = await freePort();
    broker = await new BrokerProcess({
      port,
      config: {
        listeners: `SASL_PLAINTEXT://127.0.0.1:${port}`,
        'security.inter.broker.protocol': 'SASL_PLAINTEXT',
        'sasl.enabled.mechanisms': 'PLAIN',
        'sasl.mechanism.inter.broker.protocol': 'PLAIN',
        'sasl.jaas.config': JAAS,
        'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer',
        'super.users': 'User:admin',
        'auto.create.topics.enable': 'false',
        'group.initial.rebalance.delay.ms': '0',
      },
    }).start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-acl-sasl-'));
    commandConfig = path.join(dir, 'admin.properties');
    fs.writeFileSync(
      commandConfig,
      [
        'security.protocol=SASL_PLAINTEXT',
        'sasl.mechanism=PLAIN',
        'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-pw";',
      ].join('\n') + '\n',
    );
    const admin = as('admin').admin();
    await admin.connect();
    await admin.createTopics({ topics: ['a-data', 'b-data'].map((topic) => ({ topic, numPartitions: 1 })), waitForLeaders: true });
    await admin.disconnect();
  }, 180_000);

  afterAll(async () => {
    await broker?.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('kafka-acls as the super user grants alice; alice and bob get exactly what the ACLs say', async () => {
    const b = ['--bootstrap-server', broker.bootstrap, '--command-config', commandConfig];
    for (const args of [
      ['--producer', '--topic', 'a-', '--resource-pattern-type', 'prefixed'],
      ['--consumer', '--topic', 'a-data', '--group', 'alice-group'],
    ]) {
      const r = await runCli('kafka-acls', [...b, '--add', '--allow-principal', 'User:alice', ...args], { timeoutMs: 60_000 });
      expect(r.code, r.stdout + r.stderr).toBe(0);
    }
    // bob may read a-data (so its clients get past Metadata) but use no group and write nowhere.
    const r = await runCli('kafka-acls', [...b, '--add', '--allow-principal', 'User:bob', '--operation', 'Read', '--topic', 'a-data'], {
      timeoutMs: 60_000,
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    // bob may not even list ACLs.
    const bobConfig = path.join(dir, 'bob.properties');
    fs.writeFileSync(
      bobConfig,
      'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="bob" password="bob-pw";\n',
    );
    const denied = await runCli('kafka-acls', ['--bootstrap-server', broker.bootstrap, '--command-config', bobConfig, '--list'], {
      timeoutMs: 60_000,
    });
    expect(denied.stdout).toMatch(
      /^Error while executing ACL command: org\.apache\.kafka\.common\.errors\.ClusterAuthorizationException: /,
    );
    expect(denied.code).toBe(1);

    const matrix: Record<string, Record<string, string>> = {};
    for (const user of ['alice', 'bob']) {
      const k = as(user);
      const row: Record<string, string> = {};
      const producer = k.producer();
      await producer.connect();
      row['write a-data'] = await outcome(producer.send({ topic: 'a-data', acks: -1, messages: [{ value: `${user}-a` }] }));
      row['write b-data'] = await outcome(producer.send({ topic: 'b-data', acks: -1, messages: [{ value: `${user}-b` }] }));
      await producer.disconnect();
      const admin = k.admin();
      await admin.connect();
      row['create a-new'] = await outcome(admin.createTopics({ topics: [{ topic: `a-new-${user}`, numPartitions: 1 }] }));
      row['create b-new'] = await outcome(admin.createTopics({ topics: [{ topic: `b-new-${user}`, numPartitions: 1 }] }));
      row['delete b-data'] = await outcome(admin.deleteTopics({ topics: ['b-data'], timeout: 5000 }));
      row['list topics'] = (await admin.listTopics())
        .filter((t) => !t.startsWith('__'))
        .sort()
        .join(',');
      row['commit alice-group'] = await outcome(
        admin.setOffsets({ groupId: 'alice-group', topic: 'a-data', partitions: [{ partition: 0, offset: user === 'alice' ? '0' : '1' }] }),
      );
      await admin.disconnect();
      matrix[user] = row;
    }
    expect(matrix).toEqual({
      alice: {
        'write a-data': 'NONE',
        'write b-data': 'TOPIC_AUTHORIZATION_FAILED',
        'create a-new': 'NONE',
        'create b-new': 'TOPIC_AUTHORIZATION_FAILED',
        'delete b-data': 'TOPIC_AUTHORIZATION_FAILED',
        'list topics': 'a-data,a-new-alice',
        'commit alice-group': 'NONE',
      },
      bob: {
        'write a-data': 'TOPIC_AUTHORIZATION_FAILED',
        'write b-data': 'TOPIC_AUTHORIZATION_FAILED',
        'create a-new': 'TOPIC_AUTHORIZATION_FAILED',
        'create b-new': 'TOPIC_AUTHORIZATION_FAILED',
        'delete b-data': 'TOPIC_AUTHORIZATION_FAILED',
        'list topics': 'a-data',
        // FindCoordinator answers GROUP_AUTHORIZATION_FAILED; kafkajs reports it as this (the offsets below show nothing changed).
        'commit alice-group': 'Failed to find group coordinator',
      },
    });
    // Nothing denied left a trace: one record (alice's) in a-data, none in b-data, no b-new topics.
    const admin = as('admin').admin();
    await admin.connect();
    expect((await admin.fetchTopicOffsets('a-data'))[0].high).toBe('1');
    expect((await admin.fetchTopicOffsets('b-data'))[0].high).toBe('0');
    const committed = await admin.fetchOffsets({ groupId: 'alice-group', topics: ['a-data'] });
    expect(committed[0].partitions[0].offset).toBe('0');
    expect((await admin.listTopics()).filter((t) => !t.startsWith('__')).sort()).toEqual(['a-data', 'a-new-alice', 'b-data']);
    await admin.disconnect();
  }, 240_000);
  it('kafka-log-dirs, kafka-leader-election and kafka-topics authenticate with their config file; --bootstrap-server wins over its bootstrap.servers', async () => {
    // The file names an address where nothing listens: the command line's must be used.
    const config = path.join(dir, 'admin-elsewhere.properties');
    fs.writeFileSync(config, `${fs.readFileSync(commandConfig, 'utf8')}bootstrap.servers=127.0.0.1:${await freePort()}\n`);
    const logDirs = await runCli('kafka-log-dirs', ['--bootstrap-server', broker.bootstrap, '--command-config', config, '--describe'], {
      timeoutMs: 60_000,
    });
    expect(logDirs.code, logDirs.stdout + logDirs.stderr).toBe(0);
    expect(logDirs.stdout).toMatch(/"partition":"a-data-0"/);
    const election = await runCli(
      'kafka-leader-election',
      [
        '--bootstrap-server',
        broker.bootstrap,
        '--admin.config',
        config,
        '--election-type',
        'preferred',
        '--topic',
        'a-data',
        '--partition',
        '0',
      ],
      { timeoutMs: 60_000 },
    );
    expect(election.code, election.stdout + election.stderr).toBe(0);
    expect(election.stdout).toMatch(/Valid replica already elected for partitions a-data-0/);
    const topics = await runCli('kafka-topics', ['--bootstrap-server', broker.bootstrap, '--command-config', config, '--list'], {
      timeoutMs: 60_000,
    });
    expect(topics.code, topics.stdout + topics.stderr).toBe(0);
    expect(topics.stdout.split('\n')).toContain('a-data');
  }, 180_000);
});
