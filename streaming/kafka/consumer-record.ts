/**
 * ConsumerRecord: a record of a direct stream's batch, after Kafka's
 * ConsumerRecord, with key and value turned into values by the
 * key.deserializer / value.deserializer params: "string" (UTF-8, the
 * default), "buffer" (the bytes), "json", or a function of the bytes,
 * applied when the key or value is read (KafkaConsumerRecord).
 */
import type { DecodedRecord, RecordHeader } from '../../protocol/record-codec.js';

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

const utf8: Deserializer<string> = (b) => b.toString('utf8');
const bytes: Deserializer<Buffer> = (b) => b;

/** The deserializer named by a param value (Java class names ending in StringDeserializer etc. are understood too). */
export function deserializerFor(spec: DeserializerSpec | undefined, param: string): Deserializer<unknown> {
  if (typeof spec === 'function') return spec;
  const s = (spec ?? 'string').toLowerCase();
  if (s === 'string' || s.endsWith('stringdeserializer')) return utf8;
  if (s === 'buffer' || s === 'bytes' || s.endsWith('bytearraydeserializer')) return bytes;
  if (s === 'json') return (b) => JSON.parse(b.toString('utf8'));
  throw new Error(`${param}: unknown deserializer "${String(spec)}" (use "string", "buffer", "json" or a function)`);
}

const UNDECODED = Symbol('undecoded');

/**
 * A ConsumerRecord over the fetched bytes: key and value are deserialized on
 * access. With the string deserializer (the default) they are decoded on
 * every access and never stored: strings are values, so this is unobservable
 * except in time, and a batch of a million records does not keep a million
 * strings alive until its end (they die young, where garbage is cheap).
 * Other deserializers run once, on first access, and their result is kept,
 * so a JSON value is the same object on every access. Assigning key or value
 * replaces the decoded result.
 *
 * key and value are accessors: object spread does not copy them (use
 * toJSON(), which JSON.stringify calls, for a plain object).
 */
export class KafkaConsumerRecord<K, V> implements ConsumerRecord<K, V> {
  private decodedKey: K | null | typeof UNDECODED = UNDECODED;
  private decodedValue: V | null | typeof UNDECODED = UNDECODED;

  /** Wraps the bytes of a fetched record (views into the fetch response). */
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly offset: number,
    readonly timestamp: number,
    readonly headers: RecordHeader[],
    private readonly keyBytes: Buffer | null,
    private readonly valueBytes: Buffer | null,
    private readonly keyDeserializer: Deserializer<unknown>,
    private readonly valueDeserializer: Deserializer<unknown>,
  ) {}

  /** The deserialized key, or null. */
  get key(): K | null {
    if (this.decodedKey !== UNDECODED) return this.decodedKey;
    const b = this.keyBytes;
    if (b === null) return null;
    if (this.keyDeserializer === utf8) return b.toString('utf8') as K;
    return (this.decodedKey = this.keyDeserializer(b) as K);
  }

  set key(k: K | null) {
    this.decodedKey = k;
  }

  /** The deserialized value, or null. */
  get value(): V | null {
    if (this.decodedValue !== UNDECODED) return this.decodedValue;
    const b = this.valueBytes;
    if (b === null) return null;
    if (this.valueDeserializer === utf8) return b.toString('utf8') as V;
    return (this.decodedValue = this.valueDeserializer(b) as V);
  }

  set value(v: V | null) {
    this.decodedValue = v;
  }

  /** The record as a plain object (what JSON.stringify and print show). */
  toJSON(): ConsumerRecord<K, V> {
    return {
      topic: this.topic,
      partition: this.partition,
      offset: this.offset,
      timestamp: this.timestamp,
      key: this.key,
      value: this.value,
      headers: this.headers,
    };
  }

  /** util.inspect / console.log show the plain object. */
  [Symbol.for('nodejs.util.inspect.custom')](): ConsumerRecord<K, V> {
    return this.toJSON();
  }
}

/** Builds the ConsumerRecord of a decoded record. */
export function toConsumerRecord<K, V>(
  topic: string,
  partition: number,
  r: DecodedRecord,
  kd: Deserializer<unknown>,
  vd: Deserializer<unknown>,
): ConsumerRecord<K, V> {
  return new KafkaConsumerRecord<K, V>(topic, partition, r.offset, r.timestamp, r.headers, r.key, r.value, kd, vd);
}
