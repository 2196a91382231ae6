/**
 * BlacklistFilter: drops the words of a static blacklist from every batch
 * with transform + leftOuterJoin (a word survives when the join finds no
 * blacklist entry), then counts the rest.
 *
 *   nc -lk 9999
 *   node dist/examples/blacklist-filter.js localhost 9999 spam,ads
 */
import { StreamingContext } from '../streaming/index.js';
import { batchMs, stopOnSignals, words } from './common.js';

const [host = 'localhost', port = '9999', list = 'a,the,spam'] = process.argv.slice(2);
const ssc = new StreamingContext(batchMs(1000), { appName: 'BlacklistFilter' });
const blacklist = ssc.parallelize(list.split(',').map((w): [string, boolean] => [w, true]));
const pairs = ssc
  .socketTextStream(host, Number(port))
  .flatMap(words)
  .map((w): [string, number] => [w, 1]);
const clean = pairs.transform((rdd) =>
  rdd
    .leftOuterJoin(blacklist)
    .filter(([, [, blacklisted]]) => blacklisted === undefined)
    .map(([word, [count]]): [string, number] => [word, count]),
);
clean.reduceByKey((a, b) => a + b).print();
stopOnSignals(ssc);
await ssc.start();
await ssc.awaitTermination();
