/**
 * ACLs against a real broker process with real clients: kafka-acls adds,
 * lists and removes ACLs (Kafka's output) through the broker, and kafkajs,
 * kcat and confluent-kafka are allowed or denied as the ACLs say, with
 * Kafka's errors, leaving no trace when denied. Until SASL lands every
 * connection is User:ANONYMOUS, so the principal dimension is ANONYMOUS
 * against other principals' ACLs, and the host dimension is the client's
 * source address: kafkajs connects from 127.0.0.2 through a socketFactory.
 */
import net from 'node:net';
import path from 'node:path';
import { execFile, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, type ISocketFactory } from 'kafkajs';
import { BrokerProcess, ROOT } from './harness.js';
import { runCli } from './cli-helpers.js';

const acls = (args: string[]) => runCli('kafka-acls', args, { timeoutMs: 60_000 });
const PYTHON = '/usr/bin/python3';

function python(args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(
      PYTHON,
      [path.join(ROOT, 'test/integration/compat/confluent_kafka_acls.py'), ...args],
      { timeout: 60_000 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${err.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as Record<string, unknown>);
      },
    );
  });
}

/** kafkajs connections from 127.0.0.2 (another host for the ACLs). */
const fromOtherHost: ISocketFactory = ({ host, port, onConnect }) => {
  const socket = net.connect({ host, port, localAddress: '127.0.0.2' }, onConnect);
  socket.setKeepAlive(true, 60_000);
  return socket;
};

/** The kafkajs error type of a failure (the cause's when kafkajs wrapped it). */
function errorType(err: unknown): string {
  const e = err as { type?: string; cause?: { type?: string }; originalError?: { type?: string }; message?: string };
  return e.type ?? e.cause?.type ?? e.originalError?.type ?? String(e.message);
}

const RES = (type: string, name: string, pattern = 'LITERAL') =>
  `ResourcePattern(resourceType=${type}, name=${name}, patternType=${pattern})`;
const ENTRY = (principal: string, host: string, op: string, perm = 'ALLOW') =>
  `(principal=${principal}, host=${host}, operation=${op}, permissionType=${perm})`;
const block = (heading: string, entries: string[]) => `${heading} \n ${entries.map((e) => `\t${e}`).join('\n')} \n\n`;

