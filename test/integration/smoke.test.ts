/**
 * The first thing a user does: start the broker process, create a topic,
 * produce and consume with kafkajs, and with kcat (-P, -C, -L).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess } from './harness.js';

describe('broker process smoke test', () => {
  let broker: BrokerProcess;
  let kafka: Kafka;

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
    kafka = new Kafka({ clientId: 'smoke', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  it('creates a topic and round-trips messages with kafkajs', async () => {
    const admin = kafka.admin();
    await admin.connect();
    expect(await admin.createTopics({ topics: [{ topic: 'smoke', numPartitions: 3 }] })).toBe(true);
    const meta = await admin.fetchTopicMetadata({ topics: ['smoke'] });
    expect(meta.topics[0].partitions).toHaveLength(3);
    await admin.disconnect();

    const producer = kafka.producer();
    await producer.connect();
    const sent = Array.from({ length: 30 }, (_, i) => ({ key: `k${i % 3}`, value: `v${i}`, partition: i % 3 }));
    const acks = await producer.send({ topic: 'smoke', messages: sent, acks: -1 });
    expect(acks.every((a) => a.errorCode === 0)).toBe(true);
    await producer.disconnect();

    const admin2 = kafka.admin();
    await admin2.connect();
    const offsets = await admin2.fetchTopicOffsets('smoke');
    await admin2.disconnect();
    expect(offsets.map((o) => Number(o.high)).reduce((a, b) => a + b, 0)).toBe(30);
  });

  it('serves kcat: -L lists the topic, -P produces, -C consumes', () => {
    const list = execFileSync('kcat', ['-b', broker.bootstrap, '-L', '-t', 'smoke'], { encoding: 'utf8', timeout: 20_000 });
    expect(list).toMatch(/topic "smoke" with 3 partitions/);
    execFileSync('kcat', ['-b', broker.bootstrap, '-P', '-t', 'kcat-topic', '-p', '0'], { input: 'one\ntwo\nthree\n', timeout: 20_000 });
    const out = execFileSync('kcat', ['-b', broker.bootstrap, '-C', '-t', 'kcat-topic', '-p', '0', '-o', 'beginning', '-e', '-q'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(out.trim().split('\n')).toEqual(['one', 'two', 'three']);
  });
});
