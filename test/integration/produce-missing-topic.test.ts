/**
 * Producing to a topic that does not exist, with auto.create.topics.enable
 * off, against a broker process: the Produce answer keeps Kafka's
 * UNKNOWN_TOPIC_OR_PARTITION and (v8+) says in error_message that the topic
 * does not exist and how to create it, and the command it names works. What
 * the clients print: kafka-console-producer says the same (kafkajs fails in
 * its metadata lookup, before a Produce could bring the broker's message);
 * kcat (librdkafka) fails in its metadata lookup too and prints librdkafka's
 * "Unknown topic or partition".
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { RawClient, batchOf, produce } from './raw-client.js';
import { runCli } from './cli-helpers.js';
import { ErrorCode } from '../../protocol/generated/errors.js';

describe('producing to a missing topic (auto.create.topics.enable=false)', () => {
  let broker: BrokerProcess;
  let c: RawClient;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'auto.create.topics.enable': 'false' } }).start();
    c = await RawClient.connect(broker.port);
  });

  afterAll(async () => {
    c?.close();
    await broker?.destroy();
  });

  it('answers UNKNOWN_TOPIC_OR_PARTITION with an error_message naming the fix (Produce v8-v11); the named command works', async () => {
    const expected =
      "Topic 'absent' does not exist and auto.create.topics.enable is false; " +
      `create it with kafka-topics --create --topic absent --bootstrap-server ${broker.bootstrap}`;
    for (let v = 8; v <= 11; v++) {
      const p = (await produce(c, 'absent', 0, batchOf(['x']), -1, v)).responses[0].partitionResponses[0];
      expect([p.errorCode, p.errorMessage], `v${v}`).toEqual([ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, expected]);
    }
    // v7 has no error_message field: the code alone.
    const old = (await produce(c, 'absent', 0, batchOf(['x']), -1, 7)).responses[0].partitionResponses[0];
    expect([old.errorCode, old.errorMessage]).toEqual([ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, null]);
    // Run the command the message names (this worktree's build), then produce again.
    const command = expected.slice(expected.indexOf('kafka-topics ')).split(' ');
    const created = await runCli('tributary', command, { timeoutMs: 60_000 });
    expect(created.code, created.stderr).toBe(0);
    const ok = (await produce(c, 'absent', 0, batchOf(['x']), -1, 11)).responses[0].partitionResponses[0];
    expect([ok.errorCode, ok.baseOffset]).toEqual([ErrorCode.NONE, 0]);
  });

  it('kafka-console-producer says the topic does not exist and how to create it', async () => {
    const r = await runCli('tributary', ['kafka-console-producer', '--bootstrap-server', broker.bootstrap, '--topic', 'nowhere'], {
      input: 'a\n',
      timeoutMs: 90_000,
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      "with error: Topic 'nowhere' does not exist (UNKNOWN_TOPIC_OR_PARTITION); create it with " +
        `kafka-topics --create --topic nowhere --bootstrap-server ${broker.bootstrap}`,
    );
  });

  it('kafkajs and kcat fail in their metadata lookup with the error code (no Produce is sent)', async () => {
    const kafka = new Kafka({ brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    try {
      const err = await producer.send({ topic: 'nowhere', messages: [{ value: 'x' }] }).then(
        () => null,
        (e: Error & { cause?: { type?: string } }) => e,
      );
      expect(err?.cause?.type ?? (err as { type?: string } | null)?.type).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    } finally {
      await producer.disconnect();
    }
    const r = spawnSync(
      'kcat',
      ['-b', broker.bootstrap, '-P', '-t', 'nowhere', '-p', '0', '-X', 'topic.metadata.propagation.max.ms=1000'],
      {
        input: 'a\n',
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Unknown topic or partition/);
  });
});
