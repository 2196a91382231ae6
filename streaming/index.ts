/**
 * tributary/streaming: Spark-Streaming-style micro-batches for Node.js, with
 * a direct Kafka stream whose batch partitions are the Kafka partitions.
 */
export { StreamingContext, type StreamingContextOptions, type StreamingConf, type StreamingContextState } from './context.js';
export { DStream, type Time } from './dstream/dstream.js';
export { InputDStream } from './dstream/input-dstream.js';
export { MapWithStateDStream } from './dstream/map-with-state.js';
export { State, StateSpec, type MappingFunction } from './dstream/state-spec.js';
export type { UpdateFunc } from './dstream/update-state-by-key.js';
export { formatRecord } from './dstream/print.js';
export { RDD } from './rdd/rdd.js';
export { KeyMap } from './rdd/keys.js';
export { Receiver, ReceiverInputDStream } from './sources/receiver.js';
export { SocketReceiver } from './sources/socket-text-stream.js';
export { Seconds, Milliseconds, Minutes, Durations } from './duration.js';
export type { BatchInfo, StreamingListener } from './scheduler/listener.js';
export { BatchFailedError } from './scheduler/job-scheduler.js';
export { CheckpointStore } from './state/checkpoint-store.js';
