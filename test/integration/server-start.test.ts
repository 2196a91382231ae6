/**
 * `kafka-server-start config/server.properties --override key=value ...`
 * through the npm bin, as a tutorial runs it: overrides win over the file,
 * bad keys fail with a clear error naming the key, SIGINT (Ctrl-C) stops the
 * broker cleanly so the next start skips recovery.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, freePort, waitForPort } from './harness.js';

const BIN = path.join(ROOT, 'node_modules', '.bin', 'kafka-server-start');
const CONFIG = path.join(ROOT, 'config', 'server.properties');

describe('kafka-server-start', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-start-'));
  let child: ChildProcess | null = null;

  afterAll(() => {
    child?.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function start(port: number, extra: string[] = []): Promise<{ child: ChildProcess; output: () => string }> {
    const args = [
      CONFIG,
      '--override',
      `listeners=PLAINTEXT://127.0.0.1:${port}`,
      '--override',
      `log.dirs=${path.join(dir, 'logs')}`,
      '--override',
      'http.listener=none',
      ...extra,
    ];
    const c = spawn(BIN, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    c.stdout!.on('data', (d) => (out += d));
    c.stderr!.on('data', (d) => (out += d));
    child = c;
    await waitForPort(port);
    return { child: c, output: () => out };
  }

  function stopWith(c: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
    return new Promise((resolve) => {
      // 'close' (not 'exit'): all of its output has arrived by then.
      c.once('close', (code) => resolve(code));
      c.kill(signal);
    });
  }

  it('starts from the properties file with --override, serves kcat, and stops cleanly on SIGINT', async () => {
    const port = await freePort();
    const first = await start(port, ['--override', 'num.partitions=4']);
    const list = spawnSync('kcat', ['-b', `127.0.0.1:${port}`, '-P', '-t', 'started', '-p', '0'], {
      input: 'hello\n',
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(list.status).toBe(0);
    const meta = spawnSync('kcat', ['-b', `127.0.0.1:${port}`, '-L', '-t', 'started'], { encoding: 'utf8', timeout: 20_000 });
    expect(meta.stdout).toMatch(/topic "started" with 4 partitions/);
    expect(await stopWith(first.child, 'SIGINT')).toBe(0);
    expect(first.output()).toMatch(/SIGINT received, shutting down/);
    expect(fs.existsSync(path.join(dir, 'logs', '.kafka_cleanshutdown'))).toBe(true);

    const second = await start(port);
    for (let i = 0; i < 100 && !/broker 0 started/.test(second.output()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(second.output()).toMatch(/broker 0 started/);
    expect(second.output()).not.toMatch(/recovering/);
    const out = spawnSync('kcat', ['-b', `127.0.0.1:${port}`, '-C', '-t', 'started', '-p', '0', '-o', 'beginning', '-e', '-q'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(out.stdout.trim()).toBe('hello');
    expect(await stopWith(second.child, 'SIGTERM')).toBe(0);
    child = null;
  });

  it('an unknown or invalid key fails at once with a message naming it', async () => {
    const port = await freePort();
    for (const [override, key] of [
      ['no.such.key=1', 'no.such.key'],
      ['num.partitions=zero', 'num.partitions'],
    ]) {
      const r = spawnSync(BIN, [CONFIG, '--override', `listeners=PLAINTEXT://127.0.0.1:${port}`, '--override', override], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status, override).not.toBe(0);
      expect(r.stdout + r.stderr, override).toContain(key);
    }
  });
});
