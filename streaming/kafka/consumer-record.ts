/**
 * ConsumerRecord: a record of a direct stream's batch, after Kafka's
 * ConsumerRecord, with key and value turned into values by the
 * key.deserializer / value.deserializer params: "string" (UTF-8, the
 * default), "buffer" (the bytes), "json", or a function of the bytes.
 */
import type { DecodedRecord, RecordHeader } from '../../broker/protocol/record-codec.js';

/** A Kafka record with deserialized key and value. */
export interface ConsumerRecord<K, V> {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
  key: K | null;
  value: V | null;
  headers: RecordHeader[];
}

/** Turns bytes into a value. */
export type Deserializer<T> = (bytes: Buffer) => T;

/** A deserializer param: a name or a function. */
export type DeserializerSpec = 'string' | 'buffer' | 'json' | Deserializer<unknown> | string;

/** The deserializer named by a param value (Java class names ending in StringDeserializer etc. are understood too). */
export function deserializerFor(spec: DeserializerSpec | undefined, param: string): Deserializer<unknown> {
  if (typeof spec === 'function') return spec;
  const s = (spec ?? 'string').toLowerCase();
  if (s === 'string' || s.endsWith('stringdeserializer')) return (b) => b.toString('utf8');
  if (s === 'buffer' || s === 'bytes' || s.endsWith('bytearraydeserializer')) return (b) => b;
  if (s === 'json') return (b) => JSON.parse(b.toString('utf8'));
  throw new Error(`${param}: unknown deserializer "${String(spec)}" (use "string", "buffer", "json" or a function)`);
}

/** Builds the ConsumerRecord of a decoded record. */
export function toConsumerRecord<K, V>(topic: string, partition: number, r: DecodedRecord, kd: Deserializer<unknown>, vd: Deserializer<unknown>): ConsumerRecord<K, V> {
  return {
    topic,
    partition,
    offset: r.offset,
    timestamp: r.timestamp,
    key: r.key === null ? null : (kd(r.key) as K),
    value: r.value === null ? null : (vd(r.value) as V),
    headers: r.headers,
  };
}
