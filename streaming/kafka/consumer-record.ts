/**
 * ConsumerRecord: a record of a direct stream's batch, after Kafka's
 * ConsumerRecord, with key and value turned into values by the
 * key.deserializer / value.deserializer params: "string" (UTF-8, the
 * default), "buffer" (the bytes), "json", or a function of the bytes,
 * applied when the key or value is read (KafkaConsumerRecord).
 */
import type { DecodedRecord, RecordHeader } from '../../protocol/record-codec.js';
import { parseHeaders } from '../../client/record-scanner.js';

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
const NO_HEADERS: RecordHeader[] = [];

/**
 * A ConsumerRecord over the fetched bytes: it holds the buffer its record
 * lies in (the fetch response, or the decompressed batch) and the positions
 * of key, value and headers, and decodes them on access (made by the fetch
 * scan without a Buffer per key or value; client/record-scanner.ts). With
 * the string deserializer (the default) key and value are decoded on every
 * access and never stored: strings are values, so this is unobservable
 * except in time, and a batch of a million records does not keep a million
 * strings alive until its end (they die young, where garbage is cheap).
 * Other deserializers run once, on first access, and their result is kept,
 * so a JSON value is the same object on every access. Headers are parsed on
 * first access. Assigning key or value replaces the decoded result.
 *
 * key and value are accessors: object spread does not copy them (use
 * toJSON(), which JSON.stringify calls, for a plain object). A kept record
 * keeps its fetch response's memory alive.
 */
export class KafkaConsumerRecord<K, V> implements ConsumerRecord<K, V> {
  private decodedKey: K | null | typeof UNDECODED = UNDECODED;
  private decodedValue: V | null | typeof UNDECODED = UNDECODED;
  private parsedHeaders: RecordHeader[] | null;

  /**
   * Wraps a fetched record: key at keyBuf[keyStart, keyStart + keyLength),
   * value at valueBuf[valueStart, valueStart + valueLength) (length -1:
   * null), `headerCount` headers at valueBuf[headersStart] (or `headers`
   * already parsed). The fetch scan passes one buffer for both.
   */
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly offset: number,
    readonly timestamp: number,
    private readonly keyBuf: Buffer,
    private readonly keyStart: number,
    private readonly keyLength: number,
    private readonly valueBuf: Buffer,
    private readonly valueStart: number,
    private readonly valueLength: number,
    private readonly headersStart: number,
    private readonly headerCount: number,
    private readonly keyDeserializer: Deserializer<unknown>,
    private readonly valueDeserializer: Deserializer<unknown>,
    headers: RecordHeader[] | null = null,
  ) {
    this.parsedHeaders = headers ?? (headerCount === 0 ? NO_HEADERS : null);
  }

  /** The deserialized key, or null. */
  get key(): K | null {
    if (this.decodedKey !== UNDECODED) return this.decodedKey;
    const n = this.keyLength;
    if (n < 0) return null;
    if (this.keyDeserializer === utf8) return this.keyBuf.toString('utf8', this.keyStart, this.keyStart + n) as K;
    return (this.decodedKey = this.keyDeserializer(this.keyBuf.subarray(this.keyStart, this.keyStart + n)) as K);
  }

  set key(k: K | null) {
    this.decodedKey = k;
  }

  /** The deserialized value, or null. */
  get value(): V | null {
    if (this.decodedValue !== UNDECODED) return this.decodedValue;
    const n = this.valueLength;
    if (n < 0) return null;
    if (this.valueDeserializer === utf8) return this.valueBuf.toString('utf8', this.valueStart, this.valueStart + n) as V;
    return (this.decodedValue = this.valueDeserializer(this.valueBuf.subarray(this.valueStart, this.valueStart + n)) as V);
  }

  set value(v: V | null) {
    this.decodedValue = v;
  }

  /** The record's headers (values are views into the fetched bytes). */
  get headers(): RecordHeader[] {
    return (this.parsedHeaders ??= parseHeaders(this.valueBuf, this.headersStart, this.headerCount));
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

const EMPTY = Buffer.alloc(0);

/** Builds the ConsumerRecord of a record decoded by protocol/record-codec.ts. */
export function toConsumerRecord<K, V>(
  topic: string,
  partition: number,
  r: DecodedRecord,
  kd: Deserializer<unknown>,
  vd: Deserializer<unknown>,
): ConsumerRecord<K, V> {
  const key = r.key;
  const value = r.value;
  const rec = new KafkaConsumerRecord<K, V>(
    topic,
    partition,
    r.offset,
    r.timestamp,
    key ?? EMPTY,
    0,
    key === null ? -1 : key.length,
    value ?? EMPTY,
    0,
    value === null ? -1 : value.length,
    0,
    r.headers.length,
    kd,
    vd,
    r.headers,
  );
  return rec;
}
