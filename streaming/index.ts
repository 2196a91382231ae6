/**
 * tributary/streaming: Spark-Streaming-style micro-batches for Node.js, with
 * a direct Kafka stream whose batch partitions are the Kafka partitions.
 */
export {
  StreamingContext,
  type StreamingContextOptions,
  type StreamingConf,
  type StreamingContextState,
  type StopOptions,
} from './context.js';
export { DStream, type Time } from './dstream/dstream.js';
export { InputDStream } from './dstream/input-dstream.js';
export { MapWithStateDStream } from './dstream/map-with-state.js';
export { State, StateSpec, type MappingFunction } from './dstream/state-spec.js';
export type { UpdateFunc } from './dstream/update-state-by-key.js';
export { formatRecord } from './dstream/print.js';
export { RDD } from './rdd/rdd.js';
export { KeyMap } from './rdd/keys.js';
export { SparkConf, SparkContext } from './rdd/spark-context.js';
export {
  SparkSession,
  DataFrame,
  DataFrameWriter,
  DataFrameReader,
  AnalysisException,
  type Row,
  type Column,
  type SchemaSpec,
  type SaveMode,
  type FileFormat,
  type CatalogTable,
} from './sql/index.js';
export { Receiver, ReceiverInputDStream } from './sources/receiver.js';
export { SocketReceiver } from './sources/socket-text-stream.js';
export { Seconds, Milliseconds, Minutes, Durations } from './duration.js';
export type { BatchInfo, StreamingListener } from './scheduler/listener.js';
export { BatchFailedError } from './scheduler/job-scheduler.js';
export { CheckpointStore } from './state/checkpoint-store.js';
export { CheckpointGraphMismatchError, type GetOrCreateOptions } from './state/checkpoint-restore.js';
export { KafkaUtils } from './kafka/kafka-utils.js';
export { DirectKafkaInputDStream } from './kafka/direct-stream.js';
export { KafkaRDD } from './kafka/kafka-rdd.js';
export { OffsetRange, offsetRangesOf, type HasOffsetRanges } from './kafka/offset-range.js';
export {
  LocationStrategies,
  ConsumerStrategies,
  type ConsumerStrategy,
  type LocationStrategy,
  type KafkaParams,
  type StartingOffsets,
} from './kafka/strategies.js';
export type { ConsumerRecord, Deserializer } from './kafka/consumer-record.js';
export type { OffsetCommitCallback } from './kafka/commit-queue.js';
export { PIDRateEstimator } from './kafka/rate-controller.js';
export { ExactlyOnceStore, type StoreOp } from './state/exactly-once-store.js';
export type { SaveToKafkaOptions } from './kafka/kafka-output.js';
export type { Serializer, SerializerSpec } from './kafka/producer-params.js';
export { StreamingUi } from './lazy-ui.js';
export type { StreamingUiOptions } from './ui/ui-server.js';
export { BatchTracker, type BatchJson } from './ui/batch-tracker.js';
