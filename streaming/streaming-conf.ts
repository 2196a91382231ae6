/**
 * The configuration keys of a StreamingContext: Spark's names where Spark
 * has the setting, `tributary.*` for the library's own. One table: each
 * key's type, default, valid values and meaning; the context checks its conf
 * against it at construction (conf-check.ts), so `backpressure.enabled=yes`
 * or a misspelt `spark.streaming.kafka.maxRatePerPartiton` fails with a clear
 * error (and a did-you-mean) instead of being ignored, and every reader
 * takes the default from here.
 *
 * Only the `spark.*` and `tributary.*` namespaces are checked: other keys
 * are the application's own settings, carried along as SparkConf carries
 * them. Spark settings that exist for a cluster (executors, the driver,
 * serialization) are accepted and have no effect: a job here runs in one
 * process. `spark.sql.*` keys belong to the SQL session and are checked there.
 */
import { atLeast, between, defineKey, type ConfigKey } from '../config/config-def.js';
import type { ConfTable, UnsupportedKey } from './conf-check.js';

const ignored = { ignored: true } as const;

/** Every key a StreamingContext understands. */
export const STREAMING_CONF_KEYS: readonly ConfigKey[] = [
  defineKey('spark.app.name', 'string', null, 'The application name (also the StreamingContext appName option).'),
  defineKey('spark.master', 'string', null, 'Kept for Spark code; jobs always run in this process.', ignored),
  defineKey('spark.task.maxFailures', 'int', 4, 'Attempts of a batch (its output operations) before the context stops with the error.', {
    validator: atLeast(1),
  }),
  defineKey(
    'spark.streaming.kafka.maxRatePerPartition',
    'long',
    0,
    'Most records per second read from each Kafka partition by a direct stream; 0 = no limit.',
    { validator: atLeast(0) },
  ),
  defineKey(
    'spark.streaming.kafka.minRatePerPartition',
    'long',
    1,
    'Least records per second per partition that a rate limit leaves (when the partition has them).',
    { validator: atLeast(1) },
  ),
  defineKey(
    'spark.streaming.backpressure.enabled',
    'boolean',
    false,
    "Adapt the direct streams' rate to the processing speed (PID estimator).",
  ),
  defineKey(
    'spark.streaming.backpressure.initialRate',
    'long',
    null,
    'Records per second of a direct stream before the estimator has a rate.',
    { validator: atLeast(1) },
  ),
  defineKey('spark.streaming.backpressure.pid.proportional', 'double', 1.0, 'PID estimator: weight of the current error.', {
    validator: atLeast(0),
  }),
  defineKey('spark.streaming.backpressure.pid.integral', 'double', 0.2, 'PID estimator: weight of the accumulated error.', {
    validator: atLeast(0),
  }),
  defineKey('spark.streaming.backpressure.pid.derived', 'double', 0.0, 'PID estimator: weight of the change of the error.', {
    validator: atLeast(0),
  }),
  defineKey('spark.streaming.backpressure.pid.minRate', 'double', 100, 'PID estimator: the lowest rate it sets (records/s).', {
    validator: { describe: '(0,...]', check: (v) => (typeof v === 'number' && !(v > 0) ? 'must be above 0' : null) },
  }),
  defineKey('spark.streaming.receiverRestartDelay', 'int', 2000, 'Milliseconds before a receiver that asked to restart starts again.', {
    validator: atLeast(0),
  }),
  defineKey(
    'spark.streaming.receiver.writeAheadLog.enable',
    'boolean',
    false,
    'Receivers write what they store to a log in the checkpoint directory first, so it survives a crash.',
  ),
  defineKey('spark.streaming.receiver.maxRate', 'long', 0, 'Most records per second each receiver hands to batches; 0 = no limit.', {
    validator: atLeast(0),
  }),
  defineKey(
    'spark.streaming.stopGracefullyOnShutdown',
    'boolean',
    false,
    'SIGTERM and SIGINT stop the context gracefully, then end the process.',
  ),
  defineKey('spark.streaming.stopSparkContextByDefault', 'boolean', true, 'stop() also stops the SparkContext unless told otherwise.'),
  defineKey('spark.streaming.ui.retainedBatches', 'int', 1000, 'Completed batches the streaming UI keeps.', { validator: atLeast(1) }),
  defineKey('spark.streaming.concurrentJobs', 'int', 1, 'Batches run one at a time here; only 1 is accepted.', {
    validator: between(1, 1),
  }),
  defineKey('spark.streaming.blockInterval', 'string', '200ms', 'Receivers hand whole batches over; no effect here.', ignored),
  defineKey('spark.streaming.unpersist', 'boolean', true, 'Old batches are always dropped here; no effect.', ignored),
  defineKey('spark.ui.port', 'int', 4040, "The streaming UI's first port (0: any free port).", { validator: between(0, 65535) }),
  defineKey('spark.port.maxRetries', 'int', 16, 'Ports after spark.ui.port tried when it is taken.', { validator: atLeast(0) }),
  defineKey('spark.default.parallelism', 'int', null, 'Kept for Spark code; no effect here.', ignored),
  defineKey('spark.serializer', 'class', null, 'Kept for Spark code; nothing is serialized between processes here.', ignored),
  defineKey('tributary.streaming.retryBackoffMs', 'int', 500, 'Milliseconds between attempts of a failed batch.', {
    validator: atLeast(0),
  }),
  defineKey(
    'tributary.streaming.kafka.fetchThread',
    'boolean',
    true,
    "Direct streams read their batches on a thread of their own (worker_threads), beside the job's.",
  ),
  defineKey('tributary.ui.host', 'string', '127.0.0.1', 'The address the streaming UI binds.'),
];

/** Spark settings refused because they would change what a job means here. */
const UNSUPPORTED: readonly UnsupportedKey[] = [
  {
    match: 'spark.streaming.driver.writeAheadLog.',
    reason: 'the driver keeps no write-ahead log; use spark.streaming.receiver.writeAheadLog.enable',
  },
  { match: 'spark.streaming.kafka.consumer.', reason: 'the direct stream keeps no consumer cache; set Kafka params in kafkaParams' },
];

/** The table the StreamingContext's conf is checked against. */
export const STREAMING_CONF: ConfTable = {
  source: 'StreamingContext conf',
  keys: STREAMING_CONF_KEYS,
  unsupported: UNSUPPORTED,
  // Cluster settings, meaningless in one process; the SQL session checks its own keys (sql/sql-conf.ts).
  openPrefixes: ['spark.executor.', 'spark.driver.', 'spark.kryo.', 'spark.sql.', 'tributary.sql.'],
  // Other keys are the application's own settings (SparkConf is a bag of them in Spark too).
  checkedPrefixes: ['spark.', 'tributary.'],
};

/** The keys by name. */
export const STREAMING_CONF_BY_NAME: ReadonlyMap<string, ConfigKey> = new Map(STREAMING_CONF_KEYS.map((k) => [k.name, k]));
