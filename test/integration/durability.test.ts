/**
 * Durability: kill -9 under acks=all load loses no acknowledged record;
 * SIGTERM restarts skip recovery and keep topics, configs and data; a torn
 * tail is truncated and everything before it served; missing or corrupt
 * indexes are rebuilt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { RawClient, batchOf, fetchPartition, produce, readAll } from './raw-client.js';
import { batchSize } from '../../protocol/record-batch.js';

const PARTITIONS = 3;

describe('durability', () => {
  let broker: BrokerProcess;
  let c: RawClient;

  async function restart(signal: 'SIGKILL' | 'SIGTERM'): Promise<string> {
    c?.close();
    await broker.kill(signal);
    const before = broker.output.length;
    await broker.start();
    c = await RawClient.connect(broker.port);
    // The new process's log lines up to "started".
    await until(() => /broker \d+ started/.test(broker.output.slice(before)));
    return broker.output.slice(before);
  }

  async function until(cond: () => boolean, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const partitionDir = (topic: string, p = 0): string => path.join(broker.dataDir, 'logs', `${topic}-${p}`);

  function segmentFiles(topic: string, ext: string): string[] {
    return fs
      .readdirSync(partitionDir(topic))
      .filter((f) => f.endsWith(ext))
      .sort();
  }

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
    c = await RawClient.connect(broker.port);
    const r = await c.send('CreateTopics', 7, {
      topics: [
        { name: 'load', numPartitions: PARTITIONS, replicationFactor: 1, assignments: [], configs: [] },
        { name: 'kept', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [{ name: 'retention.ms', value: '7200000' }] },
        { name: 'torn', numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] },
        {
          name: 'indexed',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [
            { name: 'segment.bytes', value: '20000' },
            { name: 'index.interval.bytes', value: '100' },
          ],
        },
      ],
      timeoutMs: 10_000,
    });
    expect(r.topics.every((t: { errorCode: number }) => t.errorCode === 0)).toBe(true);
  });

  afterAll(async () => {
    c?.close();
    await broker?.destroy();
  });

  it('kill -9 and SIGTERM under acks=all load: every acknowledged record is there exactly once', async () => {
    const acked: number[] = [];
    let next = 0;
    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      const kafka = new Kafka({ clientId: 'durability', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } });
      const producer = kafka.producer({ retry: { retries: 0 } });
      await producer.connect();
      let stop = false;
      const worker = async (): Promise<void> => {
        while (!stop) {
          const ids = Array.from({ length: 50 }, () => next++);
          try {
            const r = await producer.send({
              topic: 'load',
              acks: -1,
              messages: ids.map((id) => ({ key: `k${id % 17}`, value: `id-${id}` })),
            });
            if (r.every((x) => x.errorCode === 0)) acked.push(...ids);
          } catch {
            return; // the broker is gone: unacknowledged, may or may not be stored
          }
        }
      };
      const target = acked.length + 20_000;
      const workers = [worker(), worker(), worker(), worker()];
      await until(() => acked.length >= target, 60_000);
      c.close();
      await broker.kill(signal);
      stop = true;
      await Promise.all(workers);
      await producer.disconnect().catch(() => undefined);

      const log = await restart(signal);
      if (signal === 'SIGKILL') expect(log).toMatch(/no clean shutdown marker; recovering/);
      else expect(log).not.toMatch(/recovering|truncated/);
      const count = new Map<number, number>();
      let total = 0;
      for (let p = 0; p < PARTITIONS; p++) {
        for (const r of await readAll(c, 'load', p)) {
          const id = Number(r.value!.toString().slice(3));
          if (Number.isNaN(id)) continue;
          count.set(id, (count.get(id) ?? 0) + 1);
          total++;
        }
      }
      for (const id of acked)
        if (count.get(id) !== 1) throw new Error(`${signal}: acknowledged id ${id} found ${count.get(id) ?? 0} times`);
      expect(total).toBeGreaterThanOrEqual(acked.length);
      expect([...count.values()].every((n) => n === 1)).toBe(true);
      // The broker takes new writes after the restart.
      const after = await produce(c, 'load', 0, batchOf([`after ${signal}`]));
      expect(after.responses[0].partitionResponses[0].errorCode).toBe(0);
    }
  });

  it('SIGTERM keeps topics, configs and data, and the next start skips recovery', async () => {
    for (let p = 0; p < 2; p++) await produce(c, 'kept', p, batchOf([`kept-${p}-a`, `kept-${p}-b`]));
    const log = await restart('SIGTERM');
    expect(log).not.toMatch(/recovering/);
    expect(log).not.toMatch(/rebuilding indexes/);
    const meta = await c.send('Metadata', 12, { topics: null });
    const names = meta.topics.map((t: { name: string }) => t.name).sort();
    expect(names).toEqual(['indexed', 'kept', 'load', 'torn']);
    const cfg = await c.send('DescribeConfigs', 4, {
      resources: [{ resourceType: 2, resourceName: 'kept', configurationKeys: ['retention.ms'] }],
      includeSynonyms: false,
      includeDocumentation: false,
    });
    expect(cfg.results[0].configs[0].value).toBe('7200000');
    for (let p = 0; p < 2; p++) {
      expect((await readAll(c, 'kept', p)).map((r) => r.value!.toString())).toEqual([`kept-${p}-a`, `kept-${p}-b`]);
    }
  });

  it('a torn tail (partial batch, garbage) is truncated after a crash; everything before it is served', async () => {
    for (let i = 0; i < 10; i++) await produce(c, 'torn', 0, batchOf([`t${i}-a`, `t${i}-b`]));
    await broker.kill('SIGKILL');
    const file = path.join(partitionDir('torn'), segmentFiles('torn', '.log').at(-1)!);
    const buf = fs.readFileSync(file);
    // Find the last batch and cut it in half, then append garbage after it.
    let pos = 0;
    let lastStart = 0;
    while (pos < buf.length) {
      lastStart = pos;
      pos += batchSize(buf, pos);
    }
    fs.truncateSync(file, lastStart + Math.floor((buf.length - lastStart) / 2));
    fs.appendFileSync(file, Buffer.from('this is not a record batch, it is garbage from a torn write'));
    const log = await restart('SIGKILL');
    expect(log).toMatch(/torn-0: truncated \d+ bytes/);
    expect(fs.statSync(file).size).toBe(lastStart);
    const values = (await readAll(c, 'torn', 0)).map((r) => r.value!.toString());
    expect(values).toEqual(Array.from({ length: 9 }, (_, i) => [`t${i}-a`, `t${i}-b`]).flat());
    // The lost batch's offsets are reused by the next append.
    const r = await produce(c, 'torn', 0, batchOf(['after']));
    expect(r.responses[0].partitionResponses[0].baseOffset).toBe(18);
  });

  it('garbage after a clean shutdown is found and truncated too', async () => {
    await c.send('Metadata', 12, { topics: null });
    await broker.stop();
    const file = path.join(partitionDir('torn'), segmentFiles('torn', '.log').at(-1)!);
    const size = fs.statSync(file).size;
    fs.appendFileSync(file, Buffer.alloc(100, 0x41));
    const log = await restart('SIGTERM');
    expect(log).not.toMatch(/recovering/);
    expect(log).toMatch(/torn-0: truncated 100 bytes/);
    expect(fs.statSync(file).size).toBe(size);
    const values = (await readAll(c, 'torn', 0)).map((r) => r.value!.toString());
    expect(values.at(-1)).toBe('after');
    expect(values).toHaveLength(19);
    const r = await produce(c, 'torn', 0, batchOf(['after clean']));
    expect(r.responses[0].partitionResponses[0].baseOffset).toBe(19);
    expect((await readAll(c, 'torn', 0)).map((x) => x.value!.toString()).at(-1)).toBe('after clean');
    expect(fs.statSync(file).size).toBeGreaterThan(size);
  });

  it('a client connecting the moment the port opens already sees every topic', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      name: `early-${i}`,
      numPartitions: 1,
      replicationFactor: 1,
      assignments: [],
      configs: [],
    }));
    const r = await c.send('CreateTopics', 7, { topics: many, timeoutMs: 30_000 });
    expect(r.topics.every((t: { errorCode: number }) => t.errorCode === 0)).toBe(true);
    c.close();
    await broker.stop();
    const starting = broker.start();
    // Poll the (unchanged) port as fast as possible and ask for metadata on the first connection.
    let first: RawClient | null = null;
    while (first === null) {
      first = await RawClient.connect(broker.port).catch(() => null);
      if (first === null) await new Promise((res) => setTimeout(res, 1));
    }
    const meta = await first.send('Metadata', 12, { topics: null });
    first.close();
    await starting;
    c = await RawClient.connect(broker.port);
    expect(meta.brokers).toHaveLength(1);
    expect(meta.topics.length).toBe(304);
  });

  it('missing and corrupt indexes are rebuilt and reads and timestamp lookups still work', async () => {
    const t0 = Date.now();
    for (let i = 0; i < 200; i++) await produce(c, 'indexed', 0, batchOf([`ix-${i}-${'p'.repeat(150)}`], { baseTimestamp: t0 + i * 10 }));
    const logs = segmentFiles('indexed', '.log');
    expect(logs.length).toBeGreaterThanOrEqual(2);
    await broker.stop();
    const dir = partitionDir('indexed');
    const first = logs[0].replace('.log', '');
    const active = logs.at(-1)!.replace('.log', '');
    fs.rmSync(path.join(dir, `${first}.index`));
    fs.rmSync(path.join(dir, `${first}.timeindex`));
    fs.rmSync(path.join(dir, `${active}.index`));
    fs.writeFileSync(path.join(dir, `${logs[1].replace('.log', '')}.index`), Buffer.alloc(64, 0xff));
    const log = await restart('SIGTERM');
    expect(log).toMatch(/rebuilding indexes/);
    expect(fs.statSync(path.join(dir, `${first}.index`)).size).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(dir, `${first}.timeindex`))).toBe(true);
    expect(fs.existsSync(path.join(dir, `${active}.index`))).toBe(true);

    for (const offset of [0, 57, 123, 199]) {
      const p = await fetchPartition(c, 'indexed', 0, offset, { partitionMaxBytes: 1 });
      expect(p.errorCode).toBe(0);
      const recs = (await readAll(c, 'indexed', 0, offset)).slice(0, 1);
      expect(recs[0].offset).toBe(offset);
      expect(recs[0].value!.toString()).toMatch(new RegExp(`^ix-${offset}-`));
    }
    const lo = await c.send('ListOffsets', 9, {
      replicaId: -1,
      isolationLevel: 0,
      topics: [{ name: 'indexed', partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: t0 + 1005 }] }],
    });
    expect(lo.topics[0].partitions[0]).toMatchObject({ errorCode: 0, offset: 101, timestamp: t0 + 1010 });
  });
});
