/**
 * A kafkajs producer configured from Kafka producer properties, shared by the
 * console producer and the producer perf test: acks, compression.type,
 * max.request.size (checked before sending, with the Java client's message),
 * enable.idempotence, client.id, request.timeout.ms. Properties kafkajs has
 * no equivalent for (batch.size, linger.ms, buffer.memory, ...) are accepted
 * and ignored.
 */
import type { CompressionTypes, Kafka, Message, Producer } from 'kafkajs';
import { encodeRecordBatch } from '../../protocol/record-codec.js';
import { compressionType, registerCodecs } from './kafkajs-codecs.js';
import { UsageError } from './args.js';

/** Producer settings derived from the properties. */
export interface ProducerSettings {
  acks: number;
  compression: CompressionTypes;
  maxRequestSize: number;
  idempotent: boolean;
}

/** Kafka's acks values: all, -1, 0, 1. */
export function parseAcks(v: string): number {
  const s = v.trim().toLowerCase();
  if (s === 'all' || s === '-1') return -1;
  if (s === '0') return 0;
  if (s === '1') return 1;
  throw new UsageError(`Invalid value ${v} for configuration acks: String must be one of: all, -1, 0, 1`);
}

/** Reads acks, compression.type, max.request.size and enable.idempotence from `props`. */
export function producerSettings(props: Map<string, string>): ProducerSettings {
  const codec = props.get('compression.type') ?? 'none';
  const compression = compressionType(codec);
  if (compression === undefined)
    throw new UsageError(`Invalid value ${codec} for configuration compression.type: String must be one of: none, gzip, snappy, lz4, zstd`);
  const maxRequestSize = Number(props.get('max.request.size') ?? 1048576);
  if (!Number.isInteger(maxRequestSize) || maxRequestSize <= 0)
    throw new UsageError(`Invalid value ${props.get('max.request.size')} for configuration max.request.size`);
  const acks = parseAcks(props.get('acks') ?? 'all');
  const idempotent = (props.get('enable.idempotence') ?? 'false').trim().toLowerCase() === 'true' && acks === -1;
  return { acks, compression, maxRequestSize, idempotent };
}

/** Connects a producer; registers the compression codecs first. */
export async function connectProducer(kafka: Kafka, s: ProducerSettings): Promise<Producer> {
  await registerCodecs();
  const producer = kafka.producer({
    allowAutoTopicCreation: true,
    idempotent: s.idempotent,
    maxInFlightRequests: s.idempotent ? 1 : undefined,
    retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 1000 },
  });
  await producer.connect();
  return producer;
}

/**
 * The size of a record when serialized alone in a batch, as the Java
 * producer computes it for the max.request.size check.
 */
export function serializedSize(m: Message): number {
  const headers = m.headers
    ? Object.entries(m.headers).map(([key, value]) => ({ key, value: value === undefined ? null : Buffer.from(String(value)) }))
    : [];
  return encodeRecordBatch({ records: [{ key: m.key ?? null, value: m.value ?? null, headers }] }).length;
}

/** The Java producer's RecordTooLargeException message, or null when `m` fits. */
export function recordTooLarge(m: Message, maxRequestSize: number): string | null {
  const size = serializedSize(m);
  if (size <= maxRequestSize) return null;
  return `The message is ${size} bytes when serialized which is larger than ${maxRequestSize}, which is the value of the max.request.size configuration.`;
}
