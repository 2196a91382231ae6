/**
 * Receiver write-ahead log (spark.streaming.receiver.writeAheadLog.enable):
 * a socket-fed stateful job (a child process) is killed with kill -9 while
 * records it stored wait unprocessed (its output is held back), and started
 * again on the same checkpoint directory with nothing re-sent by the source.
 * Its final state must hold every record the receiver stored exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from './harness.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-receiver-wal-'));
const outFile = path.join(dir, 'state.json');
const gateFile = path.join(dir, 'gate');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A TCP server that sends lines to its current client when told to (nothing is re-sent to a new client). */
async function source(): Promise<{ port: number; client: () => net.Socket | null; close(): void }> {
  let current: net.Socket | null = null;
  const server = net.createServer((s) => {
    current = s;
    s.on('error', () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as net.AddressInfo).port,
    client: () => (current && !current.destroyed ? current : null),
    close: () => {
      current?.destroy();
      server.close();
    },
  };
}

function startJob(port: number): { child: ChildProcess; output: () => string } {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'test/integration/streaming-fixtures/receiver-wal-job.ts'),
      String(port),
      path.join(dir, 'checkpoint'),
      outFile,
      gateFile,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out };
}

async function until(what: string, cond: () => boolean, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${output()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function readState(): { time: number; state: Record<string, number> } | null {
  try {
    return JSON.parse(fs.readFileSync(outFile, 'utf8'));
  } catch {
    return null;
  }
}

const lines = (from: number, to: number): string => Array.from({ length: to - from }, (_, i) => `r${from + i}`).join('\n') + '\n';

it('kill -9 loses nothing the receiver stored: every record exactly once in the state after the restart', async () => {
  const src = await source();
  try {
    const first = startJob(src.port);
    await until('the job to connect', () => src.client() !== null, first.output);
    // Phase 1: 200 records processed normally.
    src.client()!.write(lines(0, 200));
    await until('200 records processed', () => Object.keys(readState()?.state ?? {}).length === 200, first.output);
    // Phase 2: the output is held back; 300 more records are stored (in the log) but never processed.
    fs.writeFileSync(gateFile, '');
    src.client()!.write(lines(200, 500));
    await until('500 records stored', () => /^stored 500$/m.test(first.output()), first.output);
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    expect(Object.keys(readState()!.state).length).toBe(200);

    // Restart: the source sends nothing again; the 300 come from the write-ahead log.
    fs.rmSync(gateFile);
    const second = startJob(src.port);
    await until('500 records in the state', () => Object.keys(readState()?.state ?? {}).length >= 500, second.output);
    expect(second.output()).toMatch(
      /INFO Receiver 0 \(CountingReceiver\): replaying \d+ record\(s\) stored but not processed before the restart/,
    );
    // Two more batches: nothing replayed twice arrives late.
    const t = readState()!.time;
    await until('two more batches', () => readState()!.time >= t + 400, second.output);
    const state = readState()!.state;
    expect(Object.keys(state).sort()).toEqual(Array.from({ length: 500 }, (_, i) => `r${i}`).sort());
    expect(Object.values(state).every((n) => n === 1)).toBe(true);
    second.child.kill('SIGKILL');
  } finally {
    src.close();
  }
});
