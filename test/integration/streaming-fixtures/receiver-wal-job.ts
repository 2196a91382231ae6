/**
 * A socket-fed stateful job with the receiver write-ahead log, run as a
 * child process by streaming-receiver-wal.test.ts: lines from a TCP server →
 * (line, 1) → updateStateByKey (occurrences per line), checkpointed; after
 * every batch the whole state is written to <outFile> (atomically, by
 * rename). The receiver prints "stored <n>" (records stored by this
 * process so far) after each store() returned, i.e. once the lines are in
 * the log. While <gateFile> exists, the output waits (batches stay
 * unprocessed while the receiver keeps storing).
 * Usage: receiver-wal-job.ts <port> <checkpointDir> <outFile> <gateFile>
 */
import fs from 'node:fs';
import { SocketReceiver, StreamingContext } from '../../../streaming/index.js';

const [port, checkpointDir, outFile, gateFile] = process.argv.slice(2);

/** A socket receiver that reports what it stored. */
class CountingReceiver extends SocketReceiver {
  private stored = 0;
  override store(data: string | string[]): boolean {
    const more = super.store(data);
    this.stored += Array.isArray(data) ? data.length : 1;
    fs.writeSync(1, `stored ${this.stored}\n`);
    return more;
  }
}

const ssc = await StreamingContext.getOrCreate(checkpointDir, () => {
  const ssc = new StreamingContext(200, { conf: { 'spark.streaming.receiver.writeAheadLog.enable': true } });
  const counts = ssc
    .receiverStream(new CountingReceiver('127.0.0.1', Number(port)))
    .map((line): [string, number] => [line, 1])
    .updateStateByKey<string, number, number>((values, state) => values.reduce((a, b) => a + b, state ?? 0));
  counts.foreachRDD(async (rdd, time) => {
    while (fs.existsSync(gateFile)) await new Promise((r) => setTimeout(r, 20));
    const state = Object.fromEntries(await rdd.collect());
    fs.writeFileSync(outFile + '.tmp', JSON.stringify({ time, state }));
    fs.renameSync(outFile + '.tmp', outFile);
  });
  return ssc;
});
await ssc.start();
process.stdout.write(`started${ssc.restoredFrom ? ` restored-from=${ssc.restoredFrom}` : ''}\n`);
await ssc.awaitTermination();
