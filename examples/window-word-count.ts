/**
 * WindowWordCount: word counts over the last 30 seconds, every 10 seconds
 * (reduceByKeyAndWindow with an inverse function: the window is updated by
 * adding the newest batches and subtracting the ones that left it).
 *
 *   nc -lk 9999
 *   node dist/examples/window-word-count.js localhost 9999
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StreamingContext, Seconds } from '../streaming/index.js';
import { batchMs, scaled, stopOnSignals, words } from './common.js';

const [host = 'localhost', port = '9999'] = process.argv.slice(2);
const batch = Seconds(5);
const ssc = new StreamingContext(batchMs(batch), { appName: 'WindowWordCount' });
ssc.checkpoint(fs.mkdtempSync(path.join(os.tmpdir(), 'window-word-count-')));
const pairs = ssc
  .socketTextStream(host, Number(port))
  .flatMap(words)
  .map((w): [string, number] => [w, 1]);
const windowed = pairs.reduceByKeyAndWindow(
  (a, b) => a + b,
  (a, b) => a - b,
  scaled(Seconds(30), batch),
  scaled(Seconds(10), batch),
  2,
  ([, count]) => count > 0,
);
windowed.transform((rdd) => rdd.sortBy(([, count]) => count, false)).print();
stopOnSignals(ssc);
await ssc.start();
await ssc.awaitTermination();
