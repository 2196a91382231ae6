/**
 * kill -9 of a stateful Kafka job: the job (a child process) is killed in
 * the middle of the input and started again on the same checkpoint
 * directory; its final word counts must equal the input exactly: no record
 * lost, none counted twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningBroker } from '../../broker/index.js';
import { send, type KafkaClient } from '../../client/index.js';
import { startBrokerWithClient, stopBrokerWithClient } from '../helpers/broker-client.js';
import { ROOT } from './harness.js';

let broker: RunningBroker;
let client: KafkaClient;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-recovery-'));

beforeAll(async () => ({ broker, client } = await startBrokerWithClient([{ topic: 'words', numPartitions: 3 }])));

afterAll(async () => {
  await stopBrokerWithClient({ broker, client });
  fs.rmSync(dir, { recursive: true, force: true });
});

function startJob(): { child: ChildProcess; output: () => string; started: Promise<string> } {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'test/integration/streaming-fixtures/kafka-stateful-job.ts'),
      broker.brokers,
      'words',
      'recovery-group',
      path.join(dir, 'checkpoint'),
      path.join(dir, 'state.json'),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const started = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('started'));
      if (line) resolve(line);
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`job exited with ${code}: ${out}`)));
  });
  started.catch(() => undefined);
  return { child, output: () => out, started };
}

function readState(): { time: number; state: Record<string, number> } | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8'));
  } catch {
    return null;
  }
}

const total = (s: Record<string, number> | undefined): number => Object.values(s ?? {}).reduce((a, b) => a + b, 0);

it('resumes after kill -9 with state neither lost nor doubled', async () => {
  const expected = new Map<string, number>();
  let produced = 0;
  let round = 0;
  const produceRound = async (): Promise<void> => {
    const lines = [];
    for (let i = 0; i < 10; i++) {
      const words = [];
      for (let j = 0; j < 5; j++) {
        const w = `w${(round * 7 + i * 3 + j) % 13}`;
        words.push(w);
        expected.set(w, (expected.get(w) ?? 0) + 1);
        produced++;
      }
      lines.push({ value: words.join(' ') });
    }
    round++;
    await send(client, 'words', lines);
  };

  const first = startJob();
  await first.started;
  // Produce while the job runs, and kill it once it has counted part of the input.
  while (total(readState()?.state) < 200) {
    await produceRound();
    await new Promise((r) => setTimeout(r, 60));
  }
  for (let i = 0; i < 5; i++) await produceRound();
  first.child.kill('SIGKILL');
  await new Promise((r) => first.child.once('exit', r));
  const atKill = total(readState()?.state);
  expect(atKill).toBeLessThan(produced + 1);
  // More input while the job is down.
  for (let i = 0; i < 5; i++) await produceRound();

  const second = startJob();
  const line = await second.started;
  expect(line).toMatch(/restored-from=\d+/);
  for (let i = 0; i < 5; i++) {
    await produceRound();
    await new Promise((r) => setTimeout(r, 60));
  }
  const deadline = Date.now() + 60_000;
  while (total(readState()?.state) < produced && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  // A little longer: a doubled count would show up now.
  await new Promise((r) => setTimeout(r, 1000));
  second.child.kill('SIGTERM');
  const final = readState()!.state;
  expect(total(final)).toBe(produced);
  expect(new Map(Object.entries(final))).toEqual(expected);
});
