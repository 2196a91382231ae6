import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { StreamingContext, StateSpec, type State, type DStream } from '../../../streaming/index.js';

const BATCH = 50;

/** A temp dir removed when the test finishes, passed or failed. */
function tmp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-streaming-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs a context over `batches` (one queue element per batch) until `n` outputs of `out` were seen. */
async function run(ssc: StreamingContext, done: () => boolean): Promise<void> {
  await ssc.start();
  const deadline = Date.now() + 8000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
  await ssc.stop();
}

function record<T>(s: DStream<T>): Map<number, T[]> {
  const m = new Map<number, T[]>();
  s.foreachRDD(async (rdd, t) => {
    m.set(t, await rdd.collect());
  });
  return m;
}

const add = (a: number, b: number): number => a + b;
const sub = (a: number, b: number): number => a - b;

describe('windows', () => {
  it('window, reduceByKeyAndWindow (with and without inverse), countByWindow and countByValueAndWindow equal a reference', async () => {
    const ssc = new StreamingContext(BATCH);
    ssc.checkpoint(tmp());
    const queue: string[][] = [];
    const words = ['a', 'b', 'c', 'd'];
    for (let i = 0; i < 14; i++) queue.push(Array.from({ length: (i * 7) % 5 }, (_, j) => words[(i + j * 3) % 4]));
    const input = ssc.queueStream(queue);
    const inputs = record(input);
    const pairs = input.map((w): [string, number] => [w, 1]);
    const W = 3 * BATCH;
    const S = 2 * BATCH;
    const win = record(input.window(W, S));
    const withInv = record(pairs.reduceByKeyAndWindow(add, sub, W, S, 2, (kv) => kv[1] > 0));
    const noInv = record(pairs.reduceByKeyAndWindow(add, undefined, W, S));
    const cbw = record(input.countByWindow(W, S));
    const cbvw = record(input.countByValueAndWindow(W, S));
    await run(ssc, () => inputs.size >= 14);
    const times = [...inputs.keys()].sort((a, b) => a - b);
    const ref = (t: number): Map<string, number> => {
      const m = new Map<string, number>();
      for (const bt of times) if (bt > t - W && bt <= t) for (const w of inputs.get(bt)!) m.set(w, (m.get(w) ?? 0) + 1);
      return m;
    };
    expect(win.size).toBeGreaterThanOrEqual(6);
    for (const [t, recs] of win) {
      expect((t - times[0] + BATCH) % S).toBe(0);
      const r = ref(t);
      expect(recs.length).toBe([...r.values()].reduce(add, 0));
      expect(new Map(withInv.get(t))).toEqual(r);
      expect(new Map(noInv.get(t))).toEqual(r);
      expect(cbw.get(t)).toEqual(r.size === 0 && !withInv.has(t) ? [] : [[...r.values()].reduce(add, 0)]);
      expect(new Map(cbvw.get(t))).toEqual(r);
    }
  });
});

