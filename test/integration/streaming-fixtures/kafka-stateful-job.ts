/**
 * A stateful Kafka word count run as a child process by
 * streaming-recovery.test.ts: direct stream (Subscribe) → words →
 * updateStateByKey, checkpointed in LevelDB; after every batch the whole
 * state is written to <outFile> (atomically, by rename) and the offsets are
 * committed. Usage: kafka-stateful-job.ts <brokers> <topic> <group> <checkpointDir> <outFile>
 */
import fs from 'node:fs';
import { StreamingContext, KafkaUtils, LocationStrategies, ConsumerStrategies } from '../../../streaming/index.js';

const [brokers, topic, group, checkpointDir, outFile] = process.argv.slice(2);

const ssc = await StreamingContext.getOrCreate(checkpointDir, () => {
  const ssc = new StreamingContext(200);
  const stream = KafkaUtils.createDirectStream(
    ssc,
    LocationStrategies.PreferConsistent,
    ConsumerStrategies.Subscribe([topic], {
      'bootstrap.servers': brokers,
      'group.id': group,
      'auto.offset.reset': 'earliest',
      'enable.auto.commit': false,
      'session.timeout.ms': 6000,
      'heartbeat.interval.ms': 500,
    }),
  );
  const counts = stream
    .flatMap((r) => (r.value ?? '').split(' '))
    .filter((w) => w.length > 0)
    .map((w): [string, number] => [w, 1])
    .updateStateByKey<string, number, number>((values, state) => values.reduce((a, b) => a + b, state ?? 0));
  counts.foreachRDD(async (rdd, time) => {
    const state = Object.fromEntries(await rdd.collect());
    fs.writeFileSync(outFile + '.tmp', JSON.stringify({ time, state }));
    fs.renameSync(outFile + '.tmp', outFile);
  });
  stream.foreachRDD((rdd) => stream.commitAsync(rdd.offsetRanges));
  return ssc;
});
await ssc.start();
process.stdout.write(`started${ssc.restoredFrom ? ` restored-from=${ssc.restoredFrom}` : ''}\n`);
await ssc.awaitTermination();
