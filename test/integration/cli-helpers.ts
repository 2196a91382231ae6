/**
 * Helpers of the CLI integration tests: run a tool as a subprocess (through
 * the npm bin link, e.g. node_modules/.bin/kafka-topics.sh, or
 * `node bin/tributary.js <tool>`), feed stdin, collect stdout, stderr and the
 * exit code; start a long-running tool and stop it with a signal; run a
 * ZooKeeper server from Debian's package.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, freePort, waitForPort } from './harness.js';

/** What a finished tool run produced. */
export interface ToolResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Options of runTool. */
export interface RunOptions {
  input?: string | Buffer;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/** The path of an npm bin link ("kafka-topics.sh" → node_modules/.bin/kafka-topics.sh). */
export function binPath(name: string): string {
  return path.join(ROOT, 'node_modules', '.bin', name);
}

function start(command: string, args: string[], opts: RunOptions): ChildProcess {
  const useBin = !command.includes('/') && fs.existsSync(binPath(command)) && command !== 'tributary';
  const [file, argv] = useBin
    ? [binPath(command), args]
    : [process.execPath, [path.join(ROOT, 'bin', 'tributary.js'), ...(command === 'tributary' ? [] : [command]), ...args]];
  return spawn(file, argv, { cwd: ROOT, env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * Runs a tool to completion. `command` is a bin name ("kafka-topics.sh",
 * "kafka-topics") run through node_modules/.bin, or "tributary" / a short
 * name run as `node bin/tributary.js <command>`.
 */
export function runCli(command: string, args: string[], opts: RunOptions = {}): Promise<ToolResult> {
  const t0 = Date.now();
  const child = start(command, args, opts);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdin!.on('error', () => undefined);
  child.stdin!.end(opts.input ?? '');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${command} ${args.join(' ')} did not finish within ${opts.timeoutMs ?? 30_000} ms\nstdout: ${stdout}\nstderr: ${stderr}`,
        ),
      );
    }, opts.timeoutMs ?? 30_000);
    // 'close' comes after the exit and after stdout and stderr are drained.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

/** A tool left running (a consumer without --max-messages). */
export class RunningTool {
  stdout = '';
  stderr = '';
  private readonly exited: Promise<ToolResult>;

  constructor(
    readonly child: ChildProcess,
    t0: number,
  ) {
    child.stdout!.on('data', (d) => (this.stdout += d));
    child.stderr!.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((resolve) =>
      child.once('close', (code, signal) => resolve({ code, signal, stdout: this.stdout, stderr: this.stderr, ms: Date.now() - t0 })),
    );
  }

  /** Resolves once stdout contains `text` (rejects after timeoutMs). */
  async waitForOutput(text: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.stdout.includes(text)) {
      if (Date.now() > deadline) throw new Error(`no '${text}' in output after ${timeoutMs} ms: ${this.stdout} / ${this.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Sends `signal` and waits for the exit. */
  async stop(signal: NodeJS.Signals = 'SIGINT'): Promise<ToolResult> {
    this.child.kill(signal);
    return this.exited;
  }

  /** Resolves when the process exits by itself. */
  wait(): Promise<ToolResult> {
    return this.exited;
  }
}

/** Starts a tool and leaves it running. */
export function startCli(command: string, args: string[], opts: RunOptions = {}): RunningTool {
  const child = start(command, args, opts);
  child.stdin!.on('error', () => undefined);
  if (opts.input !== undefined) child.stdin!.end(opts.input);
  return new RunningTool(child, Date.now());
}

/** A ZooKeeper server (Debian's package) on a free port with a temporary data dir. */
export class ZooKeeperProcess {
  child: ChildProcess | null = null;
  port = 0;
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-zk-'));

  /** "127.0.0.1:port" */
  get connect(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Starts the server and waits until it listens. */
  async start(): Promise<this> {
    this.port = await freePort();
    // No admin server: its fixed port 8080 may be taken by another ZooKeeper on this machine.
    this.child = spawn(
      'java',
      [
        '-Xmx256m',
        '-Dzookeeper.admin.enableServer=false',
        '-cp',
        '/etc/zookeeper/conf:/usr/share/java/*',
        'org.apache.zookeeper.server.ZooKeeperServerMain',
        String(this.port),
        this.dataDir,
      ],
      { stdio: 'ignore' },
    );
    await waitForPort(this.port, 30_000);
    return this;
  }

  /** Kills the server and removes its data. */
  async destroy(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null) {
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await done;
    }
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