describe('state', () => {
  it('updateStateByKey keeps running counts; mapWithState maps, snapshots and times out', async () => {
    const ssc = new StreamingContext(BATCH);
    ssc.checkpoint(tmp());
    const queue: string[][] = [['a', 'b'], ['a'], [], ['c'], [], [], [], []];
    const input = ssc.queueStream(queue);
    const pairs = input.map((w): [string, number] => [w, 1]);
    const totals = record(pairs.updateStateByKey<string, number, number>((vs, s) => vs.reduce(add, s ?? 0)));
    const spec = StateSpec.function((key: string, value: number | undefined, state: State<number>) => {
      if (state.isTimingOut()) return `${key} timed out at ${state.get()}`;
      const n = (state.getOption() ?? 0) + (value ?? 0);
      state.update(n);
      return `${key}=${n}`;
    }).timeout(3 * BATCH);
    const mapped = pairs.mapWithState(spec);
    const outs = record(mapped);
    const snaps = record(mapped.stateSnapshots());
    await run(ssc, () => totals.size >= 8);
    const ts = [...totals.keys()].sort((a, b) => a - b);
    expect(new Map(totals.get(ts[0]))).toEqual(
      new Map([
        ['a', 1],
        ['b', 1],
      ]),
    );
    expect(new Map(totals.get(ts[1]))).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
    expect(new Map(totals.get(ts[3]))).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
        ['c', 1],
      ]),
    );
    expect(outs.get(ts[0])!.sort()).toEqual(['a=1', 'b=1']);
    expect(outs.get(ts[1])).toEqual(['a=2']);
    const all = ts.flatMap((t) => outs.get(t) ?? []);
    expect(all).toContain('b timed out at 1');
    expect(all).toContain('a timed out at 2');
    expect(all).toContain('c timed out at 1');
    expect(new Map(snaps.get(ts[1]))).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
    expect(snaps.get(ts[7])).toEqual([]);
  });

  it('getOrCreate restores state from the checkpoint: counts continue, nothing doubled', async () => {
    const dir = tmp();
    const build = (queue: string[][], out: Map<number, [string, number][]>) => (): StreamingContext => {
      const ssc = new StreamingContext(BATCH);
      const s = ssc
        .queueStream(queue)
        .map((w): [string, number] => [w, 1])
        .updateStateByKey<string, number, number>((vs, st) => vs.reduce(add, st ?? 0));
      s.foreachRDD(async (rdd, t) => {
        out.set(t, await rdd.collect());
      });
      return ssc;
    };
    const out1 = new Map<number, [string, number][]>();
    const ssc1 = await StreamingContext.getOrCreate(dir, build([['x', 'y'], ['x']], out1));
    await run(ssc1, () => out1.size >= 3);
    const out2 = new Map<number, [string, number][]>();
    const ssc2 = await StreamingContext.getOrCreate(dir, build([['x', 'z']], out2));
    await run(ssc2, () => out2.size >= 1);
    expect(ssc2.restoredFrom).toBeGreaterThan(0);
    const first = out2.get([...out2.keys()].sort()[0])!;
    expect(new Map(first)).toEqual(
      new Map([
        ['x', 3],
        ['y', 1],
        ['z', 1],
      ]),
    );
  });
});

describe('RDD', () => {
  it('pair operations, joins, distinct, sortBy and actions', async () => {
    const ssc = new StreamingContext(BATCH);
    const a = ssc.parallelize<[string, number]>(
      [
        ['a', 1],
        ['b', 2],
        ['a', 3],
        ['c', 4],
      ],
      2,
    );
    const b = ssc.parallelize<[string, string]>(
      [
        ['a', 'x'],
        ['b', 'y'],
        ['b', 'z'],
      ],
      3,
    );
    expect(new Map(await a.reduceByKey(add).collect())).toEqual(
      new Map([
        ['a', 4],
        ['b', 2],
        ['c', 4],
      ]),
    );
    expect(new Map(await a.groupByKey().collect())).toEqual(
      new Map([
        ['a', [1, 3]],
        ['b', [2]],
        ['c', [4]],
      ]),
    );
    expect((await a.join(b).collect()).sort()).toEqual(
      [
        ['a', [1, 'x']],
        ['a', [3, 'x']],
        ['b', [2, 'y']],
        ['b', [2, 'z']],
      ].sort(),
    );
    expect((await a.leftOuterJoin(b).collect()).filter(([k]) => k === 'c')).toEqual([['c', [4, undefined]]]);
    expect(
      await ssc
        .parallelize([3, 1, 2, 3, 1], 2)
        .distinct()
        .sortBy((x) => x)
        .collect(),
    ).toEqual([1, 2, 3]);
    expect(
      await ssc
        .parallelize([5, 3, 9], 2)
        .sortBy((x) => x, false)
        .collect(),
    ).toEqual([9, 5, 3]);
    expect(await a.count()).toBe(4);
    expect(await a.take(3)).toEqual([
      ['a', 1],
      ['b', 2],
      ['a', 3],
    ]);
    expect(
      (
        await ssc
          .parallelize([
            [1, 2],
            [1, 2],
            [2, 1],
          ])
          .countByValue()
      ).get([1, 2]),
    ).toBe(2);
    expect(await a.union(a).count()).toBe(8);
    const seen: number[] = [];
    await a.foreachPartition((items, i) => {
      seen.push(i * 100 + items.length);
    });
    expect(seen.sort((x, y) => x - y)).toEqual([2, 102]);
  });
});
