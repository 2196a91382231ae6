/**
 * The log dir lock, with real broker processes: a second broker started on
 * a log dir a running broker holds exits with an error naming the dir and
 * touches nothing of it (no recovery, no index rebuild, no checkpoint
 * write: every file byte-identical, mtimes unchanged); after the running
 * broker is killed with SIGKILL its stale lock does not block a restart.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { BrokerProcess } from './harness.js';
import { RawClient, batchOf, produce, readAll } from './raw-client.js';

/** Every file under `dir` (LevelDB's directory aside: its own lock guards it), with its bytes and mtime. */
function snapshot(dir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const out = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(e.parentPath, e.name);
    if (!e.isFile() || full.includes('.tributary-metadata')) continue;
    out.set(path.relative(dir, full), { bytes: fs.readFileSync(full), mtimeMs: fs.statSync(full).mtimeMs });
  }
  return out;
}

describe('log dir lock', () => {
  const config = {
    // No checkpoint timer during the test: the files must stay as they are unless someone else touches them.
    'replica.high.watermark.checkpoint.interval.ms': '3600000',
    'log.retention.check.interval.ms': '3600000',
  };
  const first = new BrokerProcess({ config });
  let c: RawClient | null = null;

  afterAll(async () => {
    c?.close();
    await first.destroy();
  });

  it('a second broker on a held log dir exits naming it and changes no file; a SIGKILLed holder does not block a restart', async () => {
    await first.start();
    c = await RawClient.connect(first.port);
    const created = await c.send('CreateTopics', 7, {
      topics: [
        {
          name: 'held',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [{ name: 'index.interval.bytes', value: '100' }],
        },
      ],
      timeoutMs: 10_000,
    });
    expect(created.topics[0].errorCode).toBe(0);
    for (let i = 0; i < 20; i++)
      expect((await produce(c, 'held', 0, batchOf([`v${i}-${'x'.repeat(100)}`]))).responses[0].partitionResponses[0].errorCode).toBe(0);
    // A clean restart writes the checkpoints; the running broker has no clean-shutdown marker, so a
    // second broker that did not check the lock first would recover (and rewrite the indexes of) this log.
    c.close();
    await first.stop();
    await first.start();
    c = await RawClient.connect(first.port);
    const logs = path.join(first.dataDir, 'logs');
    const before = snapshot(logs);
    expect([...before.keys()].some((f) => f.endsWith('.index') && before.get(f)!.bytes.length > 0)).toBe(true);
    expect([...before.keys()].some((f) => f.endsWith('.timeindex'))).toBe(true);
    expect(before.has('recovery-point-offset-checkpoint')).toBe(true);
    expect(before.has('replication-offset-checkpoint')).toBe(true);
    expect(before.has('.lock')).toBe(true);
    expect(before.has('.kafka_cleanshutdown')).toBe(false);

    const second = new BrokerProcess({ dataDir: first.dataDir, config });
    const child = await second.spawn();
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(1);
    expect(second.output).toContain(`Failed to acquire lock on file .lock in ${fs.realpathSync(logs)}`);
    expect(second.output).not.toMatch(/recover/i);
    const after = snapshot(logs);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [f, b] of before) {
      expect(after.get(f)!.bytes.equals(b.bytes), `${f} bytes`).toBe(true);
      expect(after.get(f)!.mtimeMs, `${f} mtime`).toBe(b.mtimeMs);
    }
    // The first broker still serves.
    expect((await readAll(c, 'held', 0)).length).toBe(20);

    // SIGKILL leaves the .lock of a dead process: the restart takes it over.
    c.close();
    c = null;
    await first.kill('SIGKILL');
    expect(fs.existsSync(path.join(logs, '.lock'))).toBe(true);
    await first.start();
    c = await RawClient.connect(first.port);
    expect((await readAll(c, 'held', 0)).map((r) => r.value!.toString().split('-')[0])).toEqual(
      Array.from({ length: 20 }, (_, i) => `v${i}`),
    );
    expect(fs.readFileSync(path.join(logs, '.lock'), 'utf8').split(' ')[0]).toBe(String(first.child!.pid));
  });
});
