/**
 * Clients pinned to old protocol versions against the broker process, as
 * Kafka 3.x serves them (issue 13, "older clients"):
 *
 * - kafka-python (Debian's python3-kafka 2.0.2) with api_version (0,10),
 *   (0,9), (0,8,2) and (0,8,1): message formats v1 and v0 through Produce
 *   v2/v1/v0 and Fetch v2/v1/v0, ListOffsets v0, Metadata v0, group
 *   membership v0 (from 0.9) or assign() with OffsetCommit v1/v0, per codec
 *   (compat/kafka_python_old.py prints what it saw; the assertions are here);
 * - kcat (librdkafka) with `api.version.request=false` and
 *   `broker.version.fallback` 0.9.0 and 0.10.0: gzip-compressed produce,
 *   reads with message format v0 and v1 timestamps, a balanced consumer
 *   group and a ListOffsets v0 query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { BrokerProcess, ROOT } from './harness.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(ROOT, 'test/integration/compat/kafka_python_old.py');
const N = 20;

function runPython(args: string[]): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [SCRIPT, ...args], { timeout: 150_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`kafka_python_old.py ${args.join(' ')} failed: ${err.message}\n${stderr.slice(-4000)}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop()!));
      } catch {
        reject(new Error(`kafka_python_old.py printed no JSON:\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`));
      }
    });
  });
}

function kcat(bootstrap: string, fallback: string, args: string[], input?: string): string {
  const r = spawnSync('kcat', ['-b', bootstrap, '-X', 'api.version.request=false', '-X', `broker.version.fallback=${fallback}`, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`kcat ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const sorted = (values: string[]): string[] => [...values].sort();
const lines = (s: string): string[] => s.split('\n').filter((l) => l.length > 0);

describe('old protocol versions (Kafka 3.x floors)', () => {
  let broker: BrokerProcess;

  beforeAll(async () => {
    // Topics are auto-created with 3 partitions by the clients' Metadata requests.
    broker = await new BrokerProcess({ config: { 'group.initial.rebalance.delay.ms': '0', 'num.partitions': '3' } }).start();
  });

  afterAll(async () => {
    await broker?.destroy();
  });

  for (const api of ['0.10', '0.9', '0.8.2', '0.8.1']) {
    it(`kafka-python api_version=(${api.replaceAll('.', ',')}): produces per codec and consumes with commits`, async () => {
      const out = await runPython([broker.bootstrap, `kp-old-${api}`, String(N), api]);
      expect(out.failed).toEqual([]);
      expect(out.codecs).toEqual(expect.arrayContaining(['none', 'gzip']));
      expect(out.ids).toHaveLength(N * out.codecs.length);
      expect(new Set(out.acked.map((a: number[]) => a[0]))).toEqual(new Set([0, 1, 2]));
      // Offsets answered to the producer are distinct and dense per partition.
      for (const p of [0, 1, 2]) {
        const offsets = out.acked.filter((a: number[]) => a[0] === p).map((a: number[]) => a[1]);
        expect(sorted(offsets.map(String)), `partition ${p}`).toEqual(sorted(offsets.map((_: number, i: number) => String(i))));
      }
      expect(sorted(out.groupRead)).toEqual(sorted(out.ids));
      expect(out.keysOk).toBe(true);
      // Format v1 (0.10) carries the producer's timestamps; format v0 has none.
      expect(out.timestamps).toEqual([api === '0.10' ? 'set' : 'none']);
      const ends = [0, 1, 2].map((p) => out.acked.filter((a: number[]) => a[0] === p).length);
      expect(out.committed).toEqual(ends);
      // ListOffsets v0: seek_to_end and seek_to_beginning.
      expect(out.ends).toEqual(ends);
      expect(out.starts).toEqual([0, 0, 0]);
      expect(sorted(out.secondRead)).toEqual(['marker-0', 'marker-1', 'marker-2']);
    });
  }

  for (const fallback of ['0.9.0', '0.10.0']) {
    it(`kcat with broker.version.fallback=${fallback}: gzip produce, read, a consumer group, offsets`, () => {
      const topic = `kcat-old-${fallback}`;
      const input = Array.from({ length: N }, (_, i) => `k${i}:v${i}`).join('\n') + '\n';
      const before = Date.now();
      kcat(broker.bootstrap, fallback, ['-P', '-t', topic, '-K:', '-z', 'gzip'], input);
      const read = lines(kcat(broker.bootstrap, fallback, ['-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%k:%s %T\n']));
      expect(sorted(read.map((l) => l.split(' ')[0]))).toEqual(sorted(lines(input)));
      const timestamps = new Set(read.map((l) => Number(l.split(' ')[1])));
      if (fallback === '0.9.0')
        expect(timestamps).toEqual(new Set([0])); // format v0: no timestamps (librdkafka prints 0)
      else for (const ts of timestamps) expect(ts).toBeGreaterThanOrEqual(before - 60_000);
      const grouped = lines(
        kcat(broker.bootstrap, fallback, ['-G', `${topic}-group`, topic, '-o', 'beginning', '-e', '-q', '-f', '%k:%s\n']),
      );
      expect(sorted(grouped)).toEqual(sorted(lines(input)));
      const ends = lines(kcat(broker.bootstrap, fallback, ['-Q', '-t', `${topic}:0:-1`, '-t', `${topic}:1:-1`, '-t', `${topic}:2:-1`]));
      const total = ends.reduce((s, l) => s + Number(/offset (\d+)/.exec(l)![1]), 0);
      expect(total).toBe(N);
    });
  }
});
