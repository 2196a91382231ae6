/**
 * KafkaExactlyOnce: Kafka to Kafka, exactly once. Every line of the input
 * topic becomes one record of the output topic (key: the line, value: its
 * word count); each batch's records and the batch's input offsets are
 * committed in one Kafka transaction (saveToKafka with exactlyOnce), so
 * however the job is stopped or killed, a read_committed consumer of the
 * output sees every line's record once.
 *
 *   kafka-topics --bootstrap-server localhost:9092 --create --topic lines --partitions 3
 *   kafka-topics --bootstrap-server localhost:9092 --create --topic line-lengths --partitions 3
 *   node dist/examples/kafka-exactly-once.js localhost:9092 lines line-lengths eos-group
 *   kafka-console-producer --bootstrap-server localhost:9092 --topic lines
 *   kafka-console-consumer --bootstrap-server localhost:9092 --topic line-lengths \
 *     --isolation-level read_committed --property print.key=true --from-beginning
 *
 * The transactional id is tributary-streaming-<group> (the job's stable
 * identity: a restarted job fences the old instance and resumes at the
 * group's committed offsets).
 */
import { StreamingContext, KafkaUtils, LocationStrategies, ConsumerStrategies } from '../streaming/index.js';
import { batchMs, stopOnSignals, words } from './common.js';

const [brokers = 'localhost:9092', input = 'lines', output = 'line-lengths', groupId = 'kafka-exactly-once'] = process.argv.slice(2);
const ssc = new StreamingContext(batchMs(2000), { appName: 'KafkaExactlyOnce' });
const stream = KafkaUtils.createDirectStream<string, string>(
  ssc,
  LocationStrategies.PreferConsistent,
  ConsumerStrategies.Subscribe([input], {
    'bootstrap.servers': brokers,
    'group.id': groupId,
    'auto.offset.reset': 'earliest',
    'enable.auto.commit': false,
  }),
);
stream.map((record): [string, number] => [record.value ?? '', words(record.value ?? '').length]).saveToKafka(output, { exactlyOnce: true });
// Runs after the batch's transaction committed (outputs run in the order they were declared).
stream.foreachRDD((rdd, time) => {
  const n = rdd.offsetRanges.reduce((a, r) => a + r.count(), 0);
  if (n > 0) console.log(`${time}: ${n} records written to ${output} and offsets committed, in one transaction`);
});
stopOnSignals(ssc);
try {
  await ssc.start();
  await ssc.awaitTermination();
} catch (err) {
  console.error(`KafkaExactlyOnce: ${(err as Error).message}`);
  process.exit(1);
}
