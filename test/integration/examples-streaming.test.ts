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
import { startBroker, type RunningBroker } from '../../broker/index.js';
import { GroupApi, KafkaClient, send } from '../../client/index.js';
import { startBrokerWithClient, stopBrokerWithClient } from '../helpers/broker-client.js';
import { ROOT, freePort } from './harness.js';
import { readCommitted } from './streaming-eos-helpers.js';

/** A line server like `nc -lk`: sends `lines` to every client, every 100 ms (on `port`, default any free one). */
async function lineServer(lines: string[], port = 0): Promise<{ port: number; close(): void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
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

/** A running example: its output so far (stdout and stderr), waits on it, and its exit. */
interface RunningExample {
  output(): string;
  waitFor(re: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Spawns an example with a short batch interval; nothing is awaited. */
function startExample(name: string, args: string[], batchMs = 200): RunningExample {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/examples', `${name}.js`), ...args], {
    env: { ...process.env, TRIBUTARY_BATCH_MS: String(batchMs) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    output: () => out,
    async waitFor(re, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!re.test(out)) {
        if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before printing ${re}:\n${out}`);
        if (Date.now() > deadline) throw new Error(`${name} did not print ${re} within ${timeoutMs} ms:\n${out}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

describe('socket examples with nothing listening', () => {
  for (const [name, recovered] of [
    ['network-word-count', /INFO Receiver 0 \(SocketReceiver\): Connected to 127\.0\.0\.1:\d+ after \d+ restart\(s\)/],
    ['custom-receiver', /INFO Receiver 0 \(LineReceiver\): receiving data again after \d+ restart\(s\)/],
  ] as const) {
    it(`${name} logs that it cannot connect, keeps retrying, and counts once the server is up`, async () => {
      const port = await freePort();
      const ex = startExample(name, ['127.0.0.1', String(port)]);
      let srv: { close(): void } | null = null;
      try {
        const refused = new RegExp(
          `WARN Receiver 0 \\(\\w+\\): Restarting receiver with delay 2000 ms: Error connecting to 127\\.0\\.0\\.1:${port}: connect ECONNREFUSED`,
        );
        await ex.waitFor(refused);
        // It does not crash and keeps trying: batches still run after the first failed connection.
        const batchesBefore = (ex.output().match(/^Time: /gm) ?? []).length;
        await ex.waitFor(new RegExp(`(^Time: [\\s\\S]*){${batchesBefore + 5}}`, 'm'));
        expect(ex.output().match(/Restarting receiver/g)?.length).toBe(1);
        expect(ex.output()).not.toMatch(/^\s+at /m);
        srv = await lineServer(['tick tock'], port);
        await ex.waitFor(/\(tick,\d+\)/);
        await ex.waitFor(recovered);
        expect(ex.output()).toMatch(/\(tock,\d+\)/);
      } finally {
        srv?.close();
        await ex.stop();
      }
    });
  }
});

describe('KafkaDirectWordCount with no broker', () => {
  it('prints one line naming the broker address and exits 1', async () => {
    const port = await freePort();
    const ex = startExample('kafka-direct-word-count', [`127.0.0.1:${port}`, 'words', 'no-broker-group']);
    try {
      const code = await ex.exited;
      expect(code).toBe(1);
      expect(ex.output().trim()).toBe(
        `KafkaDirectWordCount: could not connect to the broker at 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`,
      );
    } finally {
      await ex.stop();
    }
  });
});

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

  it("SqlNetworkWordCount shows each batch's SQL word counts in Spark's table; its UI answers SQL about the latest batch", async () => {
    const srv = await lineServer(['hello world hello']);
    const job = startExample('sql-network-word-count', ['127.0.0.1', String(srv.port), '0']);
    try {
      await job.waitFor(/UI at http:\/\/\S+ /);
      await job.waitFor(/\|hello\|\s+\d+\|\n(.|\n)*\+-----\+-----\+\n/);
      const out = job.output();
      expect(out).toMatch(/========= \d+ ms =========\n\+-----\+-----\+\n\| word\|total\|\n\+-----\+-----\+\n/);
      // The first table with words: every line is "hello world hello", so twice as many hellos as worlds.
      const table = /\| word\|total\|\n\+-----\+-----\+\n((?:\|.*\|\n)+)\+-----\+-----\+/.exec(out);
      const counts = new Map(
        table![1]
          .trim()
          .split('\n')
          .map(
            (l) =>
              l
                .split('|')
                .slice(1, 3)
                .map((c) => c.trim()) as [string, string],
          ),
      );
      expect([...counts.keys()].sort()).toEqual(['hello', 'world']);
      expect(Number(counts.get('hello'))).toBe(2 * Number(counts.get('world')));
      // The running job's latest view, from outside.
      const ui = /UI at (http:\/\/\S+) /.exec(out)![1];
      const res = await fetch(new URL('api/sql', ui), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: "select count(*) as n, count(*) filter (where word = 'hello') as hellos from words" }),
      });
      const answer = (await res.json()) as { columns: unknown[]; rows: number[][] };
      expect(res.status).toBe(200);
      expect(answer.columns).toEqual([
        { name: 'n', type: 'BIGINT' },
        { name: 'hellos', type: 'BIGINT' },
      ]);
      const [n, hellos] = answer.rows[0];
      expect(hellos * 3).toBe(n * 2);
      const view = (await (await fetch(new URL('api/views/words', ui))).json()) as { columns: unknown[] };
      expect(view.columns).toEqual([{ name: 'word', type: 'VARCHAR' }]);
    } finally {
      await job.stop();
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

describe('KafkaExactlyOnce', () => {
  let broker: RunningBroker;
  let client: KafkaClient;
  beforeAll(async () => {
    broker = await startBroker({
      config: {
        'transaction.state.log.replication.factor': '1',
        'transaction.state.log.num.partitions': '2',
        'group.initial.rebalance.delay.ms': '0',
      },
    });
    client = new KafkaClient({ brokers: broker.brokers });
    await client.connect();
    await client.createTopics([
      { topic: 'lines', numPartitions: 2 },
      { topic: 'line-lengths', numPartitions: 2 },
    ]);
  });
  afterAll(() => stopBrokerWithClient({ broker, client }));

  it('writes one record per line in transactions that commit the offsets', async () => {
    const lines = ['a b c', 'hello world', 'one'];
    await send(
      client,
      'lines',
      lines.map((value) => ({ value })),
    );
    const out = await runExample(
      'kafka-exactly-once',
      [broker.brokers, 'lines', 'line-lengths', 'eos-example'],
      /3 records written to line-lengths/,
    );
    expect(out).toMatch(/offsets committed, in one transaction/);
    expect((await readCommitted(client, 'line-lengths', 2)).sort()).toEqual(['a b c=3', 'hello world=2', 'one=1']);
    const committed = await new GroupApi(client, 'eos-example').offsetFetch([0, 1].map((partition) => ({ topic: 'lines', partition })));
    expect([...committed.values()].reduce((a, b) => a + b, 0)).toBe(3);
  });
});
