/**
 * An exactly-once Kafka-to-Kafka job run as a child process by
 * streaming-exactly-once.test.ts: a direct stream (Assign: no group
 * membership, so a restarted instance starts without waiting out a
 * rebalance) of every partition of <in> in group <group>, each record
 * "v" → ["v", "v!"] (values starting with "big" become BIG_VALUE_BYTES
 * x's when that is set), written with saveToKafka(<out>, {exactlyOnce: true}),
 * checkpointed in <checkpointDir>. With STATEFUL=1 the records go through
 * mapWithState instead: "r<n>" counts for key "g<n mod 5>", and each record
 * becomes ["g<i>", "g<i>#<running count>"].
 *
 * On stdout, per batch with records: "before <time> <n>" when the batch
 * starts (a foreachRDD ahead of saveToKafka) and "after <time>" once its
 * transaction committed (a foreachRDD behind it; the checkpoint is written
 * after that); "checkpointed" once, after the first batch completed (its
 * checkpoint written). FAIL_AFTER_COMMIT=1 makes that last output throw in
 * every attempt of the first batch with records (spark.task.maxFailures 2):
 * the batch's transaction is committed but the batch fails, so no checkpoint
 * is written for it and the context stops.
 *
 * Usage: kafka-eos-job.ts <brokers> <in> <partitions> <out> <group> <checkpointDir> [transactional.id]
 */
import {
  StreamingContext,
  KafkaUtils,
  LocationStrategies,
  ConsumerStrategies,
  type State,
  StateSpec,
  type DStream,
} from '../../../streaming/index.js';

const [brokers, input, partitions, output, group, checkpointDir, transactionalId] = process.argv.slice(2);
const big = Number(process.env.BIG_VALUE_BYTES ?? 0);
const failAfterCommit = process.env.FAIL_AFTER_COMMIT === '1';
const stateful = process.env.STATEFUL === '1';

const ssc = await StreamingContext.getOrCreate(checkpointDir, () => {
  const ssc = new StreamingContext(100, {
    conf: {
      // Two attempts where a batch is meant to fail: the retry runs too (and a transient error is survived once).
      'spark.task.maxFailures': failAfterCommit || big > 0 ? 2 : 4,
      'tributary.streaming.kafka.fetchThread': false,
    },
  });
  const tps = Array.from({ length: Number(partitions) }, (_, partition) => ({ topic: input, partition }));
  const stream = KafkaUtils.createDirectStream(
    ssc,
    LocationStrategies.PreferConsistent,
    ConsumerStrategies.Assign(tps, { 'bootstrap.servers': brokers, 'group.id': group, 'auto.offset.reset': 'earliest' }),
  );
  stream.foreachRDD(async (rdd, time) => {
    const n = rdd.offsetRanges.reduce((a, r) => a + r.count(), 0);
    if (n > 0) process.stdout.write(`before ${time} ${n}\n`);
  });
  const values = stream.map((r) => r.value ?? '').filter((v) => v.length > 0);
  const results: DStream<[string, string]> = stateful
    ? values
        .map((v): [string, number] => [`g${Number(v.slice(1)) % 5}`, 1])
        .mapWithState(
          StateSpec.function((key: string, one: number | undefined, state: State<number>): [string, string] => {
            const n = (state.getOption() ?? 0) + (one ?? 0);
            state.update(n);
            return [key, `${key}#${n}`];
          }),
        )
    : values.map((v): [string, string] => [v, big > 0 && v.startsWith('big') ? 'x'.repeat(big) : `${v}!`]);
  results.saveToKafka(output, {
    exactlyOnce: true,
    producerParams: transactionalId ? { 'transactional.id': transactionalId } : {},
  });
  let failing = -1;
  stream.foreachRDD(async (rdd, time) => {
    if (rdd.offsetRanges.every((r) => r.count() === 0)) return;
    if (failAfterCommit && (failing === -1 || failing === time)) {
      failing = time;
      throw new Error(`FAIL_AFTER_COMMIT at batch ${time}`);
    }
    process.stdout.write(`after ${time}\n`);
  });
  return ssc;
});
let reported = false;
ssc.addStreamingListener({
  onBatchCompleted: ({ batchInfo }) => {
    if (reported || batchInfo.failureReason) return;
    reported = true;
    process.stdout.write('checkpointed\n');
  },
});
await ssc.start();
process.stdout.write('started\n');
try {
  await ssc.awaitTermination();
} catch (err) {
  process.stderr.write(`terminated: ${(err as Error).message}\n`);
  process.exit(3);
}
