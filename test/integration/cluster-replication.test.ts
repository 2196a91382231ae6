/**
 * Replication edge cases with three real brokers and ZooKeeper:
 *
 * - a leader that appended records its followers never got (acks=1 while the
 *   followers were paused with SIGSTOP) is killed; after a new leader took
 *   writes, the old leader restarts, truncates those records (leader-epoch
 *   truncation) and copies the new ones instead;
 * - controlled shutdown (SIGTERM) moves leadership to another ISR member
 *   before the broker stops;
 * - a leader whose ZooKeeper session expires (paused longer than the
 *   session timeout) stops leading, re-registers and rejoins as a follower.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { TestCluster, metadataFrom, readAll, waitFor } from './cluster-helpers.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('cluster: truncation, controlled shutdown, session expiry', () => {
  let c: TestCluster;

  beforeAll(async () => {
    c = await TestCluster.start(3);
  }, 150_000);

  afterAll(async () => {
    for (const b of c?.brokers ?? []) b.child?.kill('SIGCONT');
    await c?.destroy();
  });

  it('a returning former leader drops records that were never committed; controlled shutdown hands leadership over', async () => {
    const kafka = c.kafka();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'trunc', replicaAssignment: [{ partition: 0, replicas: [0, 1, 2] }] }],
    });
    await admin.disconnect();
    const producer = kafka.producer({ idempotent: false, allowAutoTopicCreation: false });
    await producer.connect();
    for (let i = 0; i < 100; i += 10) {
      await producer.send({
        topic: 'trunc',
        acks: -1,
        messages: Array.from({ length: 10 }, (_, j) => ({ partition: 0, value: `committed-${i + j}` })),
      });
    }
    await producer.disconnect();
    expect((await metadataFrom(c.brokers[0].bootstrap, 'trunc')).partitions[0].leader).toBe(0);

    // Followers paused: their pending fetches are answered (empty) and nothing more is fetched.
    c.brokers[1].child!.kill('SIGSTOP');
    c.brokers[2].child!.kill('SIGSTOP');
    await sleep(800);
    const lone = new Kafka({ clientId: 'lone', brokers: [c.brokers[0].bootstrap], logLevel: logLevel.NOTHING }).producer();
    await lone.connect();
    await lone.send({
      topic: 'trunc',
      acks: 1,
      messages: Array.from({ length: 10 }, (_, j) => ({ partition: 0, value: `uncommitted-${j}` })),
    });
    await c.brokers[0].kill('SIGKILL');
    await lone.disconnect().catch(() => undefined);
    c.brokers[1].child!.kill('SIGCONT');
    c.brokers[2].child!.kill('SIGCONT');

    const leader = await waitFor('a new leader', 30_000, async () => {
      const l = (await metadataFrom(c.brokers[1].bootstrap, 'trunc')).partitions[0].leader;
      return l === 1 || l === 2 ? l : undefined;
    });
    const p2 = c.kafka().producer();
    await p2.connect();
    await p2.send({ topic: 'trunc', acks: -1, messages: Array.from({ length: 50 }, (_, j) => ({ partition: 0, value: `after-${j}` })) });
    await p2.disconnect();

    await c.brokers[0].start();
    await c.ready();
    await waitFor('broker 0 back in the ISR', 30_000, async () =>
      (await metadataFrom(c.brokers[leader].bootstrap, 'trunc')).partitions[0].isr.includes(0),
    );
    expect(c.brokers[0].output).toMatch(/trunc-0: truncating from 110 to 100/);

    // Controlled shutdown of the leader and the other follower: broker 0 ends up leading.
    for (const id of [1, 2]) {
      const t0 = Date.now();
      expect(await c.brokers[id].stop()).toBe(0);
      expect(Date.now() - t0).toBeLessThan(15_000);
      expect(c.brokers[id].output).toMatch(new RegExp(`controlled shutdown of broker ${id} complete`));
    }
    const md = await metadataFrom(c.brokers[0].bootstrap, 'trunc');
    expect(md.partitions[0].leader).toBe(0);
    const stored = await readAll(new Kafka({ clientId: 'r', brokers: [c.brokers[0].bootstrap], logLevel: logLevel.NOTHING }), 'trunc', 150);
    const values = stored.get(0)!;
    expect(values).toEqual([
      ...Array.from({ length: 100 }, (_, i) => `committed-${i}`),
      ...Array.from({ length: 50 }, (_, i) => `after-${i}`),
    ]);

    await c.brokers[1].start();
    await c.brokers[2].start();
    await c.ready();
  }, 120_000);

  it('a leader whose ZooKeeper session expires stops leading, re-registers and rejoins as a follower', async () => {
    const kafka = c.kafka();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'expiry', replicaAssignment: [{ partition: 0, replicas: [2, 0, 1] }] }],
    });
    await admin.disconnect();
    expect((await metadataFrom(c.brokers[0].bootstrap, 'expiry')).partitions[0].leader).toBe(2);

    c.brokers[2].child!.kill('SIGSTOP');
    const newLeader = await waitFor('a new leader while broker 2 is frozen', 30_000, async () => {
      const p = (await metadataFrom(c.brokers[0].bootstrap, 'expiry')).partitions[0];
      return p.leader === 0 || p.leader === 1 ? p.leader : undefined;
    });
    // A client that never talks to the frozen broker (its requests would hang until thawed).
    const producer = new Kafka({
      clientId: 'thawed-out',
      brokers: [c.brokers[newLeader].bootstrap],
      logLevel: logLevel.NOTHING,
      requestTimeout: 5000,
    }).producer();
    await producer.connect();
    await producer.send({ topic: 'expiry', acks: -1, messages: [{ partition: 0, value: 'while-frozen' }] });
    c.brokers[2].child!.kill('SIGCONT');

    await waitFor('broker 2 to notice the expiry and register again', 30_000, () =>
      /registered in ZooKeeper[^\n]*\n[\s\S]*session expired[\s\S]*registered in ZooKeeper/.test(c.brokers[2].output),
    );
    await waitFor('broker 2 back in the ISR as a follower', 30_000, async () => {
      const p = (await metadataFrom(c.brokers[2].bootstrap, 'expiry')).partitions[0];
      return p.leader === newLeader && p.isr.includes(2);
    });
    await producer.send({ topic: 'expiry', acks: -1, messages: [{ partition: 0, value: 'after-thaw' }] });
    await producer.disconnect();
    const stored = await readAll(c.kafka(), 'expiry', 2);
    expect(stored.get(0)).toEqual(['while-frozen', 'after-thaw']);
  }, 90_000);
});
