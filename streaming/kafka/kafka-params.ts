/**
 * The kafkaParams of a direct stream: Kafka's consumer config names
 * (bootstrap.servers, group.id, auto.offset.reset, ...), checked when the
 * stream is made. Every consumer key of Kafka's documentation is known: the
 * ones the direct stream uses are parsed and validated here, the ones that
 * mean nothing for it (a direct stream fetches exact offset ranges and never
 * polls) are accepted and ignored, and the ones it cannot honour (TLS, SASL,
 * static membership) are refused with the reason. Anything
 * else — a misspelt key such as `auto.offset.rest` — fails with a
 * did-you-mean, and a bad value (`max.partition.fetch.bytes=abc`) names the
 * key and the value.
 *
 * Values may be given as strings or as numbers and booleans; the
 * deserializers may also be functions.
 *
 * Defaults are Kafka's except where noted: session.timeout.ms 10000 (Kafka
 * 2.x's), max.poll.interval.ms 30000 (it bounds the rebalance, and a
 * direct stream holds no records between polls), metadata.max.age.ms 5000
 * (how often SubscribePattern looks for new topics). fetch.max.bytes is an
 * upper bound: a batch asks for responses of at most 8 MiB (kafka-rdd.ts).
 */
import { atLeast, defineKey, listOf, oneOf, parseKeyValue, type ConfigKey, type ConfigValue } from '../../config/config-def.js';
import { checkConf, type ConfTable } from '../conf-check.js';
import { deserializerFor, type Deserializer, type DeserializerSpec } from './consumer-record.js';
import type { KafkaParams } from './strategies.js';

const ignored = { ignored: true } as const;
const ASSIGNORS = [
  'range',
  'roundrobin',
  'org.apache.kafka.clients.consumer.RangeAssignor',
  'org.apache.kafka.clients.consumer.RoundRobinAssignor',
];

