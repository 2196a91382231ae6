/**
 * The streaming examples, run as they are documented (node dist/examples/...)
 * with a short batch interval: a Node TCP server stands in for `nc -lk`, and
 * an in-process broker for Kafka. Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBroker } from '../../broker/index.js';
import { GroupApi, send, type KafkaClient } from '../../client/index.js';
import { startBrokerWithClient, stopBrokerWithClient } from '../helpers/broker-client.js';
import { ROOT } from './harness.js';

/** A line server like `nc -lk`: sends `lines` to every client, every 100 ms. */
async function lineServer(lines: string[]): Promise<{ port: number; close(): void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const timer = setInterval(() => {
    for (const s of sockets) s.write(lines.join('\n') + '\n');
  }, 100);
  return {
    port: (server.address() as net.AddressInfo).port,
    close() {
      clearInterval(timer);
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

/** Runs an example until its stdout matches `until`; returns the output. */
function runExample(name: string, args: string[], until: RegExp, batchMs = 200, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/examples', `${name}.js`), ...args], {
      env: { ...process.env, TRIBUTARY_BATCH_MS: String(batchMs) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not print ${until} within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const check = (d: Buffer): void => {
      out += d.toString();
      if (until.test(out)) {
        clearTimeout(timer);
        child.kill('SIGTERM');
        child.once('exit', () => resolve(out));
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  });
}

describe('socket examples', () => {
  it('NetworkWordCount prints Spark-format word counts per batch', async () => {
    const srv = await lineServer(['hello world hello']);
    try {
      const out = await runExample(
        'network-word-count',
        ['127.0.0.1', String(srv.port)],
        /\(hello,\d+\)[\s\S]*\(world,\d+\)|\(world,\d+\)[\s\S]*\(hello,\d+\)/,
      );
      expect(out).toMatch(/-------------------------------------------\nTime: \d+ ms\n-------------------------------------------\n/);
      const m = /\(hello,(\d+)\)\n\(world,(\d+)\)/.exec(out) ?? /\(world,(\d+)\)\n\(hello,(\d+)\)/.exec(out);
      expect(m).not.toBeNull();
    } finally {
      srv.close();
    }
  });

  it('BlacklistFilter drops blacklisted words', async () => {
    const srv = await lineServer(['good spam good ads']);
    try {
      const out = await runExample('blacklist-filter', ['127.0.0.1', String(srv.port), 'spam,ads'], /\(good,\d+\)/);
      expect(out).not.toMatch(/spam|ads/);
    } finally {
      srv.close();
    }
  });

  it('StatefulWordCount counts grow across batches; CustomReceiver counts words', async () => {
    const srv = await lineServer(['tick']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stateful-example-'));
    try {
      const out = await runExample('stateful-word-count', ['127.0.0.1', String(srv.port), dir], /\(tick,([3-9]|\d\d+)\)/);
      const counts = [...out.matchAll(/\(tick,(\d+)\)/g)].map((m) => Number(m[1]));
      for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]);
      await runExample('custom-receiver', ['127.0.0.1', String(srv.port)], /\(tick,\d+\)/);
    } finally {
      srv.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('WindowWordCount and ForeachBatchToStore run', async () => {
    const srv = await lineServer(['w w x']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-example-'));
    try {
      await runExample('window-word-count', ['127.0.0.1', String(srv.port)], /\(w,\d+\)\n\(x,\d+\)/, 100);
      await runExample('foreach-batch-to-store', ['127.0.0.1', String(srv.port), dir], /top: w=\d+ x=\d+/);
    } finally {
      srv.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('KafkaDirectWordCount', () => {
  let broker: RunningBroker;
  let client: KafkaClient;
  beforeAll(async () => ({ broker, client } = await startBrokerWithClient([{ topic: 'words', numPartitions: 3 }])));
  afterAll(() => stopBrokerWithClient({ broker, client }));

  it('counts the words of the topic and commits the offsets', async () => {
    await send(
      client,
      'words',
      Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, value: 'kafka streams kafka' })),
    );
    const out = await runExample('kafka-direct-word-count', [broker.brokers, 'words', 'example-group'], /\(kafka,60\)[\s\S]*committed/);
    expect(out).toMatch(/\(streams,30\)/);
    const committed = await new GroupApi(client, 'example-group').offsetFetch(
      [0, 1, 2].map((partition) => ({ topic: 'words', partition })),
    );
    expect([...committed.values()].reduce((a, b) => a + b, 0)).toBe(30);
  });
});
