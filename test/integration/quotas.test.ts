/**
 * Client quotas against a broker process with real clients: a kafkajs
 * producer over its producer_byte_rate is held to within 10 % of the quota
 * over 30 s, and runs free again when the quota is raised at run time; a
 * kafkajs consumer is held to its consumer_byte_rate; request_percentage
 * throttles Metadata requests with throttle_time_ms and a muted connection
 * (the next response comes no sooner than the throttle time); /metrics
 * shows each quota entity's rate and throttle time. Quotas are set with
 * AlterClientQuotas (the lean client's admin call) while the clients run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { KafkaClient } from '../../client/index.js';
import { alterClientQuotas } from '../../client/client-quota-admin.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { encodeMetadataRequest } from '../../protocol/generated/metadata-request.js';
import { decodeMetadataResponse } from '../../protocol/generated/metadata-response.js';
import { BrokerProcess, freePort } from './harness.js';

const client = (id: string) => [{ entityType: 'client-id', entityName: id }];

describe('client quotas (broker process, kafkajs)', () => {
  let broker: BrokerProcess;
  let admin: KafkaClient;
  let httpPort: number;

  const setQuota = async (entity: { entityType: string; entityName: string | null }[], key: string, value: number | null) => {
    const [r] = await alterClientQuotas(admin, [{ entity, changes: [{ key, value }] }]);
    expect(r.errorCode).toBe(0);
  };

  beforeAll(async () => {
    httpPort = await freePort();
    broker = await new BrokerProcess({
      config: { 'http.listener': `http://127.0.0.1:${httpPort}`, 'num.partitions': '1', 'group.initial.rebalance.delay.ms': '0' },
    }).start();
    admin = new KafkaClient({ brokers: broker.bootstrap, clientId: 'quota-admin' });
    await admin.connect();
  }, 180_000);

  afterAll(async () => {
    admin?.close();
    await broker?.destroy();
  });

  it('holds a producer over producer_byte_rate to within 10 % of it over 30 s, and lets it go at run time', async () => {
    const quota = 100_000;
    await setQuota(client('throttled-producer'), 'producer_byte_rate', quota);
    const kafka = new Kafka({ clientId: 'throttled-producer', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ allowAutoTopicCreation: true });
    await producer.connect();
    const value = Buffer.alloc(4000, 7);
    const messages = Array.from({ length: 5 }, () => ({ value }));
    const send = () => producer.send({ topic: 'quota-produce', acks: 1, messages });
    try {
      await send();
      // 30 s of back-to-back sends; the bytes the broker counts are the whole requests.
      const start = Date.now();
      let payload = 0;
      while (Date.now() - start < 30_000) {
        await send();
        payload += messages.length * value.length;
      }
      const seconds = (Date.now() - start) / 1000;
      const rate = payload / seconds;
      // Each request carries ~1 % of framing (headers, record and batch overhead) on top of the payload.
      expect(Math.abs(rate * 1.01 - quota) / quota).toBeLessThan(0.1);

      const metrics = await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
      const throttled = metrics.match(
        /^tributary_client_quota_throttle_time_ms_total\{quota="produce",user="",client_id="throttled-producer"\} (\d+)/m,
      );
      expect(Number(throttled?.[1])).toBeGreaterThan(1000);
      expect(metrics).toMatch(/^tributary_client_quota_bound\{quota="produce",user="",client_id="throttled-producer"\} 100000$/m);

      // Raised at run time: the same producer sends far more than the old quota in the next 3 s.
      await setQuota(client('throttled-producer'), 'producer_byte_rate', 1e9);
      const t0 = Date.now();
      let after = 0;
      while (Date.now() - t0 < 3000) {
        await send();
        after += messages.length * value.length;
      }
      expect(after / ((Date.now() - t0) / 1000)).toBeGreaterThan(quota * 3);
    } finally {
      await producer.disconnect();
    }
  }, 120_000);

  it('holds a consumer to its consumer_byte_rate', async () => {
    // 1.5 MB written by an unthrottled producer.
    const kafka = new Kafka({ clientId: 'filler', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ allowAutoTopicCreation: true });
    await producer.connect();
    const value = Buffer.alloc(10_000, 3);
    for (let i = 0; i < 15; i++)
      await producer.send({ topic: 'quota-fetch', acks: 1, messages: Array.from({ length: 10 }, () => ({ value })) });
    await producer.disconnect();

    const quota = 100_000;
    await setQuota(client('throttled-consumer'), 'consumer_byte_rate', quota);
    const consumerKafka = new Kafka({ clientId: 'throttled-consumer', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const consumer = consumerKafka.consumer({ groupId: 'quota-fetch-group', maxBytes: 1 << 20 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'quota-fetch', fromBeginning: true });
    let bytes = 0;
    let first = 0;
    let last = 0;
    await consumer.run({
      eachMessage: async ({ message }) => {
        const now = Date.now();
        if (first === 0) first = now;
        last = now;
        bytes += message.value?.length ?? 0;
      },
    });
    try {
      const deadline = Date.now() + 60_000;
      while (Date.now() - (first || Date.now()) < 12_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(first).toBeGreaterThan(0);
      // Everything would be read in well under a second unthrottled; held to the quota it takes ~15 s.
      const rate = bytes / Math.max(1, (last - first) / 1000);
      expect(bytes).toBeLessThan(1_500_000);
      expect(rate).toBeLessThan(quota * 1.25);
      expect(rate).toBeGreaterThan(quota * 0.5);
    } finally {
      await consumer.disconnect();
    }
  }, 120_000);

  it('throttles requests over request_percentage with throttle_time_ms and a muted connection', async () => {
    const busy = new KafkaClient({ brokers: broker.bootstrap, clientId: 'busy-client' });
    await busy.connect();
    try {
      await setQuota(client('busy-client'), 'request_percentage', 0.01);
      const conn = await busy.anyConnection();
      const metadata = () =>
        conn.send(
          ApiKey.Metadata,
          (w, v) => encodeMetadataRequest(w, v, { topics: null, allowAutoTopicCreation: false }),
          decodeMetadataResponse,
        );
      let throttle = 0;
      for (let i = 0; i < 200 && throttle === 0; i++) throttle = (await metadata()).throttleTimeMs;
      expect(throttle).toBeGreaterThan(0);
      // Muted: the next request is not read before the throttle time has passed.
      const sent = Date.now();
      await metadata();
      expect(Date.now() - sent).toBeGreaterThanOrEqual(throttle - 5);

      await setQuota(client('busy-client'), 'request_percentage', null);
      // Muting from an earlier throttle may still apply to one more request; after that, none.
      await metadata();
      expect((await metadata()).throttleTimeMs).toBe(0);
    } finally {
      busy.close();
    }
  }, 120_000);
});
