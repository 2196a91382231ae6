/**
 * Topic-level configs: the one table of every topic config Tributary knows
 * (Kafka 4.0's `TopicConfig` names, and the deprecated ones Kafka 3.x still
 * accepts: `message.format.version`, `message.timestamp.difference.max.ms`)
 * — its type, Kafka's default, its valid
 * values, the broker keys it falls back to (its synonyms, most specific
 * first: `retention.ms` ← `log.retention.ms`, `log.retention.minutes`,
 * `log.retention.hours`) and whether Tributary honours it. Every reader
 * derives from it:
 *
 * - CreateTopics, AlterConfigs and IncrementalAlterConfigs validate through
 *   {@link resolveTopicConfig} (one pass: each value parsed by type and
 *   checked, then the combination), which is also what builds the typed
 *   {@link TopicConfigValues} the logs run on (broker/log/log-config.ts);
 * - DescribeConfigs lists exactly this table, with a topic's effective
 *   defaults ({@link topicDefaultsFromBroker}) and its broker synonyms
 *   (broker-config-sources.ts);
 * - the broker config points a topic key set in server.properties to its
 *   broker synonym.
 *
 * The type and valid values of a config with a broker synonym are those of
 * its first synonym, as in Kafka (a test checks the types agree). Configs
 * marked `accepted` are stored, described and validated but change nothing
 * here; their doc says why. A name outside the table is refused everywhere
 * with Kafka's message, "Unknown topic config name: <name>".
 */
import { ConfigError, atLeast, between, camelCase, formatValue, parseByType, parseKeyValue, suggestName } from './config-def.js';
import type { ConfigKey, ConfigType, ConfigValue, Validator, ValuesOf } from './config-def.js';
import { BROKER_CONFIG_KEYS } from './broker-config-schema.js';
import type { BrokerConfig } from './broker-config.js';

/** Whether Tributary acts on a topic config, or only keeps it (stored, described, no effect). */
export type TopicConfigSupport = 'honoured' | 'accepted';

/** One topic-level config. */
export interface TopicConfigDef<N extends string = string, T extends ConfigType = ConfigType> extends ConfigKey<N, T, false> {
  /** Kafka's default in its string form: what a topic has when neither it nor the broker sets a value. */
  readonly default: string;
  /** Broker keys it falls back to, most specific first; empty when there is none. */
  readonly brokerSynonyms: readonly string[];
  readonly support: TopicConfigSupport;
}

const BROKER_KEY = new Map<string, ConfigKey>(BROKER_CONFIG_KEYS.map((key) => [key.name, key as ConfigKey]));

/**
 * Declares a topic config. Without its own validator it takes the first
 * broker synonym's; an `accepted` one gets why it has no effect in its doc.
 */
function t<N extends string, T extends ConfigType>(
  name: N,
  type: T,
  dflt: string,
  brokerSynonyms: readonly string[],
  doc: string,
  opts: { validator?: Validator; accepted?: string } = {},
): TopicConfigDef<N, T> {
  const synonym = brokerSynonyms.length > 0 ? BROKER_KEY.get(brokerSynonyms[0]) : undefined;
  if (brokerSynonyms.length > 0 && synonym === undefined)
    throw new Error(`topic config ${name}: unknown broker synonym ${brokerSynonyms[0]}`);
  return {
    name,
    type,
    default: dflt,
    nullable: false,
    doc: opts.accepted === undefined ? doc : `${doc} Accepted; no effect in Tributary: ${opts.accepted}.`,
    validator: opts.validator ?? synonym?.validator,
    brokerSynonyms,
    support: opts.accepted === undefined ? 'honoured' : 'accepted',
  };
}

const LONG_MAX = '9223372036854775807';

/** Accepts `*` or `partition:broker,...` (Kafka's throttled-replica lists). */
const replicaList: Validator = {
  describe: '[partitionId]:[brokerId],[partitionId]:[brokerId],... or *',
  check: (v) => (Array.isArray(v) && !v.every((x) => x === '*' || /^\d+:\d+$/.test(x)) ? 'expected * or partition:broker pairs' : null),
};

/** A number in [min, max] (inclusive), or `also`. */
function rangeOr(min: number, max: number, also: number): Validator {
  return {
    describe: `[${min},...,${max}] or ${also}`,
    check: (v) => (typeof v === 'number' && v !== also && (v < min || v > max) ? `must be between ${min} and ${max}, or ${also}` : null),
  };
}

