/**
 * Python clients against the broker process, unchanged, as Debian ships
 * them for /usr/bin/python3 (not the pyenv python3 that may come first on
 * PATH): kafka-python 2.0.2 (python3-kafka, which speaks old API versions:
 * Metadata v0/v1, Fetch v4, ListOffsets v1, JoinGroup v2, OffsetCommit v2,
 * OffsetFetch v1...) and confluent-kafka 1.7.0 (python3-confluent-kafka on
 * Debian's librdkafka). The scenarios are the scripts in compat/; each
 * prints what it saw as JSON and the assertions are here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { BrokerProcess, ROOT } from './harness.js';
import { waitFor } from './groups-helpers.js';

const PYTHON = '/usr/bin/python3';
const COMPAT = path.join(ROOT, 'test/integration/compat');
const N = 40;

/** Runs compat/<script> and parses the JSON object it prints last. */
function runScript(script: string, args: string[]): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [path.join(COMPAT, script), ...args], { timeout: 45_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${script} failed: ${err.message}\n${stderr.slice(-4000)}`));
      const last = stdout.trim().split('\n').pop()!;
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`${script} printed no JSON:\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`));
      }
    });
  });
}

/** A kafka-python group member (compat/kafka_python_member.py): its latest assignment and the values it read. */
class PythonMember {
  readonly proc: ChildProcess;
  assigned: number[] | null = null;
  readonly values: string[] = [];
  stderr = '';
  private out = '';

  constructor(bootstrap: string, topic: string, group: string) {
    this.proc = spawn(PYTHON, [path.join(COMPAT, 'kafka_python_member.py'), bootstrap, topic, group], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d: Buffer) => {
      this.out += d.toString();
      let i: number;
      while ((i = this.out.indexOf('\n')) >= 0) {
        const event = JSON.parse(this.out.slice(0, i)) as { assigned?: number[]; value?: string };
        this.out = this.out.slice(i + 1);
        if (event.assigned) this.assigned = event.assigned;
        if (event.value !== undefined) this.values.push(event.value);
      }
    });
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
  }

  /** Asks the member to leave the group and waits for it to exit. */
  stop(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return Promise.resolve();
    const done = new Promise<void>((r) => this.proc.once('exit', () => r()));
    this.proc.stdin!.end('stop\n');
    return done;
  }
}

/** `values` sorted, for comparing id sets. */
const sorted = (values: string[]): string[] => [...values].sort();

describe('Python clients (Debian packages)', () => {
  let broker: BrokerProcess;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'group.initial.rebalance.delay.ms': '0' } }).start();
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  it('kafka-python: admin create/list/delete, acks=all producer per codec, group consumer with commits, consumer without a group', async () => {
    const out = await runScript('kafka_python_basic.py', [broker.bootstrap, 'kp-basic', String(N)]);
    expect(out.create).toEqual([['kp-basic', 0]]);
    expect(out.listed).toBe(true);
    // test.sh installs python3-snappy, -lz4 and -zstandard; gzip is always there.
    expect(out.codecs).toEqual(expect.arrayContaining(['none', 'gzip']));
    expect(out.ids).toHaveLength(N * out.codecs.length);
    expect(out.acked).toHaveLength(out.ids.length);
    expect(new Set(out.acked.map((a: number[]) => a[0]))).toEqual(new Set([0, 1, 2]));
    expect(sorted(out.groupRead)).toEqual(sorted(out.ids));
    // Committed offsets are the ends of the partitions: every message was acknowledged once.
    const ends = [0, 1, 2].map((p) => out.acked.filter((a: number[]) => a[0] === p).length);
    expect(out.committed).toEqual(ends);
    // The second member of the group resumes at the committed offsets: only the markers are new.
    expect(sorted(out.secondRead)).toEqual(['marker-0', 'marker-1', 'marker-2']);
    expect(sorted(out.soloRead)).toEqual(sorted([...out.ids, 'marker-0', 'marker-1', 'marker-2']));
    expect(out.delete).toEqual([['kp-basic', 0]]);
    expect(out.listedAfterDelete).toBe(false);
  });

  it('kafka-python: two consumers in one group split the partitions and read every message', async () => {
    const topic = 'kp-split';
    const group = 'kp-split-group';
    const ids = Array.from({ length: N }, (_, i) => `split-${i}`);
    const produce = [
      'import sys',
      'from kafka import KafkaProducer',
      'from kafka.admin import KafkaAdminClient, NewTopic',
      `KafkaAdminClient(bootstrap_servers=sys.argv[1]).create_topics([NewTopic('${topic}', 4, 1)])`,
      `p = KafkaProducer(bootstrap_servers=sys.argv[1], acks='all')`,
      `fs = [p.send('${topic}', key=b'%d' % i, value=b'split-%d' % i) for i in range(${N})]`,
      'print(sorted({f.get(timeout=15).partition for f in fs}))',
    ].join('\n');
    const partitions = await new Promise<string>((resolve, reject) =>
      execFile(PYTHON, ['-c', produce, broker.bootstrap], { timeout: 30_000 }, (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout.trim()),
      ),
    );
    expect(partitions).toBe('[0, 1, 2, 3]');

    const a = new PythonMember(broker.bootstrap, topic, group);
    const b = new PythonMember(broker.bootstrap, topic, group);
    try {
      await waitFor(
        () =>
          a.assigned !== null &&
          b.assigned !== null &&
          a.assigned.length > 0 &&
          b.assigned.length > 0 &&
          sorted([...a.assigned, ...b.assigned].map(String)).join() === '0,1,2,3' &&
          new Set([...a.values, ...b.values]).size === N,
        40_000,
      ).catch((e: Error) => {
        throw new Error(
          `${e.message}: a=${JSON.stringify(a.assigned)} (${a.values.length}) b=${JSON.stringify(b.assigned)} (${b.values.length})\n${a.stderr.slice(-2000)}\n${b.stderr.slice(-2000)}`,
        );
      });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    // At-least-once across the rebalance: every id read, nothing foreign.
    expect(sorted([...new Set([...a.values, ...b.values])])).toEqual(sorted(ids));
  });

  it('confluent-kafka: admin create and describe configs, acks=all producer with delivery callbacks, group consumer with a synchronous commit', async () => {
    const out = await runScript('confluent_kafka_basic.py', [broker.bootstrap, 'ck-basic', String(N)]);
    expect(out.create).toEqual({ 'ck-basic': null });
    expect(out.partitions).toBe(3);
    // ConfigSource: 1 = DYNAMIC_TOPIC_CONFIG, 5 = DEFAULT_CONFIG.
    expect(out['configs-topic']).toEqual({ 'retention.ms': ['86400000', 1], 'cleanup.policy': ['delete', 5] });
    expect(out['configs-broker']['num.partitions']?.[0]).toBe('1');
    expect(out.unflushed).toEqual([0, 0, 0, 0, 0]);
    expect(out.deliveryErrors).toEqual([]);
    expect(sorted(out.delivered)).toEqual(sorted(out.ids));
    expect(out.ids).toHaveLength(5 * N);
    expect(out.groupErrors).toEqual([]);
    expect(sorted(out.groupRead)).toEqual(sorted(out.ids));
    expect(out.commit.map((c: unknown[]) => c[2])).toEqual([null, null, null]);
    expect(out.committed).toEqual(out.highWatermarks);
    expect(out.committed.reduce((s: number, x: number) => s + x, 0)).toBe(5 * N);
    expect(sorted(out.secondRead)).toEqual(['marker-0', 'marker-1', 'marker-2']);
    expect(out.delete).toEqual({ 'ck-basic': null });
  });
});
