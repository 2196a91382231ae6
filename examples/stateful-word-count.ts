/**
 * StatefulWordCount: running word counts since the job started
 * (updateStateByKey), checkpointed in LevelDB. Kill it and start it again
 * with the same checkpoint directory: the counts continue.
 *
 *   nc -lk 9999
 *   node dist/examples/stateful-word-count.js localhost 9999 /tmp/stateful-wc
 */
import { StreamingContext } from '../streaming/index.js';
import { batchMs, stopOnSignals, words } from './common.js';

const [host = 'localhost', port = '9999', checkpointDir = './checkpoint-stateful-word-count'] = process.argv.slice(2);

const ssc = await StreamingContext.getOrCreate(checkpointDir, () => {
  const ssc = new StreamingContext(batchMs(1000), { appName: 'StatefulWordCount' });
  const pairs = ssc
    .socketTextStream(host, Number(port))
    .flatMap(words)
    .map((w): [string, number] => [w, 1]);
  const running = pairs.updateStateByKey<string, number, number>((values, state) => values.reduce((a, b) => a + b, state ?? 0));
  running.print();
  return ssc;
});
stopOnSignals(ssc);
await ssc.start();
await ssc.awaitTermination();
