/**
 * librdkafka's balanced consumer (`kcat -G`) against the broker process:
 * two members split a 4-partition topic and together consume every message
 * exactly once; a member that exits (SIGTERM: LeaveGroup) hands its
 * partitions to the other, which resumes from the committed offsets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { BrokerProcess } from './harness.js';
import { waitFor } from './groups-helpers.js';

/** One `kcat -G` member: its latest assignment and what it printed. */
class KcatMember {
  readonly proc: ChildProcess;
  assigned: number[] = [];
  readonly messages: { partition: number; value: string }[] = [];
  private out = '';
  private err = '';

  constructor(bootstrap: string, group: string, topic: string) {
    this.proc = spawn(
      'kcat',
      [
        '-b',
        bootstrap,
        '-G',
        group,
        topic,
        '-u',
        '-X',
        'auto.offset.reset=earliest',
        '-X',
        'session.timeout.ms=6000',
        '-X',
        'auto.commit.interval.ms=200',
        '-f',
        '%p %s\n',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.proc.stdout!.on('data', (d: Buffer) => {
      this.out += d.toString();
      let i: number;
      while ((i = this.out.indexOf('\n')) >= 0) {
        const [p, value] = this.out.slice(0, i).split(' ');
        this.out = this.out.slice(i + 1);
        this.messages.push({ partition: Number(p), value: value! });
      }
    });
    this.proc.stderr!.on('data', (d: Buffer) => {
      this.err += d.toString();
      let i: number;
      while ((i = this.err.indexOf('\n')) >= 0) {
        const line = this.err.slice(0, i);
        this.err = this.err.slice(i + 1);
        const m = /rebalanced .*: (assigned|revoked): (.*)$/.exec(line);
        if (m) this.assigned = m[1] === 'assigned' ? [...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1])).sort() : [];
      }
    });
  }

  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return Promise.resolve();
    const done = new Promise<void>((r) => this.proc.once('exit', () => r()));
    this.proc.kill(signal);
    return done;
  }
}

function kcat(args: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = execFile('kcat', args, { timeout: 20_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    );
    c.stdin!.end(input);
  });
}

describe('kcat -G (librdkafka balanced consumer)', () => {
  let broker: BrokerProcess;
  const members: KcatMember[] = [];

  beforeAll(async () => {
    broker = await new BrokerProcess({
      config: { 'group.initial.rebalance.delay.ms': '0', 'offsets.topic.num.partitions': '5', 'num.partitions': '4' },
    }).start();
  });

  afterAll(async () => {
    await Promise.all(members.map((m) => m.stop('SIGKILL')));
    await broker?.destroy();
  });

  it('two members split the topic and consume everything once', async () => {
    await kcat(['-b', broker.bootstrap, '-P', '-t', 'events', '-K', ':'], 'warmup:start\n');
    members.push(new KcatMember(broker.bootstrap, 'kcat-group', 'events'), new KcatMember(broker.bootstrap, 'kcat-group', 'events'));
    await waitFor(
      () => {
        const [a, b] = members.map((m) => m.assigned);
        return a!.length > 0 && b!.length > 0 && new Set([...a!, ...b!]).size === 4 && a!.length + b!.length === 4;
      },
      30_000,
      'both members to be assigned',
    );
    const [a, b] = members;
    expect([...a!.assigned, ...b!.assigned].sort()).toEqual([0, 1, 2, 3]);
    const lines = Array.from({ length: 200 }, (_, i) => `key-${i}:msg-${i}`).join('\n') + '\n';
    await kcat(['-b', broker.bootstrap, '-P', '-t', 'events', '-K', ':'], lines);
    const all = (): string[] => members.flatMap((m) => m.messages.map((x) => x.value));
    await waitFor(() => new Set(all()).size === 201, 30_000, 'every message');
    await new Promise((r) => setTimeout(r, 500));
    const values = all();
    expect(values.length).toBe(201); // exactly once: no duplicates
    for (let i = 0; i < 200; i++) expect(values).toContain(`msg-${i}`);
    for (const m of members) for (const x of m.messages) expect(m.assigned).toContain(x.partition);
    expect(a!.messages.length).toBeGreaterThan(0);
    expect(b!.messages.length).toBeGreaterThan(0);

    // b leaves; a takes over all partitions and continues after the committed offsets
    await new Promise((r) => setTimeout(r, 600)); // let auto-commit (200 ms) run
    await b!.stop('SIGTERM');
    await waitFor(() => a!.assigned.length === 4, 20_000, 'the remaining member to get every partition');
    const before = a!.messages.length;
    await kcat(['-b', broker.bootstrap, '-P', '-t', 'events', '-K', ':'], 'late-1:after-1\nlate-2:after-2\nlate-3:after-3\n');
    await waitFor(() => a!.messages.length >= before + 3, 20_000, 'the late messages');
    await new Promise((r) => setTimeout(r, 500));
    const late = a!.messages.slice(before).map((x) => x.value);
    expect(late.sort()).toEqual(['after-1', 'after-2', 'after-3']);
  });
});
