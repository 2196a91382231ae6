/**
 * kcat (librdkafka) against the broker process: -L metadata, -P from stdin
 * with keys and headers, -C from beginning / end / an absolute or relative
 * offset with -e and -c, -Q offsets by timestamp, and topic auto-creation on
 * and off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { BrokerProcess } from './harness.js';

const runFile = promisify(execFile);

async function kcat(bootstrap: string, args: string[], input?: string): Promise<string> {
  if (input !== undefined) {
    const r = spawnSync('kcat', ['-b', bootstrap, ...args], { input, encoding: 'utf8', timeout: 30_000 });
    if (r.status !== 0) throw new Error(`kcat ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return r.stdout;
  }
  const { stdout } = await runFile('kcat', ['-b', bootstrap, ...args], { maxBuffer: 64 << 20, timeout: 30_000 });
  return stdout;
}

function lines(s: string): string[] {
  return s.split('\n').filter((l) => l.length > 0);
}

describe('kcat', () => {
  let broker: BrokerProcess;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'num.partitions': '2' } }).start();
    // Auto-created with num.partitions=2 by the first produce.
    await kcat(
      broker.bootstrap,
      ['-P', '-t', 'keyed', '-p', '0', '-K:', '-H', 'trace=abc', '-H', 'n=1'],
      'k1:v1\nk2:v2\nk3:v3\nk4:v4\nk5:v5\n',
    );
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  it('-L lists the broker, topics and partitions (plain and JSON)', async () => {
    const plain = await kcat(broker.bootstrap, ['-L']);
    expect(plain).toContain(`broker 0 at 127.0.0.1:${broker.port} (controller)`);
    expect(plain).toMatch(/topic "keyed" with 2 partitions:/);
    expect(plain).toMatch(/partition 0, leader 0, replicas: 0, isrs: 0/);
    expect(plain).toMatch(/partition 1, leader 0, replicas: 0, isrs: 0/);
    const json = JSON.parse(await kcat(broker.bootstrap, ['-L', '-J', '-t', 'keyed']));
    expect(json.brokers).toEqual([{ id: 0, name: `127.0.0.1:${broker.port}` }]);
    expect(json.controllerid).toBe(0);
    const topic = json.topics.find((t: { topic: string }) => t.topic === 'keyed');
    expect(topic.partitions.map((p: { partition: number; leader: number }) => [p.partition, p.leader])).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it('-P with -K: stores keys and -H headers; -C prints them', async () => {
    const out = await kcat(broker.bootstrap, ['-C', '-t', 'keyed', '-p', '0', '-o', 'beginning', '-e', '-q', '-f', '%o|%k|%s|%h\n']);
    expect(lines(out)).toEqual([
      '0|k1|v1|trace=abc,n=1',
      '1|k2|v2|trace=abc,n=1',
      '2|k3|v3|trace=abc,n=1',
      '3|k4|v4|trace=abc,n=1',
      '4|k5|v5|trace=abc,n=1',
    ]);
  });

  it('-C -o beginning / absolute / relative / -c / end', async () => {
    const from = (o: string, extra: string[] = []): Promise<string> =>
      kcat(broker.bootstrap, ['-C', '-t', 'keyed', '-p', '0', '-o', o, '-e', '-q', '-f', '%s\n', ...extra]);
    expect(lines(await from('beginning'))).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
    expect(lines(await from('3'))).toEqual(['v4', 'v5']);
    expect(lines(await from('-2'))).toEqual(['v4', 'v5']);
    expect(lines(await from('1', ['-c', '2']))).toEqual(['v2', 'v3']);
    expect(lines(await from('end'))).toEqual([]);
  });

  it('-C -o end waits for new messages (long poll) and gets only those', async () => {
    const consumer = spawn('kcat', ['-b', broker.bootstrap, '-C', '-t', 'keyed', '-p', '0', '-o', 'end', '-c', '2', '-q', '-f', '%s\n']);
    let out = '';
    consumer.stdout.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => consumer.once('exit', (code) => resolve(code)));
    // Give the consumer time to reach the end of the partition before producing.
    await new Promise((r) => setTimeout(r, 1500));
    await kcat(broker.bootstrap, ['-P', '-t', 'keyed', '-p', '0'], 'late1\nlate2\n');
    const timer = setTimeout(() => consumer.kill(), 20_000);
    const code = await exited;
    clearTimeout(timer);
    expect(code).toBe(0);
    expect(lines(out)).toEqual(['late1', 'late2']);
  });

  it('-Q finds offsets by timestamp (ListOffsets)', async () => {
    const t0 = Date.now();
    // kcat -P has no per-message timestamp flag; produce in two rounds with a gap.
    await kcat(broker.bootstrap, ['-P', '-t', 'times', '-p', '0'], 'early1\nearly2\n');
    await new Promise((r) => setTimeout(r, 50));
    const mid = Date.now();
    await new Promise((r) => setTimeout(r, 50));
    await kcat(broker.bootstrap, ['-P', '-t', 'times', '-p', '0'], 'late\n');
    const q = await kcat(broker.bootstrap, ['-Q', '-t', `times:0:${mid}`]);
    expect(q).toMatch(/times \[0\]\s+offset 2/);
    const first = await kcat(broker.bootstrap, ['-Q', '-t', `times:0:${t0 - 60_000}`]);
    expect(first).toMatch(/times \[0\]\s+offset 0/);
  });

  it('producing to a missing topic auto-creates it with num.partitions', async () => {
    await kcat(broker.bootstrap, ['-P', '-t', 'auto-made'], 'x\n');
    const json = JSON.parse(await kcat(broker.bootstrap, ['-L', '-J', '-t', 'auto-made']));
    expect(json.topics[0].partitions).toHaveLength(2);
    const all = lines(
      (await kcat(broker.bootstrap, ['-C', '-t', 'auto-made', '-p', '0', '-o', 'beginning', '-e', '-q', '-f', '%s\n'])) +
        (await kcat(broker.bootstrap, ['-C', '-t', 'auto-made', '-p', '1', '-o', 'beginning', '-e', '-q', '-f', '%s\n'])),
    );
    expect(all).toEqual(['x']);
  });

  it('with auto.create.topics.enable=false producing to a missing topic fails with Unknown topic', async () => {
    const strict = await new BrokerProcess({ config: { 'auto.create.topics.enable': 'false' } }).start();
    try {
      const r = spawnSync('kcat', ['-b', strict.bootstrap, '-P', '-t', 'missing', '-X', 'topic.metadata.propagation.max.ms=1000'], {
        input: 'a\n',
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/Unknown topic or partition/);
      const list = await kcat(strict.bootstrap, ['-L', '-J']);
      expect(JSON.parse(list).topics).toEqual([]);
    } finally {
      await strict.destroy();
    }
  });
});
