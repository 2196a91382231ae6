/**
 * KafkaDirectWordCount: word counts of every 2-second batch of a Kafka
 * topic read with the direct stream; each batch's offsets are committed to
 * the consumer group after the batch was printed (commitAsync).
 *
 *   kafka-topics --bootstrap-server localhost:9092 --create --topic words --partitions 3
 *   node dist/examples/kafka-direct-word-count.js localhost:9092 words word-count-group
 *   kafka-console-producer --bootstrap-server localhost:9092 --topic words
 *
 * When no broker answers at the given address, it prints one line naming it
 * ("KafkaDirectWordCount: could not connect to the broker at localhost:9092:
 * connect ECONNREFUSED ...") and exits with status 1; so does a job that fails
 * later (e.g. the broker went away for longer than the retries).
 */
import { StreamingContext, KafkaUtils, LocationStrategies, ConsumerStrategies } from '../streaming/index.js';
import { batchMs, stopOnSignals, words } from './common.js';

const [brokers = 'localhost:9092', topics = 'words', groupId = 'kafka-direct-word-count'] = process.argv.slice(2);
const ssc = new StreamingContext(batchMs(2000), { appName: 'KafkaDirectWordCount' });
const stream = KafkaUtils.createDirectStream<string, string>(
  ssc,
  LocationStrategies.PreferConsistent,
  ConsumerStrategies.Subscribe(topics.split(','), {
    'bootstrap.servers': brokers,
    'group.id': groupId,
    'key.deserializer': 'string',
    'value.deserializer': 'string',
    'auto.offset.reset': 'earliest',
    'enable.auto.commit': false,
  }),
);
stream
  .flatMap((record) => words(record.value ?? ''))
  .map((w): [string, number] => [w, 1])
  .reduceByKey((a, b) => a + b)
  .print();
stream.foreachRDD((rdd) => {
  const ranges = rdd.offsetRanges;
  stream.commitAsync(ranges, (offsets, err) => {
    if (err) console.error(`commit failed: ${err.message}`);
    else console.log(`committed ${[...offsets].map(([tp, o]) => `${tp}@${o}`).join(' ')}`);
  });
});
stopOnSignals(ssc);
try {
  await ssc.start();
  await ssc.awaitTermination();
} catch (err) {
  console.error(`KafkaDirectWordCount: ${(err as Error).message}`);
  process.exit(1);
}