/** Only `false`: tiered storage is not part of Tributary. */
const tieredStorageOff: Validator = {
  describe: 'false (Tributary has no tiered storage)',
  check: (v) => (v === true ? 'tiered storage is not supported by Tributary' : null),
};

const TIERED = 'Tributary has no tiered storage (remote.storage.enable is always false)';

/** Every topic config Tributary knows, in Kafka's documentation order. */
export const TOPIC_CONFIGS = [
  t('cleanup.policy', 'list', 'delete', ['log.cleanup.policy'], 'delete (retention), compact, or both.'),
  t('compression.gzip.level', 'int', '-1', [], 'gzip level when the broker recompresses to gzip.', {
    validator: rangeOr(1, 9, -1),
    accepted: "recompression uses each codec's default level",
  }),
  t('compression.lz4.level', 'int', '9', [], 'lz4 level when the broker recompresses to lz4.', {
    validator: between(1, 17),
    accepted: "recompression uses each codec's default level",
  }),
  t('compression.type', 'string', 'producer', ['compression.type'], 'Final compression of the topic; producer keeps what was sent.'),
  t('compression.zstd.level', 'int', '3', [], 'zstd level when the broker recompresses to zstd.', {
    validator: between(-131072, 22),
    accepted: "recompression uses each codec's default level",
  }),
  t('delete.retention.ms', 'long', '86400000', ['log.cleaner.delete.retention.ms'], 'How long tombstones are kept in a compacted topic.'),
  t('file.delete.delay.ms', 'long', '60000', ['log.segment.delete.delay.ms'], 'Delay before a deleted segment file is removed.', {
    accepted: 'segments past retention are deleted at once',
  }),
  t('flush.messages', 'long', LONG_MAX, ['log.flush.interval.messages'], 'fsync after this many messages.'),
  t(
    'flush.ms',
    'long',
    LONG_MAX,
    ['log.flush.interval.ms', 'log.flush.scheduler.interval.ms'],
    'fsync when the oldest unflushed message is this old.',
    {
      validator: atLeast(0),
    },
  ),
  t(
    'follower.replication.throttled.replicas',
    'list',
    '',
    [],
    'Replicas (partition:broker, or *) whose fetching on that broker follower.replication.throttled.rate bounds.',
    {
      validator: replicaList,
    },
  ),
  t('index.interval.bytes', 'int', '4096', ['log.index.interval.bytes'], 'Bytes of log between two offset-index entries.'),
  t(
    'leader.replication.throttled.replicas',
    'list',
    '',
    [],
    'Replicas (partition:broker, or *) whose serving by that broker leader.replication.throttled.rate bounds.',
    {
      validator: replicaList,
    },
  ),
  t('local.retention.bytes', 'long', '-2', [], 'Local size limit of a tiered topic (-2: retention.bytes).', {
    validator: atLeast(-2),
    accepted: TIERED,
  }),
  t('local.retention.ms', 'long', '-2', [], 'Local age limit of a tiered topic (-2: retention.ms).', {
    validator: atLeast(-2),
    accepted: TIERED,
  }),
  t('max.compaction.lag.ms', 'long', LONG_MAX, ['log.cleaner.max.compaction.lag.ms'], 'Greatest time a record stays uncompacted.', {
    accepted: 'the cleaner picks logs by dirty ratio only',
  }),
  t('max.message.bytes', 'int', '1048588', ['message.max.bytes'], 'Largest record batch accepted (after compression).'),
  t(
    'message.downconversion.enable',
    'boolean',
    'true',
    ['log.message.downconversion.enable'],
    'Answer Fetch v0-v3 (message formats v0/v1) by down-converting the stored records; false answers them UNSUPPORTED_VERSION.',
  ),
  t(
    'message.format.version',
    'string',
    '3.0-IV1',
    ['log.message.format.version'],
    'Deprecated (Kafka 3.x): the message format the topic is stored in.',
    {
      accepted:
        'as in Kafka 3.x with inter.broker.protocol.version 3.0 or newer, records are always stored as format v2 (older producers are up-converted)',
    },
  ),
  t(
    'message.timestamp.after.max.ms',
    'long',
    '3600000',
    ['log.message.timestamp.after.max.ms'],
    'Largest allowed distance of a CreateTime timestamp into the future.',
  ),
  t(
    'message.timestamp.before.max.ms',
    'long',
    LONG_MAX,
    ['log.message.timestamp.before.max.ms'],
    'Largest allowed distance of a CreateTime timestamp into the past.',
  ),
  t(
    'message.timestamp.difference.max.ms',
    'long',
    LONG_MAX,
    ['log.message.timestamp.difference.max.ms'],
    'Deprecated (Kafka 3.x): largest allowed distance of a CreateTime timestamp from the broker time; stands for message.timestamp.before.max.ms when that is unset and for message.timestamp.after.max.ms when that has its default.',
  ),
  t('message.timestamp.type', 'string', 'CreateTime', ['log.message.timestamp.type'], 'CreateTime or LogAppendTime.'),
  t('min.cleanable.dirty.ratio', 'double', '0.5', ['log.cleaner.min.cleanable.ratio'], 'Least dirty ratio before the log is compacted.'),
  t('min.compaction.lag.ms', 'long', '0', ['log.cleaner.min.compaction.lag.ms'], 'Least age of a record before it may be compacted.'),
  t('min.insync.replicas', 'int', '1', ['min.insync.replicas'], 'Least ISR size for acks=all.'),
  t('preallocate', 'boolean', 'false', ['log.preallocate'], 'Preallocate segment files.', { accepted: 'files are never preallocated' }),
  t('remote.log.copy.disable', 'boolean', 'false', [], 'Stop copying segments of a tiered topic to remote storage.', { accepted: TIERED }),
  t('remote.log.delete.on.disable', 'boolean', 'false', [], 'Delete remote segments when tiered storage is turned off.', {
    accepted: TIERED,
  }),
  t('remote.storage.enable', 'boolean', 'false', [], 'Tier the topic to remote storage; only false is accepted.', {
    validator: tieredStorageOff,
  }),
  t('retention.bytes', 'long', '-1', ['log.retention.bytes'], 'Largest partition size before old segments are deleted; -1 = no limit.'),
  t(
    'retention.ms',
    'long',
    '604800000',
    ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours'],
    'Age after which segments are deleted; -1 = forever.',
  ),
  t('segment.bytes', 'int', '1073741824', ['log.segment.bytes'], 'Segment file size.'),
  t('segment.index.bytes', 'int', '10485760', ['log.index.size.max.bytes'], 'Size of the offset and time index files.'),
  t('segment.jitter.ms', 'long', '0', ['log.roll.jitter.ms', 'log.roll.jitter.hours'], 'Random jitter subtracted from segment.ms.'),
  t('segment.ms', 'long', '604800000', ['log.roll.ms', 'log.roll.hours'], 'Roll a segment after this long even if not full.'),
  t(
    'unclean.leader.election.enable',
    'boolean',
    'false',
    ['unclean.leader.election.enable'],
    'Allow an out-of-sync replica to become leader.',
  ),
] as const;

