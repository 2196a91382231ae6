/**
 * Log compaction end to end: a topic with cleanup.policy=compact and tiny
 * segments gets repeated keys and tombstones from kcat; the broker's cleaner
 * leaves only the newest value per key (offsets unchanged), keeps the
 * tombstones for delete.retention.ms, then drops them; consumers read the
 * compacted log with kcat, also after a broker restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BrokerProcess } from './harness.js';
import { waitFor } from './groups-helpers.js';
import { RawClient } from './raw-client.js';

function kcat(args: string[], input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = execFile('kcat', args, { timeout: 20_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    );
    c.stdin!.end(input);
  });
}

interface Rec {
  offset: number;
  key: string;
  value: string | null;
}

describe('log compaction', () => {
  let broker: BrokerProcess;

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: { 'log.cleaner.backoff.ms': '200' } }).start();
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  async function readTopic(): Promise<Rec[]> {
    const out = await kcat([
      '-b',
      broker.bootstrap,
      '-C',
      '-t',
      'compacted',
      '-p',
      '0',
      '-o',
      'beginning',
      '-e',
      '-q',
      '-Z',
      '-f',
      '%o|%k|%S|%s\n',
    ]);
    return out
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => {
        const [o, k, size, ...v] = l.split('|');
        return { offset: Number(o), key: k!, value: size === '-1' ? null : v.join('|') };
      });
  }

  it('keeps the newest value per key and removes tombstones after delete.retention.ms', async () => {
    // kcat cannot create topics with configs: CreateTopics over the raw client
    const c = await RawClient.connect(broker.port);
    const r = await c.send('CreateTopics', 5, {
      topics: [
        {
          name: 'compacted',
          numPartitions: 1,
          replicationFactor: 1,
          assignments: [],
          configs: [
            { name: 'cleanup.policy', value: 'compact' },
            { name: 'segment.bytes', value: '1024' },
            { name: 'min.cleanable.dirty.ratio', value: '0.01' },
            { name: 'delete.retention.ms', value: '6000' },
          ],
        },
      ],
      timeoutMs: 5000,
      validateOnly: false,
    });
    c.close();
    expect(r.topics[0].errorCode).toBe(0);

    // 30 rounds over keys k0..k9 (offset = round * 10 + key), in several produce calls (many batches, many segments)
    for (let chunk = 0; chunk < 3; chunk++) {
      const lines: string[] = [];
      for (let round = chunk * 10; round < chunk * 10 + 10; round++) for (let k = 0; k < 10; k++) lines.push(`k${k}:v${round}`);
      await kcat(
        ['-b', broker.bootstrap, '-P', '-t', 'compacted', '-p', '0', '-K', ':', '-z', chunk === 1 ? 'gzip' : 'none'],
        lines.join('\n') + '\n',
      );
    }
    // tombstones for k0..k2 (offsets 300..302), then fillers so that everything above lands in inactive segments
    await kcat(['-b', broker.bootstrap, '-P', '-t', 'compacted', '-p', '0', '-K', ':', '-Z'], 'k0:\nk1:\nk2:\n');
    const fillers = Array.from({ length: 40 }, (_, i) => `filler-${i}:${'x'.repeat(40)}`).join('\n') + '\n';
    await kcat(['-b', broker.bootstrap, '-P', '-t', 'compacted', '-p', '0', '-K', ':'], fillers);
    const logDir = path.join(broker.dataDir, 'logs', 'compacted-0');
    expect(fs.readdirSync(logDir).filter((f) => f.endsWith('.log')).length).toBeGreaterThan(2); // segments rolled

    const keyed = (recs: Rec[]): Rec[] => recs.filter((x) => /^k\d$/.test(x.key));
    const compacted = await waitFor(
      async () => {
        const recs = keyed(await readTopic());
        return recs.length === 10 ? recs : null;
      },
      20_000,
      'compaction of the repeated keys',
    );
    expect(compacted).toEqual([
      ...[3, 4, 5, 6, 7, 8, 9].map((k) => ({ offset: 290 + k, key: `k${k}`, value: 'v29' })),
      { offset: 300, key: 'k0', value: null },
      { offset: 301, key: 'k1', value: null },
      { offset: 302, key: 'k2', value: null },
    ]);
    // the fillers (unique keys) are all still there, offsets unchanged
    const all = await readTopic();
    expect(all.filter((x) => x.key.startsWith('filler-')).map((x) => x.offset)).toEqual(Array.from({ length: 40 }, (_, i) => 303 + i));

    // after delete.retention.ms the tombstones go as well
    const final = await waitFor(
      async () => {
        const recs = keyed(await readTopic());
        return recs.length === 7 ? recs : null;
      },
      20_000,
      'tombstone removal',
    );
    expect(final.map((x) => x.key)).toEqual(['k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9']);

    // the compacted log survives a kill -9 and serves the same records
    const before = await readTopic();
    await broker.kill('SIGKILL');
    await broker.start();
    expect(await readTopic()).toEqual(before);
    await kcat(['-b', broker.bootstrap, '-P', '-t', 'compacted', '-p', '0', '-K', ':'], 'k3:v30\n');
    const after = await readTopic();
    expect(after.at(-1)).toEqual({ offset: 343, key: 'k3', value: 'v30' });
  });
});
