/**
 * JoinGroup with rebalance_timeout_ms = 0 against a broker process, with
 * kafkajs: its low-level `Broker.joinGroup` sends 0 when the caller gives no
 * rebalance timeout, and a consumer may be configured with 0. Kafka 2.4.1
 * answers the SyncGroup, Heartbeat and OffsetCommit that follow with NONE:
 * the member's life is governed by its session timeout, not by the zero
 * rebalance timeout. Also a consumer with rebalanceTimeout 0 whose committed
 * offset is past the log end recovers from OFFSET_OUT_OF_RANGE (kafkajs
 * commits the reset offset with its generation and member id) and goes on.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { waitFor } from './groups-helpers.js';

// kafkajs's low-level API is not exported from its index: the Broker class and its connection pool.
const require = createRequire(import.meta.url);
const KafkajsBroker = require('kafkajs/src/broker');
const ConnectionPool = require('kafkajs/src/network/connectionPool');
const socketFactory = require('kafkajs/src/network/socketFactory');
const { createLogger, LEVELS } = require('kafkajs/src/loggers');

const SESSION_TIMEOUT_MS = 3000;

let broker: BrokerProcess;
let kafka: Kafka;

beforeAll(async () => {
  broker = await new BrokerProcess({
    config: { 'group.initial.rebalance.delay.ms': '0', 'group.min.session.timeout.ms': '1000', 'offsets.topic.num.partitions': '3' },
  }).start();
  kafka = new Kafka({ brokers: [broker.bootstrap], clientId: 'rebalance-timeout', logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [
      { topic: 'rt', numPartitions: 1 },
      { topic: 'oor', numPartitions: 1 },
    ],
    waitForLeaders: true,
  });
  await admin.disconnect();
});

afterAll(async () => {
  await broker?.destroy();
});

/** kafkajs's low-level Broker, connected (ApiVersions done) to the broker process. */
async function lowLevelBroker(): Promise<any> {
  const logger = createLogger({ level: LEVELS.NOTHING, logCreator: () => () => undefined });
  const connectionPool = new ConnectionPool({
    host: '127.0.0.1',
    port: broker.port,
    logger,
    socketFactory: socketFactory(),
    clientId: 'low-level',
    connectionTimeout: 10_000,
    requestTimeout: 30_000,
    enforceRequestTimeout: true,
    maxInFlightRequests: null,
  });
  const b = new KafkajsBroker({ connectionPool, logger });
  await b.connect();
  return b;
}

describe('rebalance_timeout_ms = 0', () => {
  it("kafkajs's Broker.joinGroup without a rebalance timeout: sync, heartbeat and commit answer NONE; the session timeout ends the member", async () => {
    const b = await lowLevelBroker();
    try {
      const coordinator = await b.findGroupCoordinator({ groupId: 'g-zero' });
      expect(coordinator.errorCode).toBe(0);
      const j = await b.joinGroup({
        groupId: 'g-zero',
        sessionTimeout: SESSION_TIMEOUT_MS,
        groupProtocols: [{ name: 'range', metadata: Buffer.alloc(0) }],
      });
      expect(j.errorCode).toBe(0);
      const s = await b.syncGroup({ groupId: 'g-zero', generationId: j.generationId, memberId: j.memberId, groupAssignment: [] });
      expect(s.errorCode).toBe(0);
      const hb = await b.heartbeat({ groupId: 'g-zero', groupGenerationId: j.generationId, memberId: j.memberId });
      expect(hb.errorCode).toBe(0);
      const c = await b.offsetCommit({
        groupId: 'g-zero',
        groupGenerationId: j.generationId,
        memberId: j.memberId,
        topics: [{ topic: 'rt', partitions: [{ partition: 0, offset: '1' }] }],
      });
      expect(c.responses[0].partitions[0].errorCode).toBe(0);
      // Heartbeats keep it: the member outlives a zero rebalance timeout for several session timeouts' worth of heartbeats.
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r, SESSION_TIMEOUT_MS / 3));
        expect((await b.heartbeat({ groupId: 'g-zero', groupGenerationId: j.generationId, memberId: j.memberId })).errorCode).toBe(0);
      }
      // Without heartbeats the session timeout removes it: the group becomes Empty.
      const admin = kafka.admin();
      await admin.connect();
      try {
        await waitFor(
          async () => ((await admin.describeGroups(['g-zero'])).groups[0].state === 'Empty' ? true : null),
          60_000,
          'the session timeout to empty the group',
        );
      } finally {
        await admin.disconnect();
      }
    } finally {
      await b.disconnect();
    }
  });

  it('a consumer with rebalanceTimeout 0 recovers from OFFSET_OUT_OF_RANGE and commits what it consumed', async () => {
    const producer = kafka.producer();
    await producer.connect();
    const admin = kafka.admin();
    await admin.connect();
    const consumer = kafka.consumer({ groupId: 'g-oor', sessionTimeout: SESSION_TIMEOUT_MS, rebalanceTimeout: 0, heartbeatInterval: 300 });
    const got: string[] = [];
    let crash: Error | null = null;
    consumer.on(consumer.events.CRASH, (e) => {
      crash = e.payload.error;
    });
    try {
      await producer.send({ topic: 'oor', messages: ['a', 'b', 'c'].map((value) => ({ value })) });
      // A committed offset past the log end: the first fetch answers OFFSET_OUT_OF_RANGE.
      await admin.setOffsets({ groupId: 'g-oor', topic: 'oor', partitions: [{ partition: 0, offset: '100' }] });
      await consumer.connect();
      await consumer.subscribe({ topics: ['oor'], fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          got.push(message.value!.toString());
        },
      });
      await waitFor(() => got.length >= 3 || null, 60_000, 'the three records after the reset');
      await producer.send({ topic: 'oor', messages: [{ value: 'd' }] });
      await waitFor(() => got.includes('d') || null, 60_000, 'a record produced after the reset');
      expect(got).toEqual(['a', 'b', 'c', 'd']);
      const committed = await waitFor(
        async () => {
          const o = await admin.fetchOffsets({ groupId: 'g-oor', topics: ['oor'] });
          return o[0].partitions[0].offset === '4' ? o[0].partitions[0].offset : null;
        },
        60_000,
        'offset 4 to be committed',
      );
      expect(committed).toBe('4');
      expect(crash).toBeNull();
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
      await admin.disconnect();
    }
  });
});