/** A topic's configs, typed: `retention.ms` → `retentionMs` (derived from {@link TOPIC_CONFIGS}). */
export type TopicConfigValues = ValuesOf<typeof TOPIC_CONFIGS>;

const TOPIC_BY_NAME = new Map<string, TopicConfigDef>(TOPIC_CONFIGS.map((d) => [d.name, d]));

/** The topic config of that name, or undefined. */
export function topicConfigDef(name: string): TopicConfigDef | undefined {
  return TOPIC_BY_NAME.get(name);
}

/** Kafka's defaults of every topic config, typed. */
export const TOPIC_CONFIG_DEFAULTS: Readonly<TopicConfigValues> = Object.freeze(
  Object.fromEntries(
    TOPIC_CONFIGS.map((d) => {
      const parsed = parseByType(d.type, d.default);
      if (!parsed.ok) throw new Error(`bad default of topic config ${d.name}: ${parsed.reason}`);
      return [camelCase(d.name), parsed.value];
    }),
  ) as unknown as TopicConfigValues,
);

/** Kafka's names of topic configs that were removed, with what to say (none today: Kafka 3.x's deprecated ones are in the table). */
const REMOVED: Readonly<Record<string, string>> = {};

/** The error for a name outside the table (Kafka's message, with a hint when one helps). */
export function unknownTopicConfig(name: string, value: string | null = null, source = 'topic config'): ConfigError {
  let hint = REMOVED[name] ?? null;
  if (hint === null) {
    const topic = TOPIC_CONFIGS.find((d) => d.brokerSynonyms.includes(name));
    if (topic) hint = `'${name}' is a broker config; the topic config is '${topic.name}'`;
    else {
      const near = suggestName(name, TOPIC_BY_NAME.keys());
      if (near !== null) hint = `did you mean '${near}'?`;
    }
  }
  return new ConfigError('ERR_CONFIG_UNKNOWN', `Unknown topic config name: ${name}${hint === null ? '' : ` (${hint})`}`, {
    key: name,
    value,
    source,
  });
}