/** Every Kafka consumer key a direct stream accepts. */
export const KAFKA_PARAM_KEYS: readonly ConfigKey[] = [
  defineKey('bootstrap.servers', 'list', null, 'host:port of one or more brokers.'),
  defineKey('group.id', 'string', null, 'The consumer group (Subscribe, SubscribePattern, commitAsync).'),
  defineKey('client.id', 'string', null, 'The client id sent to the brokers (default tributary-streaming-<group>).'),
  defineKey('key.deserializer', 'class', 'string', 'string, buffer, json, a Java *Deserializer name, or a function.'),
  defineKey('value.deserializer', 'class', 'string', 'string, buffer, json, a Java *Deserializer name, or a function.'),
  defineKey('auto.offset.reset', 'string', 'latest', 'Where a partition without a committed offset starts.', {
    validator: oneOf('earliest', 'latest', 'none'),
  }),
  defineKey('enable.auto.commit', 'boolean', false, "Must be false: offsets are committed after a batch's output (commitAsync).", {
    validator: {
      describe: '[false]',
      check: (v) =>
        v === true
          ? "not supported by the direct stream: offsets must be committed after a batch's output succeeded; set it to false and call stream.commitAsync(offsetRanges) in your output"
          : null,
    },
  }),
  defineKey('request.timeout.ms', 'int', 30000, 'How long a request may take.', { validator: atLeast(0) }),
  defineKey('max.partition.fetch.bytes', 'int', 1 << 20, 'Most bytes of one partition in a Fetch response.', { validator: atLeast(1) }),
  defineKey('fetch.max.bytes', 'int', 50 << 20, 'Most bytes of a Fetch response (all partitions of a broker).', {
    validator: atLeast(1),
  }),
  defineKey('fetch.max.wait.ms', 'int', 500, 'Long-poll wait of a Fetch whose range is not fully written yet.', {
    validator: atLeast(0),
  }),
  defineKey('check.crcs', 'boolean', true, "Verify each fetched batch's CRC-32C."),
  defineKey('session.timeout.ms', 'int', 10000, 'Group session timeout.', { validator: atLeast(1) }),
  defineKey('heartbeat.interval.ms', 'int', 3000, 'Heartbeat interval of the group member.', { validator: atLeast(1) }),
  defineKey('max.poll.interval.ms', 'int', 30000, 'Rebalance timeout of the group member.', { validator: atLeast(1) }),
  defineKey('metadata.max.age.ms', 'long', 5000, 'How often SubscribePattern re-reads the topics.', { validator: atLeast(0) }),
  defineKey('partition.assignment.strategy', 'list', 'range,roundrobin', 'Assignors in preference order.', {
    validator: listOf(...ASSIGNORS),
  }),
  defineKey(
    'isolation.level',
    'string',
    'read_uncommitted',
    "read_uncommitted: ranges are read as written. read_committed: a batch's ranges end at the last stable offset (an open transaction's first offset holds them back until it ends) and records of aborted transactions are dropped.",
    { validator: oneOf('read_uncommitted', 'read_committed') },
  ),
  defineKey('security.protocol', 'string', 'PLAINTEXT', 'Only PLAINTEXT: the client speaks neither TLS nor SASL.', {
    validator: oneOf('PLAINTEXT'),
  }),
  defineKey('group.protocol', 'string', 'classic', 'Only the classic group protocol.', { validator: oneOf('classic') }),
  // Accepted, no effect on a direct stream:
  defineKey('allow.auto.create.topics', 'boolean', true, 'Topics are never created by the direct stream.', ignored),
  defineKey('auto.commit.interval.ms', 'int', 5000, 'Auto commit is off.', ignored),
  defineKey('auto.include.jmx.reporter', 'boolean', true, 'No JMX.', ignored),
  defineKey('client.dns.lookup', 'string', 'use_all_dns_ips', 'No effect.', ignored),
  defineKey('client.rack', 'string', '', 'Partitions are read from their leaders.', ignored),
  defineKey('connections.max.idle.ms', 'long', 540000, 'No effect.', ignored),
  defineKey('default.api.timeout.ms', 'int', 60000, 'No effect (request.timeout.ms applies).', ignored),
  defineKey('enable.metrics.push', 'boolean', true, 'No effect.', ignored),
  defineKey('exclude.internal.topics', 'boolean', true, 'Internal topics never match a subscription here.', ignored),
  defineKey('fetch.min.bytes', 'int', 1, 'A range is read until its end.', ignored),
  defineKey('interceptor.classes', 'list', '', 'No interceptors.', ignored),
  defineKey('max.poll.records', 'int', 500, 'A batch takes its whole offset range.', ignored),
  defineKey('metric.reporters', 'list', '', 'No effect.', ignored),
  defineKey('metrics.num.samples', 'int', 2, 'No effect.', ignored),
  defineKey('metrics.recording.level', 'string', 'INFO', 'No effect.', ignored),
  defineKey('metrics.sample.window.ms', 'long', 30000, 'No effect.', ignored),
  defineKey('receive.buffer.bytes', 'int', 65536, 'No effect.', ignored),
  defineKey('send.buffer.bytes', 'int', 131072, 'No effect.', ignored),
  defineKey('reconnect.backoff.ms', 'long', 50, 'No effect.', ignored),
  defineKey('reconnect.backoff.max.ms', 'long', 1000, 'No effect.', ignored),
  defineKey('retry.backoff.ms', 'long', 100, 'No effect.', ignored),
  defineKey('socket.connection.setup.timeout.ms', 'long', 10000, 'No effect.', ignored),
  defineKey('socket.connection.setup.timeout.max.ms', 'long', 30000, 'No effect.', ignored),
];

