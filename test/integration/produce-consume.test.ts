/**
 * Volume round trip: kafkajs produces 100,000 keyed messages over 6
 * partitions with acks=all; kcat and the raw Fetch client read them back.
 * Every id must come back exactly once, each partition's offsets must be
 * contiguous from 0, and ids must be in send order within a partition. Then
 * acks=0 and acks=1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { RawClient, readAll } from './raw-client.js';

const run = promisify(execFile);
const TOTAL = 100_000;
const PARTITIONS = 6;
const BATCH = 2_000;

/** Consumes one partition from the beginning to its end with kcat: "<partition> <offset> <key> <value>" lines. */
async function kcatPartition(bootstrap: string, topic: string, partition: number): Promise<string[]> {
  const { stdout } = await run(
    'kcat',
    ['-b', bootstrap, '-C', '-t', topic, '-p', String(partition), '-o', 'beginning', '-e', '-q', '-f', '%p %o %k %s\n'],
    { maxBuffer: 256 << 20, timeout: 60_000 },
  );
  return stdout.split('\n').filter((l) => l.length > 0);
}

describe('produce and consume 100k messages over 6 partitions', () => {
  let broker: BrokerProcess;
  let kafka: Kafka;
  let producer: Producer;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'group.initial.rebalance.delay.ms': '0' } }).start();
    kafka = new Kafka({ clientId: 'volume', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic: 'volume', numPartitions: PARTITIONS },
        { topic: 'acks0', numPartitions: 1 },
        { topic: 'acks1', numPartitions: 2 },
      ],
    });
    await admin.disconnect();
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await broker?.destroy();
  });

  it('acks=all: every id comes back exactly once, in order per partition (kcat and raw fetch)', async () => {
    for (let start = 0; start < TOTAL; start += BATCH) {
      const messages = [];
      for (let i = start; i < start + BATCH; i++) messages.push({ key: `key-${i % 997}`, value: `id-${i}` });
      const acks = await producer.send({ topic: 'volume', messages, acks: -1 });
      for (const a of acks) expect(a.errorCode).toBe(0);
    }

    const seen = new Uint8Array(TOTAL);
    const keyPartition = new Map<string, number>();
    const counts: number[] = [];
    for (let p = 0; p < PARTITIONS; p++) {
      const lines = await kcatPartition(broker.bootstrap, 'volume', p);
      counts.push(lines.length);
      let lastId = -1;
      for (let i = 0; i < lines.length; i++) {
        const [part, offset, key, value] = lines[i].split(' ');
        expect(Number(part)).toBe(p);
        if (Number(offset) !== i) throw new Error(`partition ${p}: offset ${offset} at position ${i}`);
        const id = Number(value.slice(3));
        if (id <= lastId) throw new Error(`partition ${p}: id ${id} after ${lastId}`);
        lastId = id;
        seen[id]++;
        const known = keyPartition.get(key);
        if (known !== undefined && known !== p) throw new Error(`key ${key} in partitions ${known} and ${p}`);
        keyPartition.set(key, p);
      }
    }
    expect(counts.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(seen.every((n) => n === 1)).toBe(true);

    // The same data through the raw Fetch client; high watermarks agree with kcat.
    const c = await RawClient.connect(broker.port);
    try {
      for (let p = 0; p < PARTITIONS; p++) {
        const recs = await readAll(c, 'volume', p);
        expect(recs.length).toBe(counts[p]);
        for (let i = 0; i < recs.length; i++)
          if (recs[i].offset !== i) throw new Error(`raw: partition ${p} offset ${recs[i].offset} at ${i}`);
      }
    } finally {
      c.close();
    }

    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets('volume');
    await admin.disconnect();
    expect(offsets.sort((a, b) => a.partition - b.partition).map((o) => Number(o.high))).toEqual(counts);
  });

  it('a kafkajs consumer group reads all 100k back (Fetch through kafkajs)', async () => {
    const consumer = kafka.consumer({ groupId: 'volume-readers', maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topic: 'volume', fromBeginning: true });
    const seen = new Uint8Array(TOTAL);
    const lastOffset = new Map<number, number>();
    let count = 0;
    let resolveDone!: () => void;
    const done = new Promise<void>((r) => (resolveDone = r));
    await consumer.run({
      eachBatch: async ({ batch }) => {
        for (const m of batch.messages) {
          const offset = Number(m.offset);
          const prev = lastOffset.get(batch.partition) ?? -1;
          if (offset !== prev + 1) throw new Error(`partition ${batch.partition}: offset ${offset} after ${prev}`);
          lastOffset.set(batch.partition, offset);
          seen[Number(m.value!.toString().slice(3))]++;
          count++;
        }
        if (count >= TOTAL) resolveDone();
      },
    });
    const timer = setTimeout(() => resolveDone(), 90_000);
    await done;
    clearTimeout(timer);
    await consumer.disconnect();
    expect(count).toBe(TOTAL);
    expect(seen.every((n) => n === 1)).toBe(true);
  });

  it('acks=0: fire-and-forget messages all arrive', async () => {
    const n = 1000;
    for (let start = 0; start < n; start += 100) {
      const messages = Array.from({ length: 100 }, (_, i) => ({ value: `zero-${start + i}` }));
      const r = await producer.send({ topic: 'acks0', messages, acks: 0 });
      expect(Array.isArray(r)).toBe(true);
    }
    const c = await RawClient.connect(broker.port);
    try {
      const deadline = Date.now() + 20_000;
      let values: string[] = [];
      while (Date.now() < deadline) {
        values = (await readAll(c, 'acks0', 0)).map((r) => r.value!.toString());
        if (values.length >= n) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(values).toEqual(Array.from({ length: n }, (_, i) => `zero-${i}`));
    } finally {
      c.close();
    }
  });

  it('acks=1: offsets in the acknowledgements match what is read back', async () => {
    const first = await producer.send({
      topic: 'acks1',
      acks: 1,
      messages: [
        { value: 'a', partition: 1 },
        { value: 'b', partition: 1 },
      ],
    });
    const second = await producer.send({ topic: 'acks1', acks: 1, messages: [{ value: 'c', partition: 1 }] });
    expect(first[0].baseOffset).toBe('0');
    expect(second[0].baseOffset).toBe('2');
    const lines = await kcatPartition(broker.bootstrap, 'acks1', 1);
    expect(lines.map((l) => l.split(' ').slice(1).join(' '))).toEqual(['0  a', '1  b', '2  c']);
    expect(await kcatPartition(broker.bootstrap, 'acks1', 0)).toEqual([]);
  });
});
