/**
 * Helpers of streaming-exactly-once.test.ts: the exactly-once job
 * (streaming-fixtures/kafka-eos-job.ts) as a child process whose stdout
 * lines can be waited for, and readers of the output topic with
 * read_committed — the lean client's PartitionReader and kafkajs
 * (readUncommitted: false) — that read up to the last stable offset.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { PartitionReader, type KafkaClient } from '../../client/index.js';
import { ROOT } from './harness.js';

/** A running job process. */
export class EosJob {
  readonly child: ChildProcess;
  /** Everything it wrote (stdout and stderr). */
  output = '';
  /** Its stdout lines so far. */
  readonly lines: string[] = [];
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  private waiters: { match: (l: string) => boolean; from: number; resolve: (l: string) => void; reject: (e: Error) => void }[] = [];
  private partial = '';

  /** Starts the fixture with `args` (see its header) and extra environment `env`. */
  constructor(args: string[], env: Record<string, string> = {}) {
    this.child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'test/integration/streaming-fixtures/kafka-eos-job.ts'), ...args],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...env },
      },
    );
    this.child.stdout!.on('data', (d: Buffer) => {
      const text = d.toString();
      this.output += text;
      this.partial += text;
      const parts = this.partial.split('\n');
      this.partial = parts.pop()!;
      for (const l of parts) this.lines.push(l);
      this.check();
    });
    this.child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        for (const w of this.waiters.splice(0))
          w.reject(new Error(`job exited (${code}) before the line it was waited for:\n${this.output}`));
        resolve(code);
      }),
    );
  }

  private check(): void {
    this.waiters = this.waiters.filter((w) => {
      for (let i = w.from; i < this.lines.length; i++)
        if (w.match(this.lines[i])) {
          w.resolve(this.lines[i]);
          return false;
        }
      return true;
    });
  }

  /** Resolves with the first stdout line from index `from` on that `match`es; rejects if the job exits first. */
  waitForLine(match: (l: string) => boolean, from = 0): Promise<string> {
    return new Promise((resolve, reject) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        const l = this.lines.slice(from).find(match);
        if (l !== undefined) resolve(l);
        else reject(new Error(`job has exited:\n${this.output}`));
        return;
      }
      this.waiters.push({ match, from, resolve, reject });
      this.check();
    });
  }

  /** kill -9, waiting for the exit. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }
}

/** The records of `topic` up to its last stable offset, read with read_committed by the lean client, as "key=value". */
export async function readCommitted(client: KafkaClient, topic: string, partitions: number): Promise<string[]> {
  const tps = Array.from({ length: partitions }, (_, partition) => ({ topic, partition }));
  const end = await client.listOffsets(tps, 'latest', 1);
  const reader = new PartitionReader(client, { isolationLevel: 1, maxWaitMs: 100 });
  reader.assign(tps, 'earliest');
  const out: string[] = [];
  const deadline = Date.now() + 60_000;
  while (tps.some((tp) => reader.position(tp) < (end.get(`${tp.topic}-${tp.partition}`) ?? 0))) {
    if (Date.now() > deadline) throw new Error(`read_committed of ${topic} did not reach the last stable offsets`);
    for (const r of await reader.poll()) out.push(`${r.key?.toString() ?? ''}=${r.value?.toString() ?? ''}`);
  }
  return out;
}

/** The same with kafkajs (readUncommitted: false), counting `expected` records or reaching the end offsets. */
export async function readCommittedKafkajs(bootstrap: string, topic: string, group: string, expected: number): Promise<string[]> {
  const kafka = new Kafka({ clientId: 'eos-check', brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: group, readUncommitted: false, sessionTimeout: 6000, heartbeatInterval: 500 });
  const out: string[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let done!: () => void;
    const finished = new Promise<void>((r) => (done = r));
    await consumer.run({
      eachMessage: async ({ message }) => {
        out.push(`${message.key?.toString() ?? ''}=${message.value?.toString() ?? ''}`);
        if (out.length >= expected) done();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([finished, new Promise((r) => (timer = setTimeout(r, 60_000)))]);
    clearTimeout(timer);
  } finally {
    await consumer.disconnect();
  }
  return out;
}
