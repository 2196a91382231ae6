/**
 * Helpers of the agent's integration tests: the agent as a real process
 * (`node bin/tributary.js agent ...` or `... flume-ng agent ...`, the
 * compiled dist/), its output collected; configuration files written into a
 * temporary directory with paths and ports substituted; polling helpers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './harness.js';

/** A temporary directory (removed by the caller). */
export function tempDir(prefix = 'agent-it-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Copies examples/agent/<name> into `dir`, replacing /tmp/tributary-agent with `dir` and each `from` with its `to`. */
export function exampleConf(name: string, dir: string, replace: Record<string, string> = {}): string {
  let text = fs.readFileSync(path.join(ROOT, 'examples', 'agent', name), 'utf8').replaceAll('/tmp/tributary-agent', dir);
  for (const [from, to] of Object.entries(replace)) text = text.replaceAll(from, to);
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Writes a configuration file. */
export function writeConf(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Polls `cond` every 50 ms until it holds; rejects after `ms` with `what` (and `detail()` when given). */
export async function waitFor(cond: () => boolean | Promise<boolean>, what: string, ms = 60_000, detail?: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}${detail ? `\n${detail()}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** An agent process. */
export class AgentProcess {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  private exitCode: number | null | undefined;
  readonly exited: Promise<number | null>;

  /** Spawns `node bin/tributary.js <args>` in `cwd`. */
  constructor(args: string[], cwd = ROOT) {
    this.child = spawn(process.execPath, [path.join(ROOT, 'bin', 'tributary.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d) => (this.stdout += d));
    this.child.stderr!.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((r) =>
      this.child.once('exit', (code) => {
        this.exitCode = code;
        r(code);
      }),
    );
  }

  /** `tributary agent --conf-file FILE --name NAME` plus `extra`. */
  static agent(file: string, name: string, extra: string[] = []): AgentProcess {
    return new AgentProcess(['agent', '--conf-file', file, '--name', name, ...extra]);
  }

  /** `flume-ng agent -n NAME -c conf -f FILE -Dflume.root.logger=INFO,console` plus `extra`. */
  static flumeNg(file: string, name: string, extra: string[] = []): AgentProcess {
    return new AgentProcess(['flume-ng', 'agent', '-n', name, '-c', 'conf', '-f', file, '-Dflume.root.logger=INFO,console', ...extra]);
  }

  /** Everything written so far. */
  get output(): string {
    return this.stdout + this.stderr;
  }

  /** Whether it is still running. */
  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** Resolves once the output contains `text` (rejects if the process exits first). */
  async waitForOutput(text: string | RegExp, ms = 60_000): Promise<void> {
    const has = (): boolean => (typeof text === 'string' ? this.output.includes(text) : text.test(this.output));
    await waitFor(
      () => {
        if (has()) return true;
        if (!this.running) throw new Error(`agent exited (${this.exitCode}) before printing ${String(text)}:\n${this.output}`);
        return false;
      },
      String(text),
      ms,
      () => this.output,
    );
  }

  /** Lines of the logger sink: the text part of each `Event: { ... }` line. */
  events(): string[] {
    const out: string[] = [];
    for (const m of this.output.matchAll(/Event: \{ headers:\{[^}]*\} body:.* (\S*) \}\n/g)) out.push(m[1]);
    return out;
  }

  /**
   * Sends `signal` and waits for the exit code. After a SIGKILL the process
   * groups of its exec sources (logged at their start) are killed too: the
   * agent could not end them itself.
   */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.running) this.child.kill(signal);
    const code = await this.exited;
    if (signal === 'SIGKILL') {
      for (const m of this.output.matchAll(/runs its command as process group (\d+)/g)) {
        try {
          process.kill(-Number(m[1]), 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
    return code;
  }
}

/** Sends `lines` to a netcat source and resolves with its answer once it has `expectLines` lines. */
export function netcatSend(port: number, text: string, expectLines: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const s = net.connect(port, '127.0.0.1', () => s.write(text));
    s.on('data', (d) => {
      answer += d;
      if (answer.split('\n').length - 1 >= expectLines) {
        s.end();
        resolve(answer);
      }
    });
    s.on('error', reject);
  });
}
