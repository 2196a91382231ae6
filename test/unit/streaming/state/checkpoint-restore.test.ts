import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckpointGraphMismatchError, CheckpointStore, StreamingContext, type GetOrCreateOptions } from '../../../../streaming/index.js';

const BATCH = 50;
const add = (a: number, b: number): number => a + b;
const dirs: string[] = [];

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-checkpoint-'));
  dirs.push(d);
  return d;
}

/**
 * A running word count over `batches` (one queue element per batch), built
 * with getOrCreate on `dir`; `extraFirst` creates one more stream before it.
 * Resolves with the counts after every batch was processed.
 */
async function wordCount(dir: string, batches: string[][], extraFirst = false, options?: GetOrCreateOptions): Promise<Map<string, number>> {
  const queue = batches.map((b) => [...b]);
  let latest = new Map<string, number>();
  let processed = 0;
  const ssc = await StreamingContext.getOrCreate(
    dir,
    () => {
      const ssc = new StreamingContext(BATCH);
      if (extraFirst) ssc.queueStream<number>([]).foreachRDD(() => undefined);
      const counts = ssc
        .queueStream(queue)
        .map((w): [string, number] => [w, 1])
        .updateStateByKey<string, number, number>((vs, s) => vs.reduce(add, s ?? 0));
      counts.foreachRDD(async (rdd) => {
        latest = new Map(await rdd.collect());
      });
      return ssc;
    },
    options,
  );
  ssc.addStreamingListener({ onBatchCompleted: () => void processed++ });
  await ssc.start();
  const deadline = Date.now() + 8000;
  while (processed < batches.length) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
  await ssc.stop();
  return latest;
}

describe('restoring a checkpoint', () => {
  it('continues the state of the same graph', async () => {
    const dir = tmp();
    expect(await wordCount(dir, [['a', 'b'], ['a']])).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
    expect(await wordCount(dir, [['a']])).toEqual(
      new Map([
        ['a', 3],
        ['b', 1],
      ]),
    );
  });

  it('refuses a changed graph with an error that says what changed; discarding starts fresh; the old code cannot then restore stale state', async () => {
    const dir = tmp();
    await wordCount(dir, [['a', 'b'], ['a']]);
    const err = await wordCount(dir, [['a']], true).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CheckpointGraphMismatchError);
    const msg = (err as Error).message;
    expect(msg).toContain(`The checkpoint in ${dir} was written by a different DStream graph`);
    expect(msg).toContain('  added: QueueInputDStream #0 (slide 50 ms)\n');
    expect(msg).toContain('  added: ForEachDStream #1 (slide 50 ms) of #0\n');
    expect(msg).toContain("{ onGraphChange: 'discard' }");
    // Nothing was restored or written: the same code as before still continues.
    expect(StreamingContext.getActive()).toBeNull();

    // With the option the new graph starts from nothing...
    expect(await wordCount(dir, [['a']], true, { onGraphChange: 'discard' })).toEqual(new Map([['a', 1]]));
    // ...and its checkpoint replaced the old one entirely: going back to the old code is refused too,
    // instead of silently restoring the state of two runs ago.
    await expect(wordCount(dir, [['a']])).rejects.toThrow(/removed: QueueInputDStream #0/);
    const store = await CheckpointStore.open(dir);
    try {
      const cp = await store.read();
      // The old job's state was StateDStream-2: deleted, not left behind.
      expect(Object.keys(cp!.streams)).toEqual(['StateDStream-4']);
      expect(cp!.graph!.map((p) => p.kind)).toEqual([
        'QueueInputDStream',
        'ForEachDStream',
        'QueueInputDStream',
        'MappedDStream',
        'StateDStream',
        'ForEachDStream',
      ]);
    } finally {
      await store.close();
    }
  });
});
