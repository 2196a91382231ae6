import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SparkContext, StreamingContext, type RDD, type BatchInfo } from '../../../streaming/index.js';

function collectBatches<T>(
  ssc: StreamingContext,
  stream: { foreachRDD(fn: (rdd: RDD<T>, t: number) => Promise<void>): void },
): [number, T[]][] {
  const out: [number, T[]][] = [];
  stream.foreachRDD(async (rdd, t) => {
    out.push([t, await rdd.collect()]);
  });
  return out;
}

async function runUntil(ssc: StreamingContext, cond: () => boolean, timeoutMs = 5000): Promise<void> {
  await ssc.start();
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
  await ssc.stop();
}

describe('StreamingContext with a queue stream', () => {
  it('runs word count batch by batch at batch-interval-aligned times', async () => {
    const ssc = new StreamingContext(100);
    const queue: string[][] = [['a b a'], ['b c'], []];
    const counts = ssc
      .queueStream(queue)
      .flatMap((l) => l.split(' '))
      .map((w): [string, number] => [w, 1])
      .reduceByKey((a, b) => a + b);
    const out = collectBatches(ssc, counts);
    const infos: BatchInfo[] = [];
    ssc.addStreamingListener({ onBatchCompleted: (e) => infos.push(e.batchInfo) });
    await runUntil(ssc, () => out.length >= 3);
    expect(new Map(out[0][1])).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
    expect(new Map(out[1][1])).toEqual(
      new Map([
        ['b', 1],
        ['c', 1],
      ]),
    );
    expect(out[2][1]).toEqual([]);
    expect(out[0][0] % 100).toBe(0);
    expect(out[1][0] - out[0][0]).toBe(100);
    expect(infos[0].numRecords).toBe(1);
    expect(infos[0].schedulingDelay).toBeGreaterThanOrEqual(0);
    expect(infos[0].processingTime).toBeGreaterThanOrEqual(0);
    expect(ssc.getState()).toBe('STOPPED');
  });

  it('refuses windows that are not multiples of the batch interval, naming both', () => {
    const ssc = new StreamingContext(200);
    const s = ssc.queueStream<number>([]);
    expect(() => s.window(300, 200)).toThrow(/window duration 300 ms must be a multiple of the batch duration 200 ms/);
    expect(() => s.window(400, 300)).toThrow(/slide duration 300 ms must be a multiple of the batch duration 200 ms/);
    expect(() => s.map((x): [number, number] => [x, x]).reduceByKeyAndWindow((a, b) => a + b, undefined, 500, 200)).toThrow(
      /500 ms.*200 ms/,
    );
  });

  it('refuses to start without outputs, and stateful streams without a checkpoint directory', async () => {
    const a = new StreamingContext(100);
    a.queueStream<number>([]);
    await expect(a.start()).rejects.toThrow(/No output operations registered/);
    const b = new StreamingContext(100);
    b.queueStream<[string, number]>([])
      .updateStateByKey<string, number, number>((vs, s) => (s ?? 0) + vs.length)
      .print();
    await expect(b.start()).rejects.toThrow(/checkpoint directory has not been set/);
  });

  it('never overlaps batches: a slow batch delays the next (scheduling delay)', async () => {
    const ssc = new StreamingContext(50);
    let running = 0;
    let maxRunning = 0;
    ssc.queueStream<number>([[1], [2], [3]]).foreachRDD(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 120));
      running--;
    });
    const infos: BatchInfo[] = [];
    ssc.addStreamingListener({ onBatchCompleted: (e) => infos.push(e.batchInfo) });
    await runUntil(ssc, () => infos.length >= 3);
    expect(maxRunning).toBe(1);
    expect(infos[2].schedulingDelay!).toBeGreaterThan(100);
  });

  it('retries a failed output, then stops the context with the error', async () => {
    const ssc = new StreamingContext(50, { conf: { 'spark.task.maxFailures': 3, 'tributary.streaming.retryBackoffMs': 10 } });
    let calls = 0;
    let firstOutputRuns = 0;
    const s = ssc.queueStream<number>([[1]]);
    s.foreachRDD(() => {
      firstOutputRuns++;
    });
    s.foreachRDD(() => {
      calls++;
      throw new Error('boom');
    });
    await ssc.start();
    await expect(ssc.awaitTermination()).rejects.toThrow(/failed after 3 attempt\(s\): boom/);
    expect(calls).toBe(3);
    expect(firstOutputRuns).toBe(1);
    expect(ssc.getState()).toBe('STOPPED');
  });

  it('prints in Spark format', async () => {
    const ssc = new StreamingContext(50);
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    (process.stdout as unknown as { write: (s: string) => boolean }).write = (s: string) => {
      lines.push(s);
      return true;
    };
    try {
      ssc
        .queueStream<[string, number]>([
          [
            ['a', 1],
            ['b', 2],
            ['c', 3],
          ],
        ])
        .print(2);
      await runUntil(ssc, () => lines.length >= 1);
    } finally {
      (process.stdout as unknown as { write: typeof write }).write = write;
    }
    expect(lines[0]).toMatch(
      /^-------------------------------------------\nTime: \d+ ms\n-------------------------------------------\n\(a,1\)\n\(b,2\)\n\.\.\.\n\n$/,
    );
  });
});

