/**
 * How long single appends hold the event loop (issue 16), measured in
 * process on the file engine of a compiled build (dist/), so that one
 * build can be compared with another on a machine too loaded for the
 * end-to-end latency rows to separate them: the time of one
 * PartitionLog.appendAsLeader call, which is the time every other request
 * of the broker waits behind it.
 *
 * - steady:    a 1-record append to a log that has data in the current
 *              leader epoch (the common case, for scale);
 * - new epoch: the first append of a new leader epoch to a log (every new
 *              partition's first produce, every produce after a leader
 *              change): it writes the leader-epoch-checkpoint;
 * - roll:      the append that rolls a segment holding `--segment-mb` MB
 *              written just before (dirty in the page cache), as at
 *              segment.bytes under a steady produce: it closes the old
 *              segment, writes a producer snapshot, opens the new one.
 *
 * Each is repeated `--repeats` times on fresh logs in a temp dir (removed
 * afterwards); the table gives the median and the max in ms.
 *
 * A 1 MB append without a roll is given too, for what the roll row costs
 * beyond its own CRC check and write.
 *
 *   node --import tsx bench/append-stalls.ts [--repeats N] [--segment-mb M] [--before DIST_DIR] [--dist DIST_DIR]
 * `--before` measures another build's dist/ first (A/B); `--dist` defaults to this build's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './broker-process.js';
import { fixed, median, table } from './stats.js';

interface Build {
  label: string;
  dist: string;
}

interface LogApi {
  appendAsLeader(records: Buffer, leaderEpoch: number, now: number): { errorCode: number };
  close(): void;
}

interface Modules {
  open(dir: string, segmentBytes: number): LogApi;
  batch(records: number, valueBytes: number): Buffer;
}

async function load(dist: string): Promise<Modules> {
  const imp = (p: string): Promise<Record<string, unknown>> =>
    import(pathToFileURL(path.join(dist, p)).href) as Promise<Record<string, unknown>>;
  const [{ PartitionLog }, { DEFAULT_LOG_CONFIG }, { encodeRecordBatch }] = await Promise.all([
    imp('broker/log/partition-log.js'),
    imp('broker/log/log-config.js'),
    imp('protocol/record-codec.js'),
  ]);
  const quiet = { info: (): void => undefined, warn: (): void => undefined };
  return {
    open: (dir, segmentBytes) =>
      (PartitionLog as { open(o: unknown): LogApi }).open({
        dir,
        topic: 't',
        partition: 0,
        config: { ...(DEFAULT_LOG_CONFIG as object), segmentBytes },
        needsRecovery: false,
        logger: quiet,
      }),
    batch: (n, size) => {
      const value = Buffer.alloc(size, 'v');
      return (encodeRecordBatch as (o: unknown) => Buffer)({ records: Array.from({ length: n }, () => ({ key: null, value })) });
    },
  };
}

function timed(log: LogApi, records: Buffer, epoch: number): number {
  const t0 = process.hrtime.bigint();
  const r = log.appendAsLeader(records, epoch, Date.now());
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.errorCode !== 0) throw new Error(`append failed: error ${r.errorCode}`);
  return ms;
}

async function measure(b: Build, repeats: number, segmentMb: number, root: string): Promise<string[][]> {
  const m = await load(b.dist);
  const small = (): Buffer => m.batch(1, 100);
  const steady: number[] = [];
  const epoch: number[] = [];
  const roll: number[] = [];
  const mb: number[] = [];
  const big = m.batch(1000, 1000); // ~1 MB
  for (let i = 0; i < repeats; i++) {
    const dir = fs.mkdtempSync(path.join(root, 'p-'));
    const log = m.open(path.join(dir, 't-0'), segmentMb << 20);
    try {
      timed(log, small(), 0);
      for (let k = 0; k < 20; k++) steady.push(timed(log, small(), 0));
      epoch.push(timed(log, small(), 1));
      const fill = Math.floor((segmentMb << 20) / big.length);
      const fills: number[] = [];
      for (let k = 0; k < fill; k++) fills.push(timed(log, m.batch(1000, 1000), 1));
      mb.push(median(fills));
      roll.push(timed(log, m.batch(1000, 1000), 1));
      const logs = fs.readdirSync(path.join(dir, 't-0')).filter((f) => f.endsWith('.log')).length;
      if (logs !== 2) throw new Error(`expected the last append to roll (${logs} segments)`);
    } finally {
      log.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const row = (what: string, xs: number[]): string[] => [b.label, what, String(xs.length), fixed(median(xs), 2), fixed(Math.max(...xs), 2)];
  return [
    row('steady: 1 record, same epoch', steady),
    row('new epoch: its first append', epoch),
    row('1 MB batch (1,000 x 1 KB), no roll', mb),
    row(`roll: the 1 MB append that closes a ${segmentMb} MB segment`, roll),
  ];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const val = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i < 0 ? undefined : argv[i + 1];
  };
  const repeats = Number(val('--repeats') ?? 5);
  const segmentMb = Number(val('--segment-mb') ?? 64);
  const builds: Build[] = [];
  const before = val('--before');
  if (before) builds.push({ label: 'before', dist: path.resolve(before) });
  builds.push({ label: before ? 'after' : 'this build', dist: path.resolve(val('--dist') ?? path.join(ROOT, 'dist')) });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-append-stalls-'));
  const load0 = os.loadavg()[0];
  const rows: string[][] = [];
  try {
    // Alternate the builds run by run, so that a change of the machine's load hits both.
    for (let r = 0; r < repeats; r++) for (const b of builds) rows.push(...(await measure(b, 1, segmentMb, root)));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  const merged = new Map<string, { build: string; what: string; xs: number[] }>();
  for (const [build, what, , med] of rows) {
    const k = `${build}|${what}`;
    if (!merged.has(k)) merged.set(k, { build: build!, what: what!, xs: [] });
    merged.get(k)!.xs.push(Number(med));
  }
  console.log(
    [
      `### Event-loop time of single appends (issue 16) — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
      '',
      `One PartitionLog.appendAsLeader call on the file engine (${os.tmpdir()}), ${repeats} fresh logs per build, builds alternated; ` +
        `steady: median of 20 appends per log. Node ${process.version}, load average (1 min) ${load0.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}.`,
      '',
      table(
        ['build', 'append', 'runs', 'median ms', 'max ms'],
        [...merged.values()].map((m) => [m.build, m.what, String(m.xs.length), fixed(median(m.xs), 2), fixed(Math.max(...m.xs), 2)]),
        [false, false, true, true, true],
      ),
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(`append-stalls failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
