/**
 * SqlNetworkWordCount (the course's Spark example, ported): every 2-second
 * batch of lines read from a TCP server is split into words, turned into a
 * DataFrame, registered as the temp view "words" and counted with SQL:
 *
 *   nc -lk 9999                                                  # terminal 1: type lines
 *   node dist/examples/sql-network-word-count.js localhost 9999  # terminal 2
 *
 *   ========= 1357008430000 ms =========
 *   +-----+-----+
 *   | word|total|
 *   +-----+-----+
 *   |hello|    2|
 *   |world|    1|
 *   +-----+-----+
 *
 * With a third argument, the job also serves its UI on that port (0: any
 * free one; the URL is printed), and the latest batch's view can be queried
 * from outside while the job runs:
 *
 *   curl -s localhost:4040/api/views/words
 *   curl -s -X POST localhost:4040/api/sql -H 'content-type: application/json' \
 *        -d '{"query": "select word, count(*) as total from words group by word"}'
 */
import { SparkSession, StreamingContext, StreamingUi } from '../streaming/index.js';
import { batchMs, stopOnSignals, words } from './common.js';

const [host = 'localhost', port = '9999', uiPort] = process.argv.slice(2);
const ssc = new StreamingContext(batchMs(2000), { appName: 'SqlNetworkWordCount' });
const lines = ssc.socketTextStream(host, Number(port));
const wordStream = lines.flatMap(words);

wordStream.foreachRDD(async (rdd, time) => {
  // The session is a singleton: the first batch starts it, later batches get the same one.
  const spark = SparkSession.builder.config(rdd.sparkContext.getConf()).getOrCreate();
  // Spark's Record(word) case class: a column named word (named, so empty batches have it too).
  const wordsDataFrame = rdd.map((w) => ({ word: w })).toDF('word');
  wordsDataFrame.createOrReplaceTempView('words');
  const wordCountsDataFrame = spark.sql('select word, count(*) as total from words group by word');
  console.log(`========= ${time} ms =========`);
  await wordCountsDataFrame.show();
});

stopOnSignals(ssc);
if (uiPort !== undefined) {
  const ui = await StreamingUi.start(ssc, { port: Number(uiPort) });
  console.log(`UI at ${ui.url} (SQL: POST ${ui.url}api/sql)`);
}
await ssc.start();
await ssc.awaitTermination();
