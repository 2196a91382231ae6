/**
 * Client-side SASL re-authentication (KIP-368) against a broker process
 * whose SASL_PLAINTEXT listener ends sessions after
 * connections.max.reauth.ms=3000: the lean client keeps producing on the
 * same connection across several session ends (it re-authenticates between
 * requests; without that the broker would close the connection at the first
 * request after a session ended), a long-poll fetch in flight at
 * re-authentication time is answered, and a tool (kafka-producer-perf-test
 * with --producer.config) runs across several session ends without an error.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrokerProcess, freePort } from './harness.js';
import { PLAIN_JAAS, propertiesFile, runTool } from './security-helpers.js';
import { KafkaClient } from '../../client/index.js';
import { clientSecurityFromProperties } from '../../client/security/client-security.js';
import { BatchingProducer } from '../../client/batching-producer.js';
import { sendFetch } from '../../client/fetch-range.js';
import os from 'node:os';
import path from 'node:path';

const REAUTH_MS = 3000;
const ALICE = {
  'security.protocol': 'SASL_PLAINTEXT',
  'sasl.mechanism': 'PLAIN',
  'sasl.jaas.config': 'org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" password="alice-secret";',
};

describe('SASL re-authentication by the lean client (KIP-368)', () => {
  let broker: BrokerProcess;
  let saslPort = 0;
  let dir = '';

  beforeAll(async () => {
    saslPort = await freePort();
    const plainPort = await freePort();
    broker = await new BrokerProcess({
      port: plainPort,
      config: {
        listeners: `PLAINTEXT://127.0.0.1:${plainPort},SASL_PLAINTEXT://127.0.0.1:${saslPort}`,
        'sasl.enabled.mechanisms': 'PLAIN',
        'listener.name.sasl_plaintext.plain.sasl.jaas.config': PLAIN_JAAS,
        'connections.max.reauth.ms': String(REAUTH_MS),
      },
    }).start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-reauth-'));
  });

  afterAll(async () => {
    await broker?.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('produces on one connection across several session ends, a long poll in flight included', async () => {
    const client = new KafkaClient({
      brokers: `127.0.0.1:${saslPort}`,
      security: clientSecurityFromProperties(new Map(Object.entries(ALICE))),
    });
    try {
      await client.connect();
      await client.createTopics([{ topic: 'reauth', numPartitions: 1 }]);
      const conn = await client.nodeConnection(0);
      const p = new BatchingProducer(client, { acks: -1 });
      const send = (v: string): Promise<number> =>
        new Promise((resolve, reject) => p.send('reauth', null, Buffer.from(v), (e, o) => (e ? reject(e) : resolve(o))));
      // At least three session ends (a session lasts 3 s; re-authentication comes at 85-95 % of it).
      const until = Date.now() + 3.5 * REAUTH_MS;
      let n = 0;
      while (Date.now() < until || conn.reauthentications < 3) {
        expect(await send(`v${n}`)).toBe(n);
        n++;
        // A long-polling fetch spans the next re-authentication time now and then: it is answered, and the session renewed after it.
        if (n % 10 === 0) {
          const r = await sendFetch(client, 0, [{ topic: 'reauth', partition: 0, offset: n }], { maxWaitMs: 1000, maxBytes: 1 << 20 });
          expect(r.responses[0]!.partitions[0]!.errorCode).toBe(0);
        } else await new Promise((r) => setTimeout(r, 100));
      }
      await p.close();
      expect(conn.isClosed).toBe(false);
      expect(await client.nodeConnection(0)).toBe(conn);
      expect(conn.reauthentications).toBeGreaterThanOrEqual(3);
      expect(broker.output).not.toMatch(/expired \(connections\.max\.reauth\.ms\)/);
      expect((await client.listOffsets([{ topic: 'reauth', partition: 0 }], 'latest')).get('reauth-0')).toBe(n);
    } finally {
      client.close();
    }
  }, 60_000);

  it('kafka-producer-perf-test runs across several session ends', async () => {
    const config = propertiesFile(dir, 'alice.properties', ALICE);
    const r = await runTool('kafka-producer-perf-test', [
      '--topic',
      'reauth-perf',
      '--num-records',
      '50',
      '--record-size',
      '100',
      '--throughput',
      '5',
      '--bootstrap-server',
      `127.0.0.1:${saslPort}`,
      '--producer.config',
      config,
      '--producer-props',
      'acks=all',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^50 records sent/m);
    expect(r.stderr).not.toMatch(/error|closed/i);
    // No session ended un-renewed (the broker logs each connection it closes for that).
    expect(broker.output).not.toMatch(/expired \(connections\.max\.reauth\.ms\)/);
  }, 60_000);
});
