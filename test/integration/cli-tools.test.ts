/**
 * The perf tools, kafka-server-stop and the `tributary` dispatcher as
 * subprocesses: Kafka's summary and progress lines, stopping a broker through
 * its pid file (in a private TMPDIR so other brokers on the machine are left
 * alone), short command names and --help.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { BrokerProcess, ROOT, freePort, waitForPort } from './harness.js';
import { runCli } from './cli-helpers.js';

describe('perf tools, kafka-server-stop and tributary', () => {
  let broker: BrokerProcess;
  let server: string;

  beforeAll(async () => {
    broker = await new BrokerProcess().start();
    server = `localhost:${broker.port}`;
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  it("kafka-producer-perf-test prints Kafka's progress and total lines", async () => {
    const r = await runCli('kafka-producer-perf-test.sh', [
      '--topic',
      'perf',
      '--num-records',
      '300',
      '--record-size',
      '100',
      '--throughput',
      '150',
      '--producer-props',
      `bootstrap.servers=${server}`,
      'acks=1',
      '--reporting-interval',
      '500',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines.slice(0, -1)) {
      expect(l).toMatch(/^\d+ records sent, \d+\.\d records\/sec \(\d+\.\d\d MB\/sec\), \d+\.\d ms avg latency, \d+\.\d ms max latency\.$/);
    }
    const total =
      /^300 records sent, (\d+\.\d{6}) records\/sec \(\d+\.\d\d MB\/sec\), \d+\.\d\d ms avg latency, \d+\.\d\d ms max latency, \d+ ms 50th, \d+ ms 95th, \d+ ms 99th, \d+ ms 99\.9th\.$/.exec(
        lines[lines.length - 1],
      );
    expect(total).not.toBeNull();
    // --throughput 150 for 300 records takes about two seconds.
    expect(Number(total![1])).toBeLessThan(200);
  });

  it("kafka-consumer-perf-test prints Kafka's header and summary line", async () => {
    const r = await runCli('kafka-consumer-perf-test', ['--bootstrap-server', server, '--topic', 'perf', '--messages', '300']);
    expect(r.code, r.stderr).toBe(0);
    const [header, line] = r.stdout.trimEnd().split('\n');
    expect(header).toBe(
      'start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec',
    );
    expect(line).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d:\d{3}, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d:\d{3}, 0\.0286, \d+\.\d{4}, 300, \d+\.\d{4}, 0, \d+, \d+\.\d{4}, \d+\.\d{4}$/,
    );
    const short = await runCli('kafka-consumer-perf-test', [
      '--bootstrap-server',
      server,
      '--topic',
      'perf',
      '--messages',
      '400',
      '--timeout',
      '1000',
      '--hide-header',
    ]);
    expect(short.code).toBe(0);
    expect(short.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(short.stdout).toMatch(/, 300, /);
    expect(short.stderr).toContain('WARNING: Exiting before consuming the expected number of messages: timeout (1000 ms) exceeded.');
  });

  it('kafka-server-stop stops the brokers of its pid files with SIGTERM and waits', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-stop-'));
    const env = { TMPDIR: tmp };
    try {
      const none = await runCli('kafka-server-stop.sh', [], { env });
      expect(none).toMatchObject({ code: 1, stderr: 'No kafka server to stop\n' });
      const port = await freePort();
      const props = path.join(tmp, 'server.properties');
      fs.writeFileSync(
        props,
        `broker.id=7\nlisteners=PLAINTEXT://127.0.0.1:${port}\nlog.dirs=${path.join(tmp, 'logs')}\nhttp.listener=none\n`,
      );
      const child = spawn(process.execPath, [path.join(ROOT, 'bin/tributary.js'), 'kafka-server-start', props], {
        env: { ...process.env, ...env },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await waitForPort(port);
      await new Promise((r) => setTimeout(r, 300));
      const other = await runCli('kafka-server-stop', ['--node-id', '3'], { env });
      expect(other.code).toBe(1);
      expect(child.exitCode).toBeNull();
      const stop = await runCli('tributary', ['server-stop', '--node-id', '7'], { env });
      expect(stop).toMatchObject({ code: 0, stderr: '' });
      // kafka-server-stop waited: the broker is gone when it returns, after a clean shutdown.
      expect(await exited).toBe(0);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('tributary lists its commands, runs them by short name, and every tool has --help', async () => {
    const help = await runCli('tributary', ['--help']);
    expect(help.code).toBe(0);
    for (const name of [
      'kafka-topics',
      'kafka-console-producer',
      'kafka-console-consumer',
      'kafka-consumer-groups',
      'kafka-producer-perf-test',
      'kafka-consumer-perf-test',
      'kafka-server-stop',
    ]) {
      expect(help.stdout).toContain(name);
      const h = await runCli(name, ['--help']);
      expect(h.code, name).toBe(0);
      expect(h.stdout, name).toContain('--help');
    }
    const short = await runCli('tributary', ['topics', '--list', '--bootstrap-server', server]);
    expect(short.code).toBe(0);
    expect(short.stdout.split('\n')).toContain('perf');
    const unknown = await runCli('tributary', ['frobnicate']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });
});
