/**
 * NetworkWordCount: counts the words of each 1-second batch of lines read
 * from a TCP server.
 *
 *   nc -lk 9999                                        # terminal 1: type lines
 *   node dist/examples/network-word-count.js localhost 9999   # terminal 2
 *
 * Started before `nc`, it logs that it cannot connect ("WARN Receiver 0
 * (SocketReceiver): Restarting receiver with delay 2000 ms: Error connecting
 * to localhost:9999: ...") and retries every 2 seconds, as Spark's socket
 * receiver does; "Connected to localhost:9999" follows once `nc` runs.
 */
import { StreamingContext } from '../streaming/index.js';
import { batchMs, stopOnSignals, words } from './common.js';

const [host = 'localhost', port = '9999'] = process.argv.slice(2);
const ssc = new StreamingContext(batchMs(1000), { appName: 'NetworkWordCount' });
const lines = ssc.socketTextStream(host, Number(port));
const wordCounts = lines
  .flatMap(words)
  .map((w): [string, number] => [w, 1])
  .reduceByKey((a, b) => a + b);
wordCounts.print();
stopOnSignals(ssc);
await ssc.start();
await ssc.awaitTermination();
