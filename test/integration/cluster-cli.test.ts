/**
 * `tributary cluster`: starts Debian's ZooKeeper and N brokers on
 * consecutive ports, each with its own HTTP API and console on consecutive
 * HTTP ports (printed at start, each showing the whole cluster), prints the
 * bootstrap list, serves a replicated topic, and stops everything on Ctrl-C
 * (SIGINT) with exit code 0.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { ROOT, freePort } from './harness.js';
import { readAll, waitFor } from './cluster-helpers.js';

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = net.connect({ port, host: '127.0.0.1' }, () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });
}

/** A base port whose next `n` ports are free. */
async function freeRange(n: number): Promise<number> {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let ok = true;
    for (let i = 0; i < n && ok; i++) ok = !(await listening(base + i));
    if (ok) return base;
  }
}

describe('tributary cluster', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-cluster-cli-'));

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts ZooKeeper and 2 brokers with a console each, serves an RF=2 topic and stops everything on SIGINT', async () => {
    const base = await freeRange(2);
    let httpBase = await freeRange(2);
    while (httpBase <= base + 1 && httpBase + 1 >= base) httpBase = await freeRange(2);
    const zkPort = await freePort();
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'bin/tributary.js'),
        'cluster',
        '--brokers',
        '2',
        '--data-dir',
        dataDir,
        '--port',
        String(base),
        '--zookeeper-port',
        String(zkPort),
        '--http-port',
        String(httpBase),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      // ZooKeeper's JVM and two brokers start slowly on a busy 2-core machine; on a timeout, show what the tool said.
      await waitFor('the bootstrap list', 120_000, () => out.includes('bootstrap servers:')).catch((err: Error) => {
        throw new Error(`${err.message}; tributary cluster printed:\n${out}`);
      });
      expect(out).toContain(`bootstrap servers: localhost:${base},localhost:${base + 1}`);
      // One HTTP listener per broker, each printed, each answering for its broker and showing both.
      for (let id = 0; id < 2; id++) {
        expect(out).toContain(`broker ${id}: localhost:${base + id}  console http://127.0.0.1:${httpBase + id}/`);
        const health = (await (await fetch(`http://127.0.0.1:${httpBase + id}/api/health`)).json()) as { brokerId: number };
        expect(health.brokerId).toBe(id);
        const cluster = (await (await fetch(`http://127.0.0.1:${httpBase + id}/api/cluster`)).json()) as {
          brokers: { nodeId: number; status: string }[];
        };
        expect(cluster.brokers.map((b) => [b.nodeId, b.status])).toEqual([
          [0, 'up'],
          [1, 'up'],
        ]);
      }
      expect(fs.readFileSync(path.join(dataDir, 'broker-1', 'server.properties'), 'utf8')).toContain(
        `http.listener=http://127.0.0.1:${httpBase + 1}`,
      );
      expect(fs.existsSync(path.join(dataDir, 'broker-1', 'server.properties'))).toBe(true);
      const kafka = new Kafka({ clientId: 'cli', brokers: [`localhost:${base}`], logLevel: logLevel.NOTHING });
      const admin = kafka.admin();
      await admin.connect();
      expect((await admin.describeCluster()).brokers.map((b) => b.port).sort()).toEqual([base, base + 1]);
      await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'cli-topic', numPartitions: 2, replicationFactor: 2 }] });
      await admin.disconnect();
      const producer = kafka.producer();
      await producer.connect();
      await producer.send({ topic: 'cli-topic', acks: -1, messages: [{ value: 'a' }, { value: 'b' }, { value: 'c' }] });
      await producer.disconnect();
      const stored = await readAll(kafka, 'cli-topic', 3);
      expect([...stored.values()].flat().sort()).toEqual(['a', 'b', 'c']);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited, out).toBe(0);
    expect(out).toMatch(/stopped/);
    for (const port of [base, base + 1, httpBase, httpBase + 1, zkPort]) expect(await listening(port)).toBe(false);
  }, 180_000);
});
