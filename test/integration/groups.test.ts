/**
 * Consumer groups with real clients in real processes: three kafkajs
 * consumers (separate processes) share a 6-partition topic, one is killed
 * with SIGKILL and the rest take over its partitions within the session
 * timeout without losing a message; committed offsets survive a kill -9 and
 * a clean restart of the broker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess, ROOT } from './harness.js';
import { waitFor } from './groups-helpers.js';

const CHILD = path.join(ROOT, 'test/integration/groups-consumer-child.mjs');
const BROKER_CONFIG = {
  'group.initial.rebalance.delay.ms': '0',
  'group.min.session.timeout.ms': '1000',
  'offsets.topic.num.partitions': '5',
};

/** A consumer child process and what it reported. */
class ConsumerChild {
  readonly proc: ChildProcess;
  assigned: number[] | null = null;
  readonly ids: string[] = [];
  exited = false;
  private buf = '';

  constructor(bootstrap: string, groupId: string, topic: string, name: string) {
    this.proc = spawn(process.execPath, [CHILD, bootstrap, groupId, topic, name], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    this.proc.stdout!.on('data', (d: Buffer) => {
      this.buf += d.toString();
      let i: number;
      while ((i = this.buf.indexOf('\n')) >= 0) {
        const line = this.buf.slice(0, i);
        this.buf = this.buf.slice(i + 1);
        const o = JSON.parse(line);
        if (o.assigned) this.assigned = o.assigned;
        if (o.id !== undefined) this.ids.push(o.id);
      }
    });
    this.proc.once('exit', () => (this.exited = true));
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    if (this.exited) return Promise.resolve();
    const done = new Promise<void>((r) => this.proc.once('exit', () => r()));
    this.proc.kill(signal);
    return done;
  }
}

/** Whether the assignments are disjoint and cover partitions 0..n-1. */
function covers(assignments: (number[] | null)[], n: number): boolean {
  const all = assignments.flatMap((a) => a ?? []);
  return all.length === n && new Set(all).size === n && assignments.every((a) => a !== null && a.length > 0);
}

describe('consumer groups with kafkajs processes', () => {
  let broker: BrokerProcess;
  const children: ConsumerChild[] = [];

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: BROKER_CONFIG }).start();
  });

  afterAll(async () => {
    await Promise.all(children.map((c) => c.kill('SIGKILL')));
    await broker?.destroy();
  });

  it('three consumers split six partitions; killing one moves its partitions to the others and loses nothing', async () => {
    const kafka = new Kafka({ clientId: 'groups-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 6 }] });
    await admin.disconnect();
    for (let i = 0; i < 3; i++) children.push(new ConsumerChild(broker.bootstrap, 'order-processors', 'orders', `consumer-${i}`));
    await waitFor(
      () =>
        covers(
          children.map((c) => c.assigned),
          6,
        ),
      60_000,
      'three disjoint assignments covering 6 partitions',
    );
    expect(children.map((c) => c.assigned!.length)).toEqual([2, 2, 2]);

    const producer = kafka.producer();
    await producer.connect();
    const send = async (from: number, to: number): Promise<void> => {
      const messages = [];
      for (let i = from; i < to; i++) messages.push({ key: `key-${i}`, value: `id-${i}` });
      await producer.send({ topic: 'orders', messages, acks: -1 });
    };
    await send(0, 300);
    const seen = (): Set<string> => new Set(children.flatMap((c) => c.ids));
    await waitFor(() => seen().size === 300, 30_000, 'the first 300 messages');

    const victim = children[1]!;
    const survivors = [children[0]!, children[2]!];
    const before = survivors.map((c) => c.assigned);
    const killedAt = Date.now();
    await victim.kill('SIGKILL');
    await send(300, 600);
    await waitFor(
      () =>
        survivors.every((c, i) => c.assigned !== before[i]) &&
        covers(
          survivors.map((c) => c.assigned),
          6,
        ),
      30_000,
      'the survivors to take over',
    );
    const rebalanceMs = Date.now() - killedAt;
    // session timeout 4 s + heartbeat interval + rejoin: well within 10 s
    expect(rebalanceMs).toBeLessThan(10_000);
    await waitFor(() => seen().size === 600, 30_000, 'all 600 messages');
    const ids = seen();
    for (let i = 0; i < 600; i++) expect(ids.has(`id-${i}`)).toBe(true);
    await producer.disconnect();
  });

  it('committed offsets survive kill -9 and a clean restart of the broker', async () => {
    let kafka = new Kafka({ clientId: 'restart-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'ledger', numPartitions: 2 }] });
    await admin.setOffsets({
      groupId: 'auditors',
      topic: 'ledger',
      partitions: [
        { partition: 0, offset: '17' },
        { partition: 1, offset: '4' },
      ],
    });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: 'ledger',
      messages: Array.from({ length: 40 }, (_, i) => ({ value: `m${i}`, partition: i % 2 })),
      acks: -1,
    });
    await producer.disconnect();

    const committed = async (): Promise<Record<number, string>> => {
      const a = kafka.admin();
      await a.connect();
      try {
        const r = await a.fetchOffsets({ groupId: 'auditors', topics: ['ledger'] });
        return Object.fromEntries(r[0]!.partitions.map((p) => [p.partition, p.offset]));
      } finally {
        await a.disconnect();
      }
    };
    expect(await committed()).toEqual({ 0: '17', 1: '4' });

    await broker.kill('SIGKILL');
    await broker.start();
    kafka = new Kafka({ clientId: 'restart-test', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 10 } });
    expect(await committed()).toEqual({ 0: '17', 1: '4' });

    // a consumer of the group resumes at the committed offsets and commits as it goes
    const consumer = kafka.consumer({ groupId: 'auditors', sessionTimeout: 3000, heartbeatInterval: 300, maxWaitTimeInMs: 300 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'ledger', fromBeginning: true });
    const got: string[] = [];
    await consumer.run({ eachMessage: async ({ message }) => void got.push(message.value!.toString()) });
    await waitFor(() => got.length >= 19, 30_000, 'the uncommitted tail');
    await new Promise((r) => setTimeout(r, 500));
    await consumer.disconnect();
    // partition 0 holds m0, m2, ... (20 records): from 17 → 3; partition 1 from 4 → 16
    expect(got.length).toBe(19);
    expect(got).not.toContain('m0');
    expect(await committed()).toEqual({ 0: '20', 1: '20' });

    await broker.stop();
    await broker.start();
    expect(await committed()).toEqual({ 0: '20', 1: '20' });
  });
});