describe('one active context per process, getActive, stop(stopSparkContext, stopGracefully)', () => {
  it('refuses to start a second context while one is active; getActive and getActiveOrCreate return the active one', async () => {
    expect(StreamingContext.getActive()).toBeNull();
    const a = new StreamingContext(50, { appName: 'first' });
    a.queueStream<number>([]).foreachRDD(() => undefined);
    const made = await StreamingContext.getActiveOrCreate(() => a);
    expect(made).toBe(a);
    await a.start();
    try {
      expect(StreamingContext.getActive()).toBe(a);
      const b = new StreamingContext(50);
      b.queueStream<number>([]).foreachRDD(() => undefined);
      await expect(b.start()).rejects.toThrow(/Only one StreamingContext may be started in this process.*\(first\) was started at \d{4}-/);
      expect(b.getState()).toBe('INITIALIZED');
      let factoryCalls = 0;
      expect(
        await StreamingContext.getActiveOrCreate(() => {
          factoryCalls++;
          return b;
        }),
      ).toBe(a);
      expect(factoryCalls).toBe(0);
    } finally {
      await a.stop();
    }
    expect(StreamingContext.getActive()).toBeNull();
    // Once the first stopped, another may start.
    const c = new StreamingContext(50);
    const seen: number[] = [];
    c.queueStream<number>([[7]]).foreachRDD(async (rdd) => void seen.push(...(await rdd.collect())));
    await runUntil(c, () => seen.length > 0);
    expect(seen).toEqual([7]);
  });

  it('a context that fails to start or fails a batch is no longer active', async () => {
    const bad = new StreamingContext(50);
    bad
      .queueStream<[string, number]>([])
      .updateStateByKey<string, number, number>((vs) => vs.length)
      .print();
    await expect(bad.start()).rejects.toThrow(/checkpoint directory/);
    expect(StreamingContext.getActive()).toBeNull();
    const failing = new StreamingContext(50, { conf: { 'spark.task.maxFailures': 1 } });
    failing.queueStream<number>([[1]]).foreachRDD(() => {
      throw new Error('boom');
    });
    await failing.start();
    await expect(failing.awaitTermination()).rejects.toThrow(/boom/);
    expect(StreamingContext.getActive()).toBeNull();
  });

  it("stop(false, true): Spark's positional form stops gracefully and keeps the SparkContext; stop() stops it", async () => {
    // A SparkContext left running by an earlier context would be reused (getOrCreate), so none may run.
    await SparkContext.getActive()?.stop();
    const ssc = new StreamingContext(50, { appName: 'keeps-sc', conf: { 'my.key': 'v' } });
    const queue: number[][] = [];
    const seen: number[] = [];
    ssc.queueStream(queue).foreachRDD(async (rdd) => void seen.push(...(await rdd.collect())));
    await ssc.start();
    const sc = ssc.sparkContext;
    expect(sc.getConf().get('spark.app.name')).toBe('keeps-sc');
    expect(sc.getConf().get('my.key')).toBe('v');
    queue.push([1, 2]);
    await ssc.stop(false, true);
    // Graceful: the data queued was processed before stop resolved.
    expect(seen).toEqual([1, 2]);
    expect(sc.isStopped).toBe(false);
    const again = new StreamingContext(50);
    again.queueStream<number>([[3]]).foreachRDD(() => undefined);
    expect(again.sparkContext).toBe(sc);
    await again.start();
    await again.stop();
    expect(sc.isStopped).toBe(true);
  });

  it('spark.streaming.stopGracefullyOnShutdown: SIGTERM stops gracefully, then the process ends with SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shutdown-hook-'));
    const script = path.join(dir, 'job.mts');
    const index = path.resolve('streaming/index.ts');
    fs.writeFileSync(
      script,
      `import { StreamingContext } from ${JSON.stringify(index)};
const ssc = new StreamingContext(100, { conf: { 'spark.streaming.stopGracefullyOnShutdown': true } });
const queue = [];
ssc.queueStream(queue).foreachRDD(async (rdd) => { for (const x of await rdd.collect()) process.stdout.write('batch ' + x + '\\n'); });
await ssc.start();
process.stdout.write('started\\n');
process.stdin.on('data', () => { queue.push(['late']); process.stdout.write('queued\\n'); });
await ssc.awaitTermination();
process.stdout.write('terminated ' + ssc.getState() + '\\n');
`,
    );
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<NodeJS.Signals | number | null>((r) => child.once('exit', (code, signal) => r(signal ?? code)));
      const deadline = Date.now() + 30_000;
      while (!out.includes('started')) {
        if (Date.now() > deadline) throw new Error(`job did not start:\n${out}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      // Queue a record and signal at once: the graceful stop still processes it.
      child.stdin.write('go\n');
      while (!out.includes('queued')) await new Promise((r) => setTimeout(r, 5));
      child.kill('SIGTERM');
      expect(await exited).toBe('SIGTERM');
      expect(out).toMatch(/batch late\n(.|\n)*terminated STOPPED\n/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
