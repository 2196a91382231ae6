/**
 * A real Apache ZooKeeper server for tests (and `tributary cluster`):
 * Debian's `zookeeper` package run directly with java (QuorumPeerMain in
 * standalone mode), on a free port, with a generated zoo.cfg and a temporary
 * data directory. No mock: the brokers talk to the same server Kafka would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './harness.js';
import { zooKeeperCommand } from '../../broker/cluster/zk/zk-server-command.js';

/** A ZooKeeper server child process. */
export class ZooKeeperProcess {
  child: ChildProcess | null = null;
  output = '';
  port = 0;
  readonly dataDir: string;

  /** Creates the server (start() runs it); a temporary dir unless `dataDir` is given. */
  constructor(opts: { dataDir?: string; port?: number } = {}) {
    this.dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-zk-'));
    this.port = opts.port ?? 0;
  }

  /** "127.0.0.1:port" for zookeeper.connect. */
  get connect(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Starts the server and waits until it accepts connections. */
  async start(): Promise<this> {
    if (this.port === 0) this.port = await freePort();
    const { command, args } = zooKeeperCommand(this.dataDir, this.port);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.on('data', (d) => (this.output += d));
    child.stderr!.on('data', (d) => (this.output += d));
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`ZooKeeper exited early (code ${code}):\n${this.output}`))),
    );
    // Generous deadlines: the JVM starts slowly on a loaded machine; an early exit fails at once.
    try {
      await Promise.race([waitForPort(this.port, 120_000).then(() => this.waitServing(120_000)), exited]);
    } catch (err) {
      // A server that never came up must not outlive the test that started it.
      child.removeAllListeners('exit');
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      throw err;
    }
    child.removeAllListeners('exit');
    return this;
  }

  /** Waits until the server answers "imok" to "ruok" (it listens before it serves sessions). */
  private async waitServing(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answer = await new Promise<string>((resolve) => {
        let got = '';
        const s = net.connect({ host: '127.0.0.1', port: this.port }, () => s.write('ruok'));
        s.on('data', (d) => (got += d));
        s.once('close', () => resolve(got));
        s.once('error', () => resolve(''));
        // A server that accepted but never answers must not hang the start: ask again.
        s.setTimeout(5000, () => s.destroy());
      });
      if (answer === 'imok') return;
      if (Date.now() > deadline) throw new Error(`ZooKeeper on ${this.port} does not answer imok:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Stops the server (SIGKILL is fine for ZooKeeper: its log is synced). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    // A JVM that ignores SIGTERM on a loaded machine is killed after 15 s.
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await done;
    clearTimeout(force);
    this.child = null;
  }

  /** Stops the server and removes its data. */
  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
