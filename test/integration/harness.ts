/**
 * Integration harness: runs the real broker as a child process
 * (`node dist/cli/kafka-server-start.js <server.properties> --override ...`)
 * on a free loopback port with a temporary data directory, and helpers to
 * kill it (SIGKILL or SIGTERM) and start it again on the same directory.
 * Needs `npm run build` first (the test command does it). The benchmark
 * (bench/broker-process.ts) runs its broker with the same class.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
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

/** Resolves once a TCP connection to host:port succeeds, trying every `intervalMs` (or rejects after timeoutMs). */
export async function waitForPort(port: number, timeoutMs = 15_000, host = '127.0.0.1', intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = net.connect({ port, host }, () => {
        c.destroy();
        resolve(true);
      });
      c.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listening on ${host}:${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Options of a broker process. */
export interface BrokerProcessOptions {
  /** Extra server.properties keys; null leaves out a key the harness would write (e.g. http.listener). */
  config?: Record<string, string | null>;
  /** Extra environment variables of the broker process. */
  env?: Record<string, string>;
  /** Reuse this data directory (default: a new temporary one). */
  dataDir?: string;
  port?: number;
  /** Node options before the script (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** LOG_LEVEL of the broker when the environment sets none; default info. */
  logLevel?: string;
  /** The broker script (default: this checkout's dist/cli/kafka-server-start.js; benchmarks compare builds). */
  script?: string;
}

/** A broker running as a child process. */
export class BrokerProcess {
  child: ChildProcess | null = null;
  /** Everything the broker wrote to stdout and stderr. */
  output = '';
  readonly dataDir: string;
  port = 0;
  private readonly config: Record<string, string | null>;
  private readonly env: Record<string, string>;
  private readonly nodeArgs: string[];
  private readonly logLevel: string;
  private readonly script: string;

  constructor(opts: BrokerProcessOptions = {}) {
    this.dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-it-'));
    this.config = opts.config ?? {};
    this.env = opts.env ?? {};
    this.port = opts.port ?? 0;
    this.nodeArgs = opts.nodeArgs ?? [];
    this.logLevel = opts.logLevel ?? 'info';
    this.script = opts.script ?? path.join(ROOT, 'dist/cli/kafka-server-start.js');
  }

  /** "127.0.0.1:port" */
  get bootstrap(): string {
    return `127.0.0.1:${this.port}`;
  }

  /**
   * Starts the process and waits until it listens, or until it exits: a
   * loaded machine may take long to start node, so the deadline (two
   * minutes) is only there to end a hung start.
   */
  async start(): Promise<this> {
    const child = await this.spawn();
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code, sig) => reject(new Error(`broker exited early (code ${code}, signal ${sig}):\n${this.output}`))),
    );
    await Promise.race([waitForPort(this.port, 120_000), exited]);
    child.removeAllListeners('exit');
    return this;
  }

  /** Writes server.properties and spawns the broker without waiting for it (a free port is picked unless one was given). */
  async spawn(): Promise<ChildProcess> {
    if (this.port === 0) this.port = await freePort();
    const props = path.join(this.dataDir, 'server.properties');
    const lines: Record<string, string | null> = {
      'broker.id': '0',
      listeners: `PLAINTEXT://127.0.0.1:${this.port}`,
      'log.dirs': path.join(this.dataDir, 'logs'),
      'offsets.topic.replication.factor': '1',
      'http.listener': 'none',
      ...this.config,
    };
    fs.writeFileSync(
      props,
      Object.entries(lines)
        .filter((e): e is [string, string] => e[1] !== null)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n') + '\n',
    );
    const child = spawn(process.execPath, [...this.nodeArgs, this.script, props], {
      cwd: this.dataDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? this.logLevel, ...this.env },
    });
    this.child = child;
    child.stdout!.on('data', (d) => (this.output += d));
    child.stderr!.on('data', (d) => (this.output += d));
    return child;
  }

  /** Changes one server.properties key for the next start (null leaves it out). */
  setConfig(key: string, value: string | null): void {
    this.config[key] = value;
  }

  /** Kills the process with `signal` and waits for it to exit. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const done = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    const code = await done;
    this.child = null;
    return code;
  }

  /** Clean shutdown (SIGTERM). */
  stop(): Promise<number | null> {
    return this.kill('SIGTERM');
  }

  /** Stops the process and removes its data directory. */
  async destroy(): Promise<void> {
    await this.kill('SIGKILL');
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
