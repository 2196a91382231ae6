/**
 * Exec source (`exec`, org.apache.flume.source.ExecSource): runs `command` and
 * turns every line of its standard output into an event (the line without
 * `\n` or `\r\n`). With `shell` (`/bin/sh -c`) the command goes to that shell
 * as one argument; without it, it is split on whitespace and run directly.
 *
 * Lines are committed in batches of batchSize (default 20), or sooner when
 * batchTimeout ms (default 3000) pass with a partial batch. While the channels
 * refuse a batch the command's output is paused, so `tail -F` simply waits.
 * When the command exits, with restart=true it runs again after
 * restartThrottle ms (default 10000); logStdErr=true logs its standard error.
 * As in Flume, exec gives no delivery guarantee across restarts of the agent
 * (`tail -F` starts at its own idea of the end); use taildir for that.
 *
 * The command runs in its own process group, which stop() signals (SIGTERM),
 * so a shell and the commands it started end together. An agent killed with
 * kill -9 cannot do that: the command runs on until its next write fails
 * (SIGPIPE), as with Flume.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import { BaseSource, type SourceDeps } from './source.js';
import { LineSplitter } from './line-splitter.js';

/** Flume's exec source. */
export class ExecSource extends BaseSource {
  readonly batchSize: number;
  private readonly command: string;
  private readonly shell: string[];
  private readonly batchTimeoutMs: number;
  private readonly restart: boolean;
  private readonly restartThrottleMs: number;
  private readonly logStdErr: boolean;
  private child: ChildProcess | null = null;
  private pending: FlumeEvent[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private restartTimer: NodeJS.Timeout | null = null;
  private runs = 0;

  /** Reads command, shell, batchSize, batchTimeout, restart, restartThrottle and logStdErr. */
  constructor(ctx: ComponentContext, deps: SourceDeps) {
    super(deps, 'ExecSource');
    this.command = ctx.required('command', 'the command whose output becomes events');
    this.shell = ctx.list('shell');
    this.batchSize = ctx.int('batchSize', this.fitBatch(20), { min: 1 });
    this.batchTimeoutMs = ctx.int('batchTimeout', 3000, { min: 1 });
    this.restart = ctx.bool('restart', false);
    this.restartThrottleMs = ctx.int('restartThrottle', 10_000, { min: 0 });
    this.logStdErr = ctx.bool('logStdErr', false);
    ctx.accept('charset');
  }

  protected async doStart(): Promise<void> {
    this.launch();
    this.timer = setInterval(() => void this.flush(true), this.batchTimeoutMs);
  }

  protected async doStop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('close', () => r()));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await exited;
    }
    await this.flushing;
  }

  private launch(): void {
    const [file, args] = this.shell.length > 0 ? [this.shell[0], [...this.shell.slice(1), this.command]] : this.splitCommand();
    const run = ++this.runs;
    this.logger.info(`Exec source starting with command: ${this.command}${run > 1 ? ` (run ${run})` : ''}`);
    // Its own process group, so that stopping ends the shell and what it started (tail -F under sh -c).
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    this.child = child;
    this.logger.info(`Exec source ${this.name} runs its command as process group ${child.pid}`);
    const splitter = new LineSplitter(
      {
        line: (body) => {
          this.pending.push({ headers: {}, body });
          if (this.pending.length >= this.batchSize) void this.flush(false);
        },
      },
      true,
    );
    child.stdout!.on('data', (chunk: Buffer) => splitter.push(chunk));
    child.stdout!.on('end', () => splitter.end());
    if (this.logStdErr) {
      let n = 0;
      const errSplit = new LineSplitter({ line: (l) => this.logger.info(`StderrLogger[${++n}] = '${l.toString()}'`) }, true);
      child.stderr!.on('data', (c: Buffer) => errSplit.push(c));
    } else child.stderr!.resume();
    child.on('error', (err) => this.logger.error(`Failed while running command: ${this.command}: ${err.message}`));
    child.on('close', (code, signal) => {
      if (this.child === child) this.child = null;
      void this.flush(true);
      if (this.stopped) return;
      this.logger.info(`Command [${this.command}] exited with ${code ?? signal}`);
      if (this.restart) {
        this.logger.info(`Restarting in ${this.restartThrottleMs}ms, command: ${this.command}`);
        this.restartTimer = setTimeout(() => {
          this.restartTimer = null;
          if (!this.stopped) this.launch();
        }, this.restartThrottleMs);
      }
    });
  }

  private splitCommand(): [string, string[]] {
    const words = this.command.split(/\s+/).filter(Boolean);
    return [words[0], words.slice(1)];
  }

  /** Commits full batches (and with `all`, the partial one too); the command's output is paused meanwhile. */
  private flush(all: boolean): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.length === 0 || (!all && this.pending.length < this.batchSize)) return Promise.resolve();
    const run = async (): Promise<void> => {
      const out = this.child?.stdout;
      out?.pause();
      try {
        while (this.pending.length >= this.batchSize || (all && this.pending.length > 0)) {
          const batch = this.pending.splice(0, this.batchSize);
          if (!(await this.deliver(batch))) {
            this.pending.unshift(...batch);
            return;
          }
        }
      } finally {
        out?.resume();
      }
    };
    this.flushing = run().finally(() => {
      this.flushing = null;
      // Lines that arrived while flushing may have filled another batch.
      if (this.pending.length >= this.batchSize && !this.stopped) void this.flush(false);
    });
    return this.flushing;
  }
}