/**
 * Parses and validates one topic config value. Throws {@link ConfigError}:
 * ERR_CONFIG_UNKNOWN for a name that is not a topic config, ERR_CONFIG_INVALID
 * for a bad value (the broker answers INVALID_CONFIG with the message).
 */
export function parseTopicConfig(name: string, value: string, source = 'topic config'): ConfigValue {
  const def = TOPIC_BY_NAME.get(name);
  if (def === undefined) throw unknownTopicConfig(name, value, source);
  return parseKeyValue(def, value, source);
}

/**
 * A topic's typed configs: `overrides` (Kafka names → strings) over `base`
 * (the broker's effective defaults, else Kafka's), each parsed and checked,
 * then the combination (Kafka's LogConfig.validateValues). Throws
 * {@link ConfigError} naming the first bad key.
 */
export function resolveTopicConfig(
  overrides: Readonly<Record<string, string>>,
  base: Readonly<TopicConfigValues> = TOPIC_CONFIG_DEFAULTS,
  source = 'topic config',
): TopicConfigValues {
  const out: Record<string, ConfigValue> = { ...(base as unknown as Record<string, ConfigValue>) };
  for (const name of Object.keys(overrides)) {
    const raw = overrides[name] as string | null | undefined;
    if (raw === null || raw === undefined) {
      throw new ConfigError('ERR_CONFIG_INVALID', `${source}: null value not supported for config '${name}'`, { key: name, source });
    }
    out[camelCase(name)] = parseTopicConfig(name, String(raw), source);
  }
  const values = out as unknown as TopicConfigValues;
  if (values.minCompactionLagMs > values.maxCompactionLagMs) {
    throw new ConfigError(
      'ERR_CONFIG_INVALID',
      `${source}: conflicting settings: min.compaction.lag.ms (${values.minCompactionLagMs}) is greater than max.compaction.lag.ms (${formatValue('long', values.maxCompactionLagMs)})`,
      { key: 'min.compaction.lag.ms', value: String(values.minCompactionLagMs), source },
    );
  }
  return values;
}

/** Validates a topic's overrides (over Kafka's defaults); throws like {@link resolveTopicConfig}. */
export function validateTopicConfigs(configs: Readonly<Record<string, string>>, source = 'topic config'): void {
  resolveTopicConfig(configs, TOPIC_CONFIG_DEFAULTS, source);
}

/** Typed configs back in Kafka's names and string form (every key of the table). */
export function formatTopicConfig(values: Readonly<TopicConfigValues>): Record<string, string> {
  const v = values as unknown as Record<string, ConfigValue>;
  const out: Record<string, string> = {};
  for (const d of TOPIC_CONFIGS) out[d.name] = formatValue(d.type, v[camelCase(d.name)] ?? null) ?? '';
  return out;
}

/**
 * Each topic config name with its broker synonyms (most specific first) —
 * the list DescribeConfigs walks to report synonyms.
 */
export const TOPIC_CONFIG_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(TOPIC_CONFIGS.map((d) => [d.name, d.brokerSynonyms])),
);

/**
 * A topic's effective defaults on this broker: every topic config name with
 * its value in Kafka's string form, from the resolved broker config when the
 * config has a broker synonym (retention.ms from log.retention.ms/minutes/hours),
 * else Kafka's default.
 */
export function topicDefaultsFromBroker(cfg: BrokerConfig): Record<string, string> {
  const out: Record<string, string> = {};
  const values = cfg as unknown as Record<string, ConfigValue | null>;
  for (const d of TOPIC_CONFIGS) {
    // The resolved field of the first synonym is already the effective value
    // (BrokerConfig.logRetentionMs folds in minutes and hours, etc.).
    const value = d.brokerSynonyms.length === 0 ? d.default : formatValue(d.type, values[camelCase(d.brokerSynonyms[0])] ?? null);
    if (value !== null) out[d.name] = value;
  }
  return out;
}