/** The table kafkaParams are checked against. */
export const KAFKA_PARAMS: ConfTable = {
  source: 'kafkaParams',
  keys: KAFKA_PARAM_KEYS,
  unsupported: [
    { match: 'ssl.', reason: 'the client speaks neither TLS nor SASL' },
    { match: 'sasl.', reason: 'the client speaks neither TLS nor SASL' },
    { match: 'security.providers', reason: 'the client speaks neither TLS nor SASL' },
    { match: 'group.instance.id', reason: 'static group membership is not supported' },
    { match: 'group.remote.assignor', reason: 'only the classic group protocol is supported' },
  ],
};

/** kafkaParams parsed: what a direct stream and its client use. */
export interface KafkaConsumerConfig {
  bootstrapServers: string[];
  groupId: string | undefined;
  clientId: string;
  keyDeserializer: Deserializer<unknown>;
  valueDeserializer: Deserializer<unknown>;
  autoOffsetReset: 'earliest' | 'latest' | 'none';
  requestTimeoutMs: number;
  maxPartitionFetchBytes: number;
  fetchMaxBytes: number;
  fetchMaxWaitMs: number;
  checkCrcs: boolean;
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  maxPollIntervalMs: number;
  metadataMaxAgeMs: number;
  /** isolation.level: 0 read_uncommitted, 1 read_committed. */
  isolationLevel: number;
  /** Assignor names ("range", "roundrobin") in preference order. */
  assignors: string[];
}

const BY_NAME = new Map(KAFKA_PARAM_KEYS.map((k) => [k.name, k]));

/**
 * Checks and parses kafkaParams; throws ConfigError ("kafkaParams: unknown
 * config 'auto.offset.rest' (did you mean 'auto.offset.reset'?)") on the
 * first bad key or value, and an Error when bootstrap.servers is missing.
 */
export function parseKafkaParams(params: KafkaParams): KafkaConsumerConfig {
  const text: [string, string][] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null) continue;
    // A deserializer function is checked by deserializerFor, not as text.
    if (typeof v === 'function' && (k === 'key.deserializer' || k === 'value.deserializer')) continue;
    text.push([k, String(v)]);
  }
  const values = checkConf(text, KAFKA_PARAMS);
  const get = (key: string): ConfigValue | null => {
    const v = values.get(key);
    if (v !== undefined) return v;
    const def = BY_NAME.get(key)!;
    return def.default === null ? null : parseKeyValue(def, def.default, KAFKA_PARAMS.source);
  };
  const servers = (get('bootstrap.servers') as string[] | null) ?? [];
  if (servers.length === 0) throw new Error('kafkaParams must contain bootstrap.servers');
  const groupId = (get('group.id') as string | null) ?? undefined;
  return {
    bootstrapServers: servers,
    groupId,
    clientId: (get('client.id') as string | null) ?? `tributary-streaming-${groupId ?? 'assign'}`,
    keyDeserializer: deserializerFor(params['key.deserializer'] as DeserializerSpec | undefined, 'kafkaParams key.deserializer'),
    valueDeserializer: deserializerFor(params['value.deserializer'] as DeserializerSpec | undefined, 'kafkaParams value.deserializer'),
    autoOffsetReset: get('auto.offset.reset') as KafkaConsumerConfig['autoOffsetReset'],
    requestTimeoutMs: get('request.timeout.ms') as number,
    maxPartitionFetchBytes: get('max.partition.fetch.bytes') as number,
    fetchMaxBytes: get('fetch.max.bytes') as number,
    fetchMaxWaitMs: get('fetch.max.wait.ms') as number,
    checkCrcs: get('check.crcs') as boolean,
    sessionTimeoutMs: get('session.timeout.ms') as number,
    heartbeatIntervalMs: get('heartbeat.interval.ms') as number,
    maxPollIntervalMs: get('max.poll.interval.ms') as number,
    metadataMaxAgeMs: get('metadata.max.age.ms') as number,
    isolationLevel: get('isolation.level') === 'read_committed' ? 1 : 0,
    assignors: (get('partition.assignment.strategy') as string[]).map((a) =>
      a.replace(/^.*\.(Range|RoundRobin)Assignor$/, (_m, n: string) => n.toLowerCase()),
    ),
  };
}
