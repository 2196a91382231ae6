/**
 * One broker process with PLAINTEXT, SSL, SASL_PLAINTEXT and SASL_SSL
 * listeners (PEM stores from the test CA), and real clients on each:
 * kafka-configs with --command-config over SASL_SSL creating SCRAM users;
 * kafkajs over SSL, SASL PLAIN and SCRAM-SHA-256/512 (also on SASL_SSL);
 * kcat and confluent-kafka with security.protocol=SASL_SSL and SCRAM; wrong
 * passwords and an untrusted certificate refused with the client's usual
 * error; the lean client's CLI tools over SSL with a client certificate.
 * Bad input — a malformed SASL token, a handshake for a disabled mechanism,
 * requests before authentication, TLS garbage, an oversized frame before
 * authentication — closes that connection with one log line while the
 * broker serves everyone else.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import kafkajs from 'kafkajs';
import type { KafkaConfig } from 'kafkajs';
import { BrokerProcess, freePort, ROOT } from './harness.js';
import { RawClient } from './raw-client.js';
import { waitFor } from './cluster-helpers.js';
import { propertiesFile, run, runTool, securePorts, secureBrokerConfig, testCertificates } from './security-helpers.js';
import type { TestCaFiles } from '../../cli/certs/test-ca.js';

const { Kafka, logLevel } = kafkajs;
const PYTHON = '/usr/bin/python3';

describe('security: TLS and SASL listeners with real clients', () => {
  let broker: BrokerProcess;
  let certs: { dir: string; files: TestCaFiles };
  let ports: { ssl: number; saslPlaintext: number; saslSsl: number };
  let ca: string;

  beforeAll(async () => {
    certs = testCertificates();
    ports = await securePorts();
    const port = await freePort();
    // The listeners key replaces the harness's PLAINTEXT-only one; the harness waits on the PLAINTEXT port.
    broker = new BrokerProcess({
      port,
      config: { 'group.initial.rebalance.delay.ms': '0', ...secureBrokerConfig(port, ports, certs.files) },
    });
    await broker.start();
    ca = fs.readFileSync(certs.files.caPem, 'utf8');
    // alice's SCRAM credentials, set through the SASL_SSL listener as admin (PLAIN) with --command-config.
    const adminProps = propertiesFile(certs.dir, 'admin.properties', {
      'security.protocol': 'SASL_SSL',
      'sasl.mechanism': 'PLAIN',
      'sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret";',
      'ssl.truststore.location': certs.files.caPem,
      'ssl.truststore.type': 'PEM',
    });
    const r = await runTool('kafka-configs', [
      '--bootstrap-server',
      `127.0.0.1:${ports.saslSsl}`,
      '--command-config',
      adminProps,
      '--alter',
      '--entity-type',
      'users',
      '--entity-name',
      'alice',
      '--add-config',
      'SCRAM-SHA-256=[iterations=4096,password=alice-scram],SCRAM-SHA-512=[password=alice-scram]',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Completed updating config for user alice.');
  }, 120_000);

  afterAll(async () => {
    await broker?.destroy();
    if (certs) fs.rmSync(certs.dir, { recursive: true, force: true });
  });

  function kafka(clientId: string, cfg: Partial<KafkaConfig>): InstanceType<typeof Kafka> {
    return new Kafka({
      clientId,
      logLevel: logLevel.NOTHING,
      brokers: [],
      retry: { retries: 1, initialRetryTime: 100 },
      ...cfg,
    } as KafkaConfig);
  }

  /** Produces `n` values to a new topic and reads them back with a group consumer; resolves with what was read. */
  async function roundTrip(k: InstanceType<typeof Kafka>, topic: string, n: number): Promise<string[]> {
    const producer = k.producer();
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: Array.from({ length: n }, (_, i) => ({ value: `${topic}-${i}` })) });
    await producer.disconnect();
    const consumer = k.consumer({ groupId: `${topic}-group`, sessionTimeout: 10_000 });
    const seen: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void seen.push(message.value!.toString()) });
    await waitFor(`${n} records of ${topic}`, 30_000, async () => seen.length >= n);
    await consumer.disconnect();
    return seen;
  }

  const expected = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `${topic}-${i}`);

  it('kafkajs over SSL (with and without a client certificate) is told the SSL endpoints in Metadata', async () => {
    const k = kafka('ssl', { brokers: [`127.0.0.1:${ports.ssl}`], ssl: { ca: [ca] } });
    expect(await roundTrip(k, 'over-ssl', 20)).toEqual(expected('over-ssl', 20));
    const admin = k.admin();
    await admin.connect();
    const cluster = await admin.describeCluster();
    await admin.disconnect();
    expect(cluster.brokers).toEqual([expect.objectContaining({ host: '127.0.0.1', port: ports.ssl })]);
    const withCert = kafka('ssl-cert', {
      brokers: [`127.0.0.1:${ports.ssl}`],
      ssl: {
        ca: [ca],
        key: fs.readFileSync(certs.files.clients.alice.key, 'utf8'),
        cert: fs.readFileSync(certs.files.clients.alice.crt, 'utf8'),
      },
    });
    expect(await roundTrip(withCert, 'over-ssl-cert', 5)).toEqual(expected('over-ssl-cert', 5));
  }, 90_000);

  it('kafkajs with SASL PLAIN, SCRAM-SHA-256 over SASL_PLAINTEXT and SCRAM-SHA-512 over SASL_SSL', async () => {
    const plain = kafka('plain', {
      brokers: [`127.0.0.1:${ports.saslPlaintext}`],
      sasl: { mechanism: 'plain', username: 'alice', password: 'alice-secret' },
    });
    expect(await roundTrip(plain, 'sasl-plain', 10)).toEqual(expected('sasl-plain', 10));
    const s256 = kafka('scram256', {
      brokers: [`127.0.0.1:${ports.saslPlaintext}`],
      sasl: { mechanism: 'scram-sha-256', username: 'alice', password: 'alice-scram' },
    });
    expect(await roundTrip(s256, 'sasl-scram256', 10)).toEqual(expected('sasl-scram256', 10));
    const s512 = kafka('scram512', {
      brokers: [`127.0.0.1:${ports.saslSsl}`],
      ssl: { ca: [ca] },
      sasl: { mechanism: 'scram-sha-512', username: 'alice', password: 'alice-scram' },
    });
    expect(await roundTrip(s512, 'sasl-ssl-scram512', 10)).toEqual(expected('sasl-ssl-scram512', 10));
  }, 120_000);

  it('wrong passwords and an untrusted broker certificate fail with the client’s normal errors', async () => {
    const bad = async (cfg: Partial<KafkaConfig>): Promise<Error> => {
      const p = kafka('bad', { ...cfg, retry: { retries: 0 } }).producer();
      const err = await p.connect().then(
        () => null,
        (e: Error) => e,
      );
      await p.disconnect().catch(() => undefined);
      expect(err).not.toBeNull();
      return err!;
    };
    const plain = await bad({
      brokers: [`127.0.0.1:${ports.saslPlaintext}`],
      sasl: { mechanism: 'plain', username: 'alice', password: 'wrong' },
    });
    expect(plain.name).toBe('KafkaJSSASLAuthenticationError');
    expect(plain.message).toContain('Invalid username or password');
    const scram = await bad({
      brokers: [`127.0.0.1:${ports.saslSsl}`],
      ssl: { ca: [ca] },
      sasl: { mechanism: 'scram-sha-256', username: 'alice', password: 'wrong' },
    });
    expect(scram.name).toBe('KafkaJSSASLAuthenticationError');
    expect(scram.message).toContain('invalid credentials');
    // Node's default CAs do not include the test CA.
    const untrusted = await bad({ brokers: [`127.0.0.1:${ports.ssl}`], ssl: true });
    expect(String((untrusted as { originalError?: Error }).originalError?.message ?? untrusted.message)).toMatch(
      /self.signed|unable to verify|certificate/i,
    );
    await waitFor(
      'the failed authentications in the log',
      10_000,
      async () => (broker.output.match(/Failed authentication with/g) ?? []).length >= 2,
    );
    const line = broker.output.split('\n').find((l) => l.includes('Failed authentication with') && l.includes('PLAIN'))!;
    expect(line).toContain('User:alice');
    expect(line).toContain('127.0.0.1');
  }, 60_000);

  it('kcat (librdkafka) with security.protocol=SASL_SSL and SCRAM produces and consumes; a wrong password is refused', async () => {
    const common = [
      '-b',
      `127.0.0.1:${ports.saslSsl}`,
      '-X',
      'security.protocol=SASL_SSL',
      '-X',
      'sasl.mechanisms=SCRAM-SHA-256',
      '-X',
      'sasl.username=alice',
      '-X',
      `ssl.ca.location=${certs.files.caPem}`,
    ];
    const produced = await run('kcat', [...common, '-X', 'sasl.password=alice-scram', '-P', '-t', 'kcat-sasl-ssl'], 'one\ntwo\nthree\n');
    expect(produced.code, produced.stderr).toBe(0);
    const consumed = await run('kcat', [...common, '-X', 'sasl.password=alice-scram', '-C', '-t', 'kcat-sasl-ssl', '-e', '-q']);
    expect(consumed.stdout.trim().split('\n')).toEqual(['one', 'two', 'three']);
    const refused = await run('kcat', [...common, '-X', 'sasl.password=wrong', '-L', '-m', '5']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('SASL authentication error');
  }, 90_000);

  it('confluent-kafka with SASL_SSL and SCRAM-SHA-512', async () => {
    const r = await run(PYTHON, [
      path.join(ROOT, 'test/integration/compat/confluent_kafka_secure.py'),
      `127.0.0.1:${ports.saslSsl}`,
      'confluent-sasl-ssl',
      '20',
      'security.protocol=SASL_SSL',
      'sasl.mechanisms=SCRAM-SHA-512',
      'sasl.username=alice',
      'sasl.password=alice-scram',
      `ssl.ca.location=${certs.files.caPem}`,
    ]);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(out.delivered, r.stderr).toBe(20);
    expect(out.values).toEqual(Array.from({ length: 20 }, (_, i) => `v${i}`));
  }, 90_000);

  it('the tools (lean client and kafkajs) take security from --command-config: SSL with a PKCS12 client key store', async () => {
    const props = propertiesFile(certs.dir, 'ssl-client.properties', {
      'security.protocol': 'SSL',
      'ssl.truststore.location': certs.files.caP12,
      'ssl.truststore.type': 'PKCS12',
      'ssl.truststore.password': 'changeit',
      'ssl.keystore.location': certs.files.clients.alice.p12,
      'ssl.keystore.type': 'PKCS12',
      'ssl.keystore.password': 'changeit',
    });
    const bootstrap = `127.0.0.1:${ports.ssl}`;
    const created = await runTool('kafka-topics', [
      '--bootstrap-server',
      bootstrap,
      '--command-config',
      props,
      '--create',
      '--topic',
      'tools-ssl',
      '--partitions',
      '2',
    ]);
    expect(created.stderr).toBe('');
    const produced = await runTool(
      'kafka-console-producer',
      ['--bootstrap-server', bootstrap, '--producer.config', props, '--topic', 'tools-ssl'],
      'a\nb\n',
    );
    expect(produced.code, produced.stderr).toBe(0);
    const consumed = await runTool('kafka-console-consumer', [
      '--bootstrap-server',
      bootstrap,
      '--consumer.config',
      props,
      '--topic',
      'tools-ssl',
      '--from-beginning',
      '--max-messages',
      '2',
    ]);
    expect(consumed.stdout.trim().split('\n').sort()).toEqual(['a', 'b']);
    // A JKS store is refused with the supported types named.
    const jks = propertiesFile(certs.dir, 'jks.properties', {
      'security.protocol': 'SSL',
      'ssl.truststore.location': '/x.jks',
      'ssl.truststore.type': 'JKS',
    });
    const refused = await runTool('kafka-topics', ['--bootstrap-server', bootstrap, '--command-config', jks, '--list']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('JKS is not supported');
  }, 90_000);

  it('bad input closes only that connection, with one log line each; the broker serves on', async () => {
    const outputBefore = broker.output.length;
    // A handshake for a mechanism that is not enabled: answered with the enabled ones, then closed.
    const a = await RawClient.connect(ports.saslPlaintext);
    const hs = await a.send('SaslHandshake', 1, { mechanism: 'GSSAPI' });
    expect(hs.errorCode).toBe(33); // UNSUPPORTED_SASL_MECHANISM
    expect(hs.mechanisms).toEqual(['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512']);
    await a.closed;
    // A malformed PLAIN token: SASL_AUTHENTICATION_FAILED, then closed.
    const b = await RawClient.connect(ports.saslPlaintext);
    expect((await b.send('SaslHandshake', 1, { mechanism: 'PLAIN' })).errorCode).toBe(0);
    const auth = await b.send('SaslAuthenticate', 2, { authBytes: Buffer.from('no-separators') });
    expect(auth.errorCode).toBe(58);
    await b.closed;
    // A malformed SCRAM first message.
    const c = await RawClient.connect(ports.saslPlaintext);
    await c.send('SaslHandshake', 1, { mechanism: 'SCRAM-SHA-256' });
    expect((await c.send('SaslAuthenticate', 1, { authBytes: Buffer.from('garbage,,,') })).errorCode).toBe(58);
    await c.closed;
    // A request before authentication.
    const d = await RawClient.connect(ports.saslPlaintext);
    await expect(d.send('Metadata', 12, { topics: null })).rejects.toThrow('connection closed');
    // An oversized frame before authentication (over sasl.server.max.receive.size).
    const e = await RawClient.connect(ports.saslPlaintext);
    const huge = Buffer.alloc(8);
    huge.writeInt32BE(10 * 1024 * 1024, 0);
    e.sendFrame(huge);
    await e.closed;
    // TLS garbage: not a TLS handshake at all.
    await new Promise<void>((resolve) => {
      const s = net.connect(ports.ssl, '127.0.0.1', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      s.on('error', () => undefined);
      s.on('close', () => resolve());
      s.resume();
    });
    await waitFor(`the log lines in\n${broker.output.slice(outputBefore)}`, 10_000, async () => {
      const recent = broker.output.slice(outputBefore);
      return (
        recent.includes("SASL mechanism 'GSSAPI' is not enabled") &&
        recent.includes('Invalid SASL/PLAIN response') &&
        recent.includes('Invalid SCRAM client first message') &&
        recent.includes('before SASL authentication') &&
        recent.includes('sasl.server.max.receive.size') &&
        /TLS handshake with .* failed/.test(recent)
      );
    });
    // Everyone else is served.
    const ok = kafka('after', {
      brokers: [`127.0.0.1:${ports.saslSsl}`],
      ssl: { ca: [ca] },
      sasl: { mechanism: 'plain', username: 'admin', password: 'admin-secret' },
    });
    const admin = ok.admin();
    await admin.connect();
    expect(await admin.listTopics()).toContain('sasl-plain');
    await admin.disconnect();
  }, 60_000);
});
