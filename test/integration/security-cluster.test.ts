/**
 * Three brokers and ZooKeeper whose inter-broker listener is SASL_SSL: each
 * broker has a PLAINTEXT listener for the test's clients and an INTERNAL
 * listener (SASL_SSL, client certificates required, SCRAM-SHA-512 only) that
 * the brokers use with each other, logging in as the user `broker` whose
 * SCRAM credential is written to ZooKeeper with kafka-configs --zookeeper
 * before the brokers start. An RF=3 topic replicates (every replica in the
 * ISR), the leader is killed with kill -9, a new leader takes over with
 * every acknowledged record, and the killed broker comes back and catches up
 * over the secured listener. A broker whose inter-broker password is wrong
 * never gets into an ISR.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './harness.js';
import { TestCluster, metadataFrom, readAll, waitFor } from './cluster-helpers.js';
import { runTool, testCertificates } from './security-helpers.js';
import type { TestCaFiles } from '../../cli/certs/test-ca.js';

const SCRAM_JAAS = (password: string): string =>
  `org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="${password}";`;

describe('cluster: inter-broker listener SASL_SSL', () => {
  let c: TestCluster;
  let certs: { dir: string; files: TestCaFiles };
  const ports: number[] = [];
  const internal: number[] = [];

  beforeAll(async () => {
    certs = testCertificates();
    for (let i = 0; i < 3; i++) {
      ports.push(await freePort());
      internal.push(await freePort());
    }
    c = await TestCluster.start(
      3,
      {
        'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,INTERNAL:SASL_SSL',
        'inter.broker.listener.name': 'INTERNAL',
        'sasl.mechanism.inter.broker.protocol': 'SCRAM-SHA-512',
        'listener.name.internal.sasl.enabled.mechanisms': 'SCRAM-SHA-512',
        'listener.name.internal.scram-sha-512.sasl.jaas.config': SCRAM_JAAS('broker-secret'),
        'listener.name.internal.ssl.client.auth': 'required',
        'ssl.keystore.location': certs.files.brokerPem,
        'ssl.truststore.location': certs.files.caPem,
      },
      (id) => ({ listeners: `PLAINTEXT://127.0.0.1:${ports[id]},INTERNAL://127.0.0.1:${internal[id]}` }),
      {
        ports,
        beforeBrokers: async (zk) => {
          const r = await runTool('kafka-configs', [
            '--zookeeper',
            zk.connect,
            '--alter',
            '--entity-type',
            'users',
            '--entity-name',
            'broker',
            '--add-config',
            'SCRAM-SHA-512=[password=broker-secret]',
          ]);
          if (r.code !== 0) throw new Error(`kafka-configs --zookeeper failed: ${r.stderr}`);
        },
      },
    );
  }, 180_000);

  afterAll(async () => {
    await c?.destroy();
    if (certs) fs.rmSync(certs.dir, { recursive: true, force: true });
  });

  it('replicates over SASL_SSL, fails over on kill -9, and the killed broker catches up', async () => {
    const kafka = c.kafka('secure-cluster');
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'secured', numPartitions: 2, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }],
    });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    const send = async (from: number, n: number): Promise<void> => {
      for (let i = from; i < from + n; i += 10) {
        await producer.send({ topic: 'secured', acks: -1, messages: Array.from({ length: 10 }, (_, j) => ({ value: `v${i + j}` })) });
      }
    };
    await send(0, 200);
    // acks=all with min.insync.replicas=2 succeeded: followers fetched over INTERNAL. Every replica joins the ISR.
    await waitFor('every replica in the ISR', 60_000, async () => {
      const md = await metadataFrom(c.bootstrap()[0], 'secured');
      return md.partitions.every((p) => p.isr.length === 3);
    });
    const before = await metadataFrom(c.bootstrap()[0], 'secured');
    const victim = before.partitions[0].leader;
    await c.brokers[victim].kill('SIGKILL');
    const survivor = c.brokers.find((b, i) => i !== victim)!.bootstrap;
    await waitFor('a new leader', 40_000, async () => {
      const p = (await metadataFrom(survivor, 'secured')).partitions[0];
      return p.leader >= 0 && p.leader !== victim;
    });
    await send(200, 100);
    await c.brokers[victim].start();
    await waitFor(`broker ${victim} back in every ISR`, 60_000, async () => {
      const md = await metadataFrom(survivor, 'secured');
      return md.partitions.every((p) => p.isr.includes(victim));
    });
    await producer.disconnect();
    await c.ready();
    const stored = await readAll(c.kafka('secure-cluster-reader'), 'secured', 300);
    const values = [...stored.values()].flat();
    expect(new Set(values).size).toBe(300);
    for (let i = 0; i < 300; i++) expect(values).toContain(`v${i}`);
    const logs = c.output();
    expect(logs).not.toMatch(/Failed authentication/);
  }, 180_000);

  it('a broker with the wrong inter-broker password is refused and never joins an ISR', async () => {
    const b = c.brokers[2];
    await b.kill('SIGTERM');
    // Restart broker 2 with a wrong password for its logins to the others.
    const file = `${b.dataDir}/server.properties`;
    b.setConfig('listener.name.internal.scram-sha-512.sasl.jaas.config', SCRAM_JAAS('wrong'));
    await b.start();
    expect(fs.readFileSync(file, 'utf8')).toContain('password="wrong"');
    await waitFor('the leaders to refuse broker 2', 30_000, async () =>
      c.brokers.slice(0, 2).some((x) => /Failed authentication with .*User:broker, SCRAM-SHA-512/.test(x.output)),
    );
    // Out of every ISR: it cannot fetch.
    await waitFor('broker 2 out of the ISRs', 30_000, async () => {
      const md = await metadataFrom(c.brokers[0].bootstrap, 'secured');
      return md.partitions.every((p) => p.leader !== 2 && !p.isr.includes(2));
    });
  }, 90_000);
});
