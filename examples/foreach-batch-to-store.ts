/**
 * ForeachBatchToStore: adds each batch's word counts to totals kept in
 * LevelDB (foreachRDD), one atomic write per batch, and prints the store's
 * top words.
 *
 *   nc -lk 9999
 *   node dist/examples/foreach-batch-to-store.js localhost 9999 /tmp/word-store
 */
import { StreamingContext, ExactlyOnceStore, type StoreOp } from '../streaming/index.js';
import { batchMs, stopOnSignals, words } from './common.js';

const [host = 'localhost', port = '9999', storeDir = './word-store'] = process.argv.slice(2);
const store = await ExactlyOnceStore.open(storeDir);
const ssc = new StreamingContext(batchMs(1000), { appName: 'ForeachBatchToStore' });
const counts = ssc
  .socketTextStream(host, Number(port))
  .flatMap(words)
  .map((w): [string, number] => [w, 1])
  .reduceByKey((a, b) => a + b);
counts.foreachRDD(async (rdd, time) => {
  const batch = await rdd.collect();
  if (batch.length === 0) return;
  const ops: StoreOp[] = [];
  for (const [word, n] of batch)
    ops.push({ type: 'put', key: `count/${word}`, value: ((await store.get<number>(`count/${word}`)) ?? 0) + n });
  await store.writeBatch([], ops);
  const top = (await store.entries<number>('count/')).sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`${time}: stored ${batch.length} words; top: ${top.map(([k, v]) => `${k.slice(6)}=${v}`).join(' ')}`);
});
stopOnSignals(ssc);
await ssc.start();
await ssc.awaitTermination().finally(() => store.close());