describe('ACLs with real clients on one broker', () => {
  let broker: BrokerProcess;
  let local: Kafka;
  let remote: Kafka;

  beforeAll(async () => {
    broker = await new BrokerProcess({
      config: {
        'authorizer.class.name': 'kafka.security.authorizer.AclAuthorizer',
        'allow.everyone.if.no.acl.found': 'true',
        'auto.create.topics.enable': 'false',
        'group.initial.rebalance.delay.ms': '0',
      },
    }).start();
    const opts = {
      clientId: 'acl-test',
      brokers: [broker.bootstrap],
      logLevel: logLevel.NOTHING,
      retry: { retries: 3, initialRetryTime: 100 },
    };
    local = new Kafka(opts);
    remote = new Kafka({ ...opts, socketFactory: fromOtherHost });
    // No ACL exists yet: allow.everyone.if.no.acl.found lets anyone create.
    const admin = local.admin();
    await admin.connect();
    await admin.createTopics({ topics: ['orders', 'secret', 'open'].map((topic) => ({ topic, numPartitions: 1 })), waitForLeaders: true });
    await admin.disconnect();
  }, 180_000);

  afterAll(async () => {
    await broker?.destroy();
  });

  it('kafka-acls adds ACLs through the broker and prints them as Kafka does', async () => {
    const b = ['--bootstrap-server', broker.bootstrap];
    let r = await acls([
      ...b,
      '--add',
      '--allow-principal',
      'User:ANONYMOUS',
      '--allow-host',
      '127.0.0.1',
      '--operation',
      'All',
      '--cluster',
    ]);
    expect(r.stderr).toBe('');
    const cluster = RES('CLUSTER', 'kafka-cluster');
    const all = ENTRY('User:ANONYMOUS', '127.0.0.1', 'ALL');
    expect(r.stdout).toBe(
      block(`Adding ACLs for resource \`${cluster}\`:`, [all]) + block(`Current ACLs for resource \`${cluster}\`:`, [all]),
    );
    expect(r.code).toBe(0);

    r = await acls([...b, '--add', '--allow-principal', 'User:ANONYMOUS', '--allow-host', '127.0.0.1', '--producer', '--topic', 'orders']);
    const orders = RES('TOPIC', 'orders');
    const producerEntries = ['WRITE', 'DESCRIBE', 'CREATE'].map((op) => ENTRY('User:ANONYMOUS', '127.0.0.1', op));
    expect(r.stdout).toBe(
      block(`Adding ACLs for resource \`${orders}\`:`, producerEntries) +
        block(`Current ACLs for resource \`${orders}\`:`, producerEntries),
    );

    r = await acls([
      ...b,
      '--add',
      '--allow-principal',
      'User:ANONYMOUS',
      '--allow-host',
      '127.0.0.1',
      '--consumer',
      '--topic',
      'orders',
      '--group',
      'g1',
    ]);
    expect(r.code).toBe(0);
    r = await acls([...b, '--add', '--allow-principal', 'User:alice', '--operation', 'Read', '--operation', 'Write', '--topic', 'secret']);
    expect(r.code).toBe(0);
    r = await acls([
      ...b,
      '--add',
      '--deny-principal',
      'User:*',
      '--deny-host',
      '127.0.0.2',
      '--operation',
      'Write',
      '--topic',
      'op',
      '--resource-pattern-type',
      'prefixed',
    ]);
    expect(r.code).toBe(0);

    // Deny wins: everyone may do everything on 'open' except write from 127.0.0.2.
    r = await acls([...b, '--add', '--allow-principal', 'User:*', '--topic', 'open']);
    expect(r.code).toBe(0);
    // Groups g-*: alice's only (so ANONYMOUS may not use g-other).
    r = await acls([
      ...b,
      '--add',
      '--allow-principal',
      'User:alice',
      '--operation',
      'Read',
      '--group',
      'g-',
      '--resource-pattern-type',
      'PREFIXED',
    ]);
    expect(r.code).toBe(0);
    r = await acls([...b, '--list']);
    expect(r.stdout).toBe(
      block(`Current ACLs for resource \`${RES('TOPIC', 'open')}\`:`, [ENTRY('User:*', '*', 'ALL')]) +
        block(`Current ACLs for resource \`${orders}\`:`, [
          ...producerEntries,
          ...['READ'].map((op) => ENTRY('User:ANONYMOUS', '127.0.0.1', op)),
        ]) +
        block(`Current ACLs for resource \`${RES('TOPIC', 'secret')}\`:`, [
          ENTRY('User:alice', '*', 'READ'),
          ENTRY('User:alice', '*', 'WRITE'),
        ]) +
        block(`Current ACLs for resource \`${RES('TOPIC', 'op', 'PREFIXED')}\`:`, [ENTRY('User:*', '127.0.0.2', 'WRITE', 'DENY')]) +
        block(`Current ACLs for resource \`${RES('GROUP', 'g1')}\`:`, [ENTRY('User:ANONYMOUS', '127.0.0.1', 'READ')]) +
        block(`Current ACLs for resource \`${RES('GROUP', 'g-', 'PREFIXED')}\`:`, [ENTRY('User:alice', '*', 'READ')]) +
        block(`Current ACLs for resource \`${cluster}\`:`, [all]),
    );
    r = await acls([...b, '--list', '--topic', 'secret', '--principal', 'User:alice']);
    expect(r.stdout).toBe(
      'ACLs for principal `User:alice`\n' +
        block(`Current ACLs for resource \`${RES('TOPIC', 'secret')}\`:`, [
          ENTRY('User:alice', '*', 'READ'),
          ENTRY('User:alice', '*', 'WRITE'),
        ]),
    );
  }, 120_000);

  it('kafkajs from an allowed host produces and consumes; from another host it is denied and writes nothing', async () => {
    const producer = local.producer();
    await producer.connect();
    await producer.send({ topic: 'orders', acks: -1, messages: [{ value: 'o-1' }] });
    await producer.disconnect();

    const denied = remote.producer({ retry: { retries: 1 } });
    await denied.connect();
    const err = await denied.send({ topic: 'orders', acks: -1, messages: [{ value: 'nope' }] }).then(
      () => null,
      (e: unknown) => e,
    );
    await denied.disconnect();
    expect(errorType(err)).toBe('TOPIC_AUTHORIZATION_FAILED');
    // The prefixed deny: writes to op* from 127.0.0.2 are refused although User:* may do All on 'open'.
    const openRemote = remote.producer({ retry: { retries: 1 } });
    await openRemote.connect();
    const openErr = await openRemote.send({ topic: 'open', messages: [{ value: 'x' }] }).then(
      () => null,
      (e: unknown) => e,
    );
    await openRemote.disconnect();
    expect(errorType(openErr)).toBe('TOPIC_AUTHORIZATION_FAILED');

    // Metadata from the other host hides what it may not describe.
    const remoteAdmin = remote.admin();
    await remoteAdmin.connect();
    const seen = (await remoteAdmin.listTopics()).filter((t) => !t.startsWith('__'));
    await remoteAdmin.disconnect();
    expect(seen.sort()).toEqual(['open']);

    const openLocal = local.producer();
    await openLocal.connect();
    await openLocal.send({ topic: 'open', messages: [{ value: 'y' }] });
    await openLocal.disconnect();

    const admin = local.admin();
    await admin.connect();
    expect((await admin.fetchTopicOffsets('orders'))[0].high).toBe('1');
    expect((await admin.fetchTopicOffsets('open'))[0].high).toBe('1');
    expect((await admin.listTopics()).filter((t) => !t.startsWith('__')).sort()).toEqual(['open', 'orders']);
    await admin.disconnect();

    const consumer = local.consumer({ groupId: 'g1' });
    await consumer.connect();
    await consumer.subscribe({ topic: 'orders', fromBeginning: true });
    const got = await new Promise<string>((resolve) => {
      void consumer.run({ autoCommit: false, eachMessage: async ({ message }) => resolve(message.value!.toString()) });
    });
    await consumer.disconnect();
    expect(got).toBe('o-1');
  }, 120_000);

  it('kcat and confluent-kafka get Kafka errors for unauthorized topics and groups', async () => {
    const kcatProduce = spawnSync('kcat', ['-b', broker.bootstrap, '-P', '-t', 'secret', '-X', 'message.timeout.ms=10000'], {
      input: 'leak\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(kcatProduce.stderr).toMatch(/Topic authorization failed/i);
    const kcatMeta = spawnSync('kcat', ['-b', broker.bootstrap, '-L', '-J'], { encoding: 'utf8', timeout: 60_000 });
    const names = (JSON.parse(kcatMeta.stdout) as { topics: { topic: string }[] }).topics
      .map((t) => t.topic)
      .filter((t) => !t.startsWith('__'));
    expect(names.sort()).toEqual(['open', 'orders']);

    expect(await python([broker.bootstrap, 'produce', 'secret', 'leak'])).toEqual({ error: 'TOPIC_AUTHORIZATION_FAILED' });
    const consumed = await python([broker.bootstrap, 'consume', 'orders', 'g-other']);
    expect(consumed).toEqual({ error: 'GROUP_AUTHORIZATION_FAILED', values: [] });
    const allowed = await python([broker.bootstrap, 'consume', 'orders', 'g1']);
    expect(allowed).toEqual({ error: null, values: ['o-1'] });
  }, 180_000);

  it('kafka-acls removes ACLs; the topic is then open again and shows nothing was written while denied', async () => {
    const b = ['--bootstrap-server', broker.bootstrap];
    let r = await acls([...b, '--remove', '--force', '--topic', 'secret']);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    r = await acls([
      ...b,
      '--remove',
      '--force',
      '--allow-principal',
      'User:ANONYMOUS',
      '--allow-host',
      '127.0.0.1',
      '--operation',
      'Read',
      '--group',
      'g1',
    ]);
    expect(r.code).toBe(0);
    r = await acls([...b, '--list', '--group', 'g1']);
    expect(r.stdout).toBe('');
    const admin = local.admin();
    await admin.connect();
    // No ACL on 'secret' any more: allow.everyone.if.no.acl.found lets ANONYMOUS describe it.
    expect((await admin.fetchTopicOffsets('secret'))[0].high).toBe('0');
    await admin.disconnect();
  }, 120_000);

  it("reports bad input with Kafka's messages", async () => {
    const b = ['--bootstrap-server', broker.bootstrap];
    let r = await acls([...b, '--add', '--topic', 't']);
    expect(r.stderr.split('\n')[0]).toBe('You must specify one of: --allow-principal, --deny-principal when trying to add ACLs.');
    expect(r.code).toBe(1);
    r = await acls([...b, '--list', '--add']);
    expect(r.stderr.split('\n')[0]).toBe('Command must include exactly one action: --list, --add, --remove. ');
    r = await acls([...b, '--add', '--allow-principal', 'User:a', '--operation', 'Write', '--group', 'g']);
    expect(r.stderr.split('\n')[0]).toBe('ResourceType GROUP only supports operations Read, Describe, Delete, All');
    r = await acls([...b, '--add', '--allow-principal', 'alice', '--topic', 't']);
    expect(r.stderr.split('\n')[0]).toBe('Expected a string in format principalType:principalName but got alice');
    r = await acls([...b, '--add', '--consumer', '--topic', 't', '--allow-principal', 'User:a']);
    expect(r.stderr.split('\n')[0]).toMatch(/^With --consumer you must specify a --topic and a --group/);
    r = await acls(['--list']);
    expect(r.stderr.split('\n')[0]).toBe('One of --bootstrap-server or --authorizer-properties must be specified');
  }, 120_000);
});
