/**
 * The broker under test: the compiled `dist/cli/kafka-server-start.js` as a
 * child process on a free loopback port with a fresh data directory, as a
 * user would run it. Measures start time (spawn → listening and answering a
 * Metadata request) and reads the resident set size from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiKey } from '../broker/protocol/generated/api-keys.js';
import { BenchConnection } from './raw-client.js';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** A running broker child process. */
export class BenchBroker {
  child: ChildProcess | null = null;
  output = '';
  port = 0;
  /** Milliseconds from spawn until a Metadata request was answered. */
  startMs = 0;
  /** Milliseconds from spawn until the port accepted a connection. */
  listenMs = 0;
  readonly dataDir: string;

  constructor(
    private readonly extraArgs: string[] = [],
    private readonly config: Record<string, string> = {},
  ) {
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-bench-'));
  }

  /** bootstrap "127.0.0.1:port" */
  get bootstrap(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Process id of the broker. */
  get pid(): number {
    return this.child!.pid!;
  }

  /** Spawns the broker and waits until it answers Metadata (v1, all topics). */
  async start(timeoutMs = 20_000): Promise<this> {
    this.port = await freePort();
    const props = path.join(this.dataDir, 'server.properties');
    const lines: Record<string, string> = {
      'broker.id': '0',
      'listeners': `PLAINTEXT://127.0.0.1:${this.port}`,
      'log.dirs': path.join(this.dataDir, 'logs'),
      'offsets.topic.replication.factor': '1',
      'http.listener': 'none',
      ...this.config,
    };
    fs.writeFileSync(props, Object.entries(lines).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
    const t0 = performance.now();
    const child = spawn(process.execPath, [...this.extraArgs, path.join(ROOT, 'dist/cli/kafka-server-start.js'), props], {
      cwd: this.dataDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    });
    this.child = child;
    child.stdout!.on('data', (d) => (this.output += d));
    child.stderr!.on('data', (d) => (this.output += d));
    let exited = false;
    child.once('exit', () => (exited = true));
    const deadline = t0 + timeoutMs;
    for (;;) {
      if (exited) throw new Error(`broker exited during start:\n${this.output}`);
      if (performance.now() > deadline) throw new Error(`broker did not answer Metadata within ${timeoutMs} ms:\n${this.output}`);
      let conn: BenchConnection;
      try {
        conn = await BenchConnection.connect(this.port);
      } catch {
        await sleep(2);
        continue;
      }
      this.listenMs = performance.now() - t0;
      try {
        const md = await conn.request<{ brokers: unknown[] }>(ApiKey.Metadata, 1, { topics: null });
        if (md.brokers.length > 0) {
          this.startMs = performance.now() - t0;
          return this;
        }
      } catch {
        // accepted but not serving yet
      } finally {
        conn.close();
      }
      await sleep(2);
    }
  }

  /** VmRSS of the broker in MB (from /proc/<pid>/status). */
  rssMb(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : NaN;
  }

  /**
   * CPU time the broker has used so far, all threads, in ms (sum of
   * /proc/<pid>/task/<tid>/schedstat run times; nanosecond resolution).
   */
  cpuMs(): number {
    let ns = 0;
    for (const tid of fs.readdirSync(`/proc/${this.pid}/task`)) {
      try {
        ns += Number(fs.readFileSync(`/proc/${this.pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // thread exited
      }
    }
    return ns / 1e6;
  }

  /** Log end offset of a partition (ListOffsets latest). */
  async endOffset(topic: string, partition = 0): Promise<number> {
    const c = await BenchConnection.connect(this.port);
    try {
      const r = await c.request<{ topics: { partitions: { errorCode: number; offset: number }[] }[] }>(ApiKey.ListOffsets, 1, {
        replicaId: -1,
        topics: [{ name: topic, partitions: [{ partitionIndex: partition, timestamp: -1 }] }],
      });
      const p = r.topics[0].partitions[0];
      if (p.errorCode !== 0) throw new Error(`ListOffsets ${topic}-${partition}: error ${p.errorCode}`);
      return p.offset;
    } finally {
      c.close();
    }
  }

  /** Creates a topic (CreateTopics v4). */
  async createTopic(topic: string, partitions = 1): Promise<void> {
    const c = await BenchConnection.connect(this.port);
    try {
      const r = await c.request<{ topics: { errorCode: number; errorMessage?: string | null }[] }>(ApiKey.CreateTopics, 4, {
        topics: [{ name: topic, numPartitions: partitions, replicationFactor: 1, assignments: [], configs: [] }],
        timeoutMs: 10_000,
        validateOnly: false,
      });
      const e = r.topics[0];
      if (e.errorCode !== 0) throw new Error(`CreateTopics ${topic}: error ${e.errorCode} ${e.errorMessage ?? ''}`);
    } finally {
      c.close();
    }
  }

  /** Stops the broker (SIGTERM, then SIGKILL after 10 s) and removes its data. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const done = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(t);
    }
    this.child = null;
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
