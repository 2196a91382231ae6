/**
 * The producer params of saveToKafka (kafka-output.ts): Kafka's producer
 * config names, checked when the output is declared, as kafka-params.ts
 * checks a direct stream's consumer params — an unknown or misspelt key
 * fails with a did-you-mean, a bad value names the key and the value.
 *
 * The keys a transactional output cannot honour are refused with the
 * reason: acks other than all and enable.idempotence=false (Kafka refuses
 * both with a transactional.id), TLS and SASL (the lean client speaks
 * neither). bootstrap.servers may be left out when the output's stream is
 * read from Kafka: the source stream's is used.
 *
 * Serializers: "string" (the default: strings as UTF-8, Buffers as they
 * are, other values through String()), "buffer" (Buffers only), "json"
 * (JSON.stringify), a Java *Serializer name of those, or a function.
 */
import { atLeast, defineKey, oneOf, parseKeyValue, type ConfigKey, type ConfigValue } from '../../config/config-def.js';
import { codecFromName } from '../../protocol/compression.js';
import { checkConf, type ConfTable } from '../conf-check.js';
import type { KafkaParams } from './strategies.js';

/** Turns a value into a record's key or value bytes (null: no key / a tombstone). */
export type Serializer = (value: unknown) => Buffer | null;

/** A serializer param: a name or a function. */
export type SerializerSpec = 'string' | 'buffer' | 'json' | Serializer | string;

const ignored = { ignored: true } as const;

/** Every producer key saveToKafka accepts. */
export const PRODUCER_PARAM_KEYS: readonly ConfigKey[] = [
  defineKey('bootstrap.servers', 'list', null, "host:port of one or more brokers (default: the source direct stream's)."),
  defineKey('client.id', 'string', null, 'The client id sent to the brokers (default tributary-streaming-output-<topic>).'),
  defineKey('transactional.id', 'string', null, 'exactlyOnce only: the transactional id (default tributary-streaming-<group.id>).'),
  defineKey('transaction.timeout.ms', 'int', 60000, 'exactlyOnce only: how long a transaction may stay open.', { validator: atLeast(1) }),
  defineKey('acks', 'string', 'all', 'all (-1), 1 or 0; exactlyOnce needs all.', { validator: oneOf('all', '-1', '1', '0') }),
  defineKey('enable.idempotence', 'boolean', true, 'Idempotent writes (sequence numbers); exactlyOnce needs true.'),
  defineKey('compression.type', 'string', 'none', 'none, gzip, snappy, lz4 or zstd.', {
    validator: oneOf('none', 'gzip', 'snappy', 'lz4', 'zstd'),
  }),
  defineKey('linger.ms', 'int', 0, 'How long a batch waits for more records.', { validator: atLeast(0) }),
  defineKey('batch.size', 'int', 16384, 'Bytes of a batch.', { validator: atLeast(1) }),
  defineKey('request.timeout.ms', 'int', 30000, 'How long a request may take.', { validator: atLeast(0) }),
  defineKey('max.block.ms', 'long', 60000, 'How long metadata and coordinator calls keep retrying.', { validator: atLeast(0) }),
  defineKey('delivery.timeout.ms', 'int', 120000, 'A batch not written this long after its first record fails.', {
    validator: atLeast(1),
  }),
  defineKey('retry.backoff.ms', 'long', 100, 'The wait before a failed batch is retried.', { validator: atLeast(0) }),
  defineKey('key.serializer', 'class', 'string', 'string, buffer, json, a Java *Serializer name, or a function.'),
  defineKey('value.serializer', 'class', 'string', 'string, buffer, json, a Java *Serializer name, or a function.'),
  defineKey('security.protocol', 'string', 'PLAINTEXT', 'Only PLAINTEXT: the client speaks neither TLS nor SASL.', {
    validator: oneOf('PLAINTEXT'),
  }),
  // Accepted, no effect:
  defineKey('max.in.flight.requests.per.connection', 'int', 5, 'One batch per partition is in flight at a time.', ignored),
  defineKey('retries', 'int', 2147483647, 'Retries are bounded by delivery.timeout.ms.', ignored),
  defineKey('buffer.memory', 'long', 33554432, 'No effect.', ignored),
  defineKey('max.request.size', 'int', 1048576, 'No effect.', ignored),
  defineKey('partitioner.class', 'class', '', "Keys are placed by murmur2 (Kafka's default partitioner).", ignored),
];

