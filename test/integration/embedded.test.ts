/**
 * Embedded use: startBroker() runs a broker inside the test process on a free
 * port with a temporary directory; kafkajs and kcat talk to it; stop()
 * closes it and removes the directory. Also through the package export
 * `tributary/broker` (the built dist), as a user would import it.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import net from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { startBroker } from '../../broker/index.js';
import type * as BrokerModule from '../../broker/index.js';

const run = promisify(execFile);

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' }, () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

describe('embedded broker', () => {
  it('starts on port 0 with a temp dir, serves kafkajs and kcat, and stop() cleans up', async () => {
    const b = await startBroker({ config: { 'num.partitions': '2' } });
    expect(b.port).toBeGreaterThan(0);
    expect(b.brokers).toBe(`127.0.0.1:${b.port}`);
    expect(fs.existsSync(b.dataDir)).toBe(true);
    try {
      const kafka = new Kafka({ clientId: 'embedded', brokers: [b.brokers], logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      await admin.createTopics({ topics: [{ topic: 'embedded' }] });
      const meta = await admin.fetchTopicMetadata({ topics: ['embedded'] });
      expect(meta.topics[0].partitions).toHaveLength(2);
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic: 'embedded', messages: [{ value: 'in-process', partition: 1 }] });
      await producer.disconnect();
      const offsets = await admin.fetchTopicOffsets('embedded');
      expect(offsets.find((o) => o.partition === 1)!.high).toBe('1');
      await admin.disconnect();
      const { stdout } = await run('kcat', ['-b', b.brokers, '-C', '-t', 'embedded', '-p', '1', '-o', 'beginning', '-e', '-q'], {
        timeout: 20_000,
      });
      expect(stdout.trim()).toBe('in-process');
    } finally {
      await b.stop();
    }
    expect(fs.existsSync(b.dataDir)).toBe(false);
    expect(await canConnect(b.port)).toBe(false);
  });

  it('two embedded brokers run side by side; a given dataDir is kept after stop()', async () => {
    const dir = fs.mkdtempSync('/tmp/tributary-embedded-');
    const [one, two] = await Promise.all([startBroker({ dataDir: dir }), startBroker()]);
    try {
      expect(one.port).not.toBe(two.port);
      const kafka = new Kafka({ clientId: 'embedded-2', brokers: [one.brokers], logLevel: logLevel.NOTHING });
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic: 'auto', messages: [{ value: 'kept' }] });
      await producer.disconnect();
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
    expect(fs.existsSync(dir)).toBe(true);
    // Restarting on the same directory serves the same data.
    const again = await startBroker({ dataDir: dir });
    try {
      const admin = new Kafka({ clientId: 'embedded-3', brokers: [again.brokers], logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      expect(await admin.listTopics()).toContain('auto');
      const offsets = await admin.fetchTopicOffsets('auto');
      expect(offsets.reduce((n, o) => n + Number(o.high), 0)).toBe(1);
      await admin.disconnect();
    } finally {
      await again.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("storage: 'memory' keeps the partition logs in this process: served to kafkajs and kcat, no log files on disk", async () => {
    const b = await startBroker({ storage: 'memory' });
    try {
      const kafka = new Kafka({ clientId: 'embedded-memory', brokers: [b.brokers], logLevel: logLevel.NOTHING });
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic: 'in-memory', messages: [{ value: 'one' }, { value: 'two' }] });
      await producer.disconnect();
      const { stdout } = await run('kcat', ['-b', b.brokers, '-C', '-t', 'in-memory', '-o', 'beginning', '-e', '-q'], { timeout: 20_000 });
      expect(stdout.trim().split('\n')).toEqual(['one', 'two']);
      expect(fs.readdirSync(b.dataDir).filter((f) => f.startsWith('in-memory'))).toEqual([]);
    } finally {
      await b.stop();
    }
  });

  it('a second embedded broker on a data dir another one holds fails naming it, and writes nothing there', async () => {
    const one = await startBroker();
    try {
      await expect(startBroker({ dataDir: one.dataDir })).rejects.toThrow(
        `Failed to acquire lock on file .lock in ${fs.realpathSync(one.dataDir)}`,
      );
      expect(fs.existsSync(`${one.dataDir}/.kafka_cleanshutdown`)).toBe(false);
      const admin = new Kafka({ clientId: 'held', brokers: [one.brokers], logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      expect(await admin.createTopics({ topics: [{ topic: 'still-served' }] })).toBe(true);
      await admin.disconnect();
    } finally {
      await one.stop();
    }
  });

  it('is importable as tributary/broker (the package export)', async () => {
    const mod = (await import('tributary/broker' as string)) as typeof BrokerModule;
    const b = await mod.startBroker();
    try {
      const admin = new Kafka({ clientId: 'pkg', brokers: [b.brokers], logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      expect(await admin.createTopics({ topics: [{ topic: 'pkg' }] })).toBe(true);
      await admin.disconnect();
    } finally {
      await b.stop();
    }
    expect(fs.existsSync(b.dataDir)).toBe(false);
  });
});
