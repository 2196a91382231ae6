/**
 * The broker under test: the compiled `dist/cli/kafka-server-start.js` as a
 * child process on a free loopback port with a fresh data directory, as a
 * user would run it, spawned by the integration tests' BrokerProcess
 * (test/integration/harness.ts). Measures start time (spawn → the port
 * accepts; spawn → a Metadata request is answered, over client/'s
 * Connection, so after its ApiVersions round trip) and reads the resident
 * set size and CPU time from /proc.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Connection, sleep } from '../client/index.js';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeMetadataRequest } from '../protocol/generated/metadata-request.js';
import { decodeMetadataResponse } from '../protocol/generated/metadata-response.js';
import { encodeListOffsetsRequest } from '../protocol/generated/list-offsets-request.js';
import { decodeListOffsetsResponse } from '../protocol/generated/list-offsets-response.js';
import { encodeCreateTopicsRequest } from '../protocol/generated/create-topics-request.js';
import { decodeCreateTopicsResponse } from '../protocol/generated/create-topics-response.js';
import { BrokerProcess, ROOT, freePort, waitForPort } from '../test/integration/harness.js';

export { ROOT, freePort };

/** A running broker child process. */
export class BenchBroker {
  private readonly proc: BrokerProcess;
  /** Milliseconds from spawn until a Metadata request was answered. */
  startMs = 0;
  /** Milliseconds from spawn until the port accepted a connection. */
  listenMs = 0;

  /** A broker started with node options `nodeArgs` and extra server.properties `config` (from `script`, default this build's; its PLAINTEXT `port`, default a free one). */
  constructor(
    nodeArgs: string[] = [],
    config: Record<string, string> = {},
    script?: string,
    private readonly fixedPort?: number,
  ) {
    this.proc = new BrokerProcess({
      nodeArgs,
      config,
      script,
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-bench-')),
      logLevel: 'warn',
    });
  }

  /** The child process (null once stopped). */
  get child(): ChildProcess | null {
    return this.proc.child;
  }

  /** Everything the broker wrote to stdout and stderr. */
  get output(): string {
    return this.proc.output;
  }

  /** The broker's port. */
  get port(): number {
    return this.proc.port;
  }

  /** The broker's data directory. */
  get dataDir(): string {
    return this.proc.dataDir;
  }

  /** bootstrap "127.0.0.1:port" */
  get bootstrap(): string {
    return this.proc.bootstrap;
  }

  /** Process id of the broker. */
  get pid(): number {
    return this.proc.child!.pid!;
  }

  /** Spawns the broker and waits until it answers Metadata (all topics). */
  async start(timeoutMs = 20_000): Promise<this> {
    this.proc.port = this.fixedPort ?? (await freePort());
    const t0 = performance.now();
    const child = await this.proc.spawn();
    let exited = false;
    const exit = new Promise<never>((_, reject) =>
      child.once('exit', () => {
        exited = true;
        reject(new Error(`broker exited during start:\n${this.output}`));
      }),
    );
    exit.catch(() => undefined);
    await Promise.race([waitForPort(this.port, timeoutMs, '127.0.0.1', 2), exit]);
    this.listenMs = performance.now() - t0;
    const deadline = t0 + timeoutMs;
    for (;;) {
      if (exited) throw new Error(`broker exited during start:\n${this.output}`);
      if (performance.now() > deadline) throw new Error(`broker did not answer Metadata within ${timeoutMs} ms:\n${this.output}`);
      try {
        const conn = await this.connect(1000);
        try {
          const md = await conn.send(ApiKey.Metadata, (w, v) => encodeMetadataRequest(w, v, { topics: null }), decodeMetadataResponse);
          if (md.brokers.length > 0) {
            this.startMs = performance.now() - t0;
            return this;
          }
        } finally {
          conn.close();
        }
      } catch {
        // accepted but not serving yet
      }
      await sleep(2);
    }
  }

  /** A new connection to the broker (versions negotiated); the caller closes it. */
  connect(requestTimeoutMs = 30_000): Promise<Connection> {
    return Connection.connect({ host: '127.0.0.1', port: this.port, clientId: 'tributary-bench', requestTimeoutMs });
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
    const c = await this.connect();
    try {
      const r = await c.send(
        ApiKey.ListOffsets,
        (w, v) =>
          encodeListOffsetsRequest(w, v, {
            replicaId: -1,
            topics: [{ name: topic, partitions: [{ partitionIndex: partition, timestamp: -1, currentLeaderEpoch: -1 }] }],
          }),
        decodeListOffsetsResponse,
      );
      const p = r.topics[0].partitions[0];
      if (p.errorCode !== 0) throw new Error(`ListOffsets ${topic}-${partition}: error ${p.errorCode}`);
      return p.offset;
    } finally {
      c.close();
    }
  }

  /** Creates a topic. */
  async createTopic(topic: string, partitions = 1): Promise<void> {
    const c = await this.connect();
    try {
      const r = await c.send(
        ApiKey.CreateTopics,
        (w, v) =>
          encodeCreateTopicsRequest(w, v, {
            topics: [{ name: topic, numPartitions: partitions, replicationFactor: 1, assignments: [], configs: [] }],
            timeoutMs: 10_000,
            validateOnly: false,
          }),
        decodeCreateTopicsResponse,
      );
      const e = r.topics[0];
      if (e.errorCode !== 0) throw new Error(`CreateTopics ${topic}: error ${e.errorCode} ${e.errorMessage ?? ''}`);
    } finally {
      c.close();
    }
  }

  /** Stops the broker (SIGTERM, then SIGKILL after 10 s) and removes its data. */
  async stop(): Promise<void> {
    const t = setTimeout(() => void this.proc.kill('SIGKILL'), 10_000);
    try {
      await this.proc.stop();
    } finally {
      clearTimeout(t);
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
