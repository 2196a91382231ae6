import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Receiver, StreamingContext, type StreamingConf } from '../../../../streaming/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A receiver the test drives: store() results and drains are recorded. */
class TestReceiver extends Receiver<number> {
  storeResults: boolean[] = [];
  drains = 0;
  onStart(): void {}
  onStop(): void {}
  put(records: number[]): void {
    this.storeResults.push(this.store(records));
  }
  override onDrain(): void {
    this.drains++;
  }
}

async function until(cond: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('ReceiverInputDStream', () => {
  it('spark.streaming.receiver.maxRate: at most rate x batch records per batch, in order; store() asks to pause, onDrain resumes', async () => {
    const ssc = new StreamingContext(100, { conf: { 'spark.streaming.receiver.maxRate': 100 } });
    const receiver = new TestReceiver();
    const batches: number[][] = [];
    ssc.receiverStream(receiver).foreachRDD(async (rdd) => void batches.push(await rdd.collect()));
    await ssc.start();
    receiver.put(Array.from({ length: 15 }, (_, i) => i));
    receiver.put(Array.from({ length: 35 }, (_, i) => 15 + i));
    expect(receiver.storeResults).toEqual([true, false]);
    await until(() => batches.flat().length >= 50);
    await ssc.stop();
    for (const b of batches) expect(b.length).toBeLessThanOrEqual(10);
    expect(batches.flat()).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(receiver.drains).toBe(1);
  });

  it('write-ahead log: records stored but never processed are replayed by the next run, processed ones are not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-receiver-'));
    dirs.push(dir);
    const conf: StreamingConf = { 'spark.streaming.receiver.writeAheadLog.enable': true };
    const seen: number[] = [];
    let block = false;
    const run = async (): Promise<{ ssc: StreamingContext; receiver: TestReceiver }> => {
      const receiver = new TestReceiver();
      const ssc = await StreamingContext.getOrCreate(dir, () => {
        const ssc = new StreamingContext(50, { conf });
        ssc.receiverStream(receiver).foreachRDD(async (rdd) => {
          // A blocked output fails its batch: nothing of it counts as processed.
          if (block) throw new Error('output unavailable');
          seen.push(...(await rdd.collect()));
        });
        return ssc;
      });
      await ssc.start();
      return { ssc, receiver };
    };
    const first = await run();
    first.receiver.put([1, 2, 3]);
    await until(() => seen.length === 3);
    block = true;
    first.receiver.put([4, 5]);
    first.receiver.put([6]);
    // Stopped before any batch could take 4, 5, 6 for good (each attempt fails).
    await first.ssc.stop();
    expect(seen).toEqual([1, 2, 3]);
    block = false;
    const second = await run();
    await until(() => seen.length === 6);
    second.receiver.put([7]);
    await until(() => seen.length === 7);
    await second.ssc.stop();
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Everything processed and checkpointed: the log holds nothing more to replay.
    const files = fs.readdirSync(path.join(dir, 'receivedData', '0'));
    expect(files.length).toBeLessThanOrEqual(1);
  });

  it('refuses the write-ahead log without a checkpoint directory', async () => {
    const ssc = new StreamingContext(50, { conf: { 'spark.streaming.receiver.writeAheadLog.enable': 'true' } });
    ssc.receiverStream(new TestReceiver()).foreachRDD(() => undefined);
    await expect(ssc.start()).rejects.toThrow(/writeAheadLog.enable=true needs a checkpoint directory/);
  });
});