/** The table producer params are checked against. */
export const PRODUCER_PARAMS: ConfTable = {
  source: 'saveToKafka producerParams',
  keys: PRODUCER_PARAM_KEYS,
  unsupported: [
    { match: 'ssl.', reason: 'the client speaks neither TLS nor SASL' },
    { match: 'sasl.', reason: 'the client speaks neither TLS nor SASL' },
    { match: 'interceptor.classes', reason: 'no producer interceptors' },
  ],
};

/** Producer params parsed. */
export interface ProducerConfig {
  /** Empty when not given (the source stream's are used). */
  bootstrapServers: string[];
  clientId: string | null;
  transactionalId: string | null;
  transactionTimeoutMs: number;
  /** -1 (all), 1 or 0. */
  acks: number;
  enableIdempotence: boolean;
  /** A protocol/compression.ts codec id. */
  compression: number;
  lingerMs: number;
  batchSize: number;
  requestTimeoutMs: number;
  maxBlockMs: number;
  deliveryTimeoutMs: number;
  retryBackoffMs: number;
  keySerializer: Serializer;
  valueSerializer: Serializer;
}

const BY_NAME = new Map(PRODUCER_PARAM_KEYS.map((k) => [k.name, k]));

const stringSerializer: Serializer = (v) =>
  v === null || v === undefined ? null : Buffer.isBuffer(v) ? v : Buffer.from(typeof v === 'string' ? v : String(v), 'utf8');

/** The serializer named by a param value (Java class names ending in StringSerializer etc. are understood too). */
export function serializerFor(spec: SerializerSpec | undefined, param: string): Serializer {
  if (typeof spec === 'function') return spec;
  const s = (spec ?? 'string').toLowerCase();
  if (s === 'string' || s.endsWith('stringserializer')) return stringSerializer;
  if (s === 'buffer' || s === 'bytes' || s.endsWith('bytearrayserializer'))
    return (v) => {
      if (v === null || v === undefined) return null;
      if (!Buffer.isBuffer(v)) throw new Error(`${param} is "buffer" but a ${typeof v} was given; map the records to Buffers first`);
      return v;
    };
  if (s === 'json') return (v) => (v === undefined ? null : Buffer.from(JSON.stringify(v), 'utf8'));
  throw new Error(`${param}: unknown serializer "${String(spec)}" (use "string", "buffer", "json" or a function)`);
}

/**
 * Checks and parses producer params; throws ConfigError on the first bad
 * key or value ("saveToKafka producerParams: unknown config 'lingr.ms' (did
 * you mean 'linger.ms'?)").
 */
export function parseProducerParams(params: KafkaParams): ProducerConfig {
  const text: [string, string][] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'function' && (k === 'key.serializer' || k === 'value.serializer')) continue;
    text.push([k, String(v)]);
  }
  const values = checkConf(text, PRODUCER_PARAMS);
  const get = (key: string): ConfigValue | null => {
    const v = values.get(key);
    if (v !== undefined) return v;
    const def = BY_NAME.get(key)!;
    return def.default === null ? null : parseKeyValue(def, def.default, PRODUCER_PARAMS.source);
  };
  const acks = get('acks') as string;
  return {
    bootstrapServers: (get('bootstrap.servers') as string[] | null) ?? [],
    clientId: get('client.id') as string | null,
    transactionalId: get('transactional.id') as string | null,
    transactionTimeoutMs: get('transaction.timeout.ms') as number,
    acks: acks === 'all' ? -1 : Number(acks),
    enableIdempotence: get('enable.idempotence') as boolean,
    compression: codecFromName(get('compression.type') as string),
    lingerMs: get('linger.ms') as number,
    batchSize: get('batch.size') as number,
    requestTimeoutMs: get('request.timeout.ms') as number,
    maxBlockMs: get('max.block.ms') as number,
    deliveryTimeoutMs: get('delivery.timeout.ms') as number,
    retryBackoffMs: get('retry.backoff.ms') as number,
    keySerializer: serializerFor(params['key.serializer'] as SerializerSpec | undefined, 'producerParams key.serializer'),
    valueSerializer: serializerFor(params['value.serializer'] as SerializerSpec | undefined, 'producerParams value.serializer'),
  };
}
