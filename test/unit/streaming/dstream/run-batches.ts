/**
 * Test helper: runs a job over queue streams whose batches are given, and
 * records what chosen output streams produced, by batch index (0 = the first
 * batch; index i is batch time zeroTime + (i + 1) x batch duration), as the
 * partitions of each RDD. Stops after `batches` batches.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StreamingContext, type DStream, type RDD, type StreamingConf } from '../../../../streaming/index.js';

export const BATCH = 50;

/** What one output produced: batch index → partitions. */
export type Recorded<T> = Map<number, T[][]>;

/** Records `stream`'s RDD partitions by batch index. */
export function record<T>(stream: DStream<T>): Recorded<T> {
  const out: Recorded<T> = new Map();
  stream.foreachRDD(async (rdd: RDD<T>, time) => {
    out.set((time - stream.zeroTime) / BATCH - 1, await rdd.partitions());
  });
  return out;
}

/** The records of batch `i` (partitions concatenated), or undefined when the stream had no RDD then. */
export function recordsAt<T>(r: Recorded<T>, i: number): T[] | undefined {
  return r.get(i)?.flat() as T[] | undefined;
}

/**
 * Makes a context, lets `build` make its inputs (queue streams) and outputs,
 * runs `batches` batches and stops. `checkpoint` sets a temporary
 * checkpoint directory (removed afterwards).
 */
export async function runBatches(
  batches: number,
  build: (ssc: StreamingContext) => void,
  options: { checkpoint?: boolean; conf?: StreamingConf } = {},
): Promise<void> {
  const ssc = new StreamingContext(BATCH, { conf: options.conf });
  const dir = options.checkpoint ? fs.mkdtempSync(path.join(os.tmpdir(), 'dstream-ops-')) : null;
  if (dir) ssc.checkpoint(dir);
  let seen = 0;
  const tick = ssc.queueStream<number>([]);
  tick.foreachRDD(() => void seen++);
  build(ssc);
  try {
    await ssc.start();
    const deadline = Date.now() + 30_000;
    while (seen < batches) {
      if (Date.now() > deadline) throw new Error(`only ${seen} of ${batches} batches ran`);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    await ssc.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
