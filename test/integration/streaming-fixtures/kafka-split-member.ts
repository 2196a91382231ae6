/**
 * One instance of a direct-stream job in a consumer group, run as a child
 * process by streaming-kafka.test.ts (one active StreamingContext per
 * process, as in Spark, so the second instance of the job is a process of its
 * own). Every batch it prints one JSON line {partitions, values} and commits
 * its offsets. Usage: kafka-split-member.ts <brokers> <topic> <group>
 */
import { StreamingContext, KafkaUtils, LocationStrategies, ConsumerStrategies } from '../../../streaming/index.js';

const [brokers, topic, group] = process.argv.slice(2);
const ssc = new StreamingContext(200, { appName: 'split-member' });
const stream = KafkaUtils.createDirectStream(
  ssc,
  LocationStrategies.PreferConsistent,
  ConsumerStrategies.Subscribe([topic], {
    'bootstrap.servers': brokers,
    'group.id': group,
    'auto.offset.reset': 'earliest',
    'enable.auto.commit': false,
    'heartbeat.interval.ms': 100,
    'session.timeout.ms': 6000,
  }),
);
stream.foreachRDD(async (rdd) => {
  const values = (await rdd.collect()).map((r) => r.value);
  process.stdout.write(JSON.stringify({ partitions: rdd.offsetRanges.map((r) => r.partition), values }) + '\n');
  stream.commitAsync(rdd.offsetRanges);
});
process.once('SIGTERM', () => void ssc.stop({ graceful: true }).finally(() => process.exit(0)));
await ssc.start();
await ssc.awaitTermination();
