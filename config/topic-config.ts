/**
 * Topic-level configs (Kafka's `TopicConfig` names) and how each maps to the
 * broker-wide default it falls back to (its broker synonyms, most specific
 * first: `retention.ms` ← `log.retention.ms`, `log.retention.minutes`,
 * `log.retention.hours`). The type and valid values of a topic config are
 * those of its first broker synonym, as in Kafka's LogConfig.
 *
 * This is what CreateTopics/AlterConfigs validate against and what
 * DescribeConfigs reports: a topic's effective defaults
 * ({@link topicDefaultsFromBroker}) and the synonym chain
 * ({@link topicConfigSynonyms}).
 *
 * Left out on purpose: tiered-storage keys (`remote.storage.enable`,
 * `local.retention.*`) and keys Kafka 4.0 removed (`message.format.version`,
 * `message.downconversion.enable`, `message.timestamp.difference.max.ms`).
 */
import { ConfigError, formatValue, parseKeyValue } from './config-def.js';
import type { ConfigKey, ConfigType, ConfigValue, Validator } from './config-def.js';
import { BROKER_CONFIG_KEYS } from './broker-config-schema.js';
import type { BrokerConfig } from './broker-config.js';

/** One topic-level config. */
export interface TopicConfigDef {
  /** Topic-level name, e.g. `retention.ms`. */
  readonly name: string;
  readonly type: ConfigType;
  readonly validator?: Validator;
  readonly doc: string;
  /** Broker keys it falls back to, most specific first; empty when there is none. */
  readonly brokerSynonyms: readonly string[];
  /** Default when there is no broker synonym. */
  readonly defaultWithoutSynonym: string | null;
}

const BROKER_KEY = new Map<string, ConfigKey>(BROKER_CONFIG_KEYS.map((key) => [key.name, key as ConfigKey]));

function fromBroker(name: string, synonyms: string[], doc: string): TopicConfigDef {
  const key = BROKER_KEY.get(synonyms[0]);
  if (key === undefined) throw new Error(`topic config ${name}: unknown broker synonym ${synonyms[0]}`);
  return { name, type: key.type, validator: key.validator, doc, brokerSynonyms: synonyms, defaultWithoutSynonym: null };
}

/** Accepts `*` or `partition:broker,...` without deeper checks. */
const replicaList: Validator = {
  describe: '[partitionId]:[brokerId],[partitionId]:[brokerId],... or *',
  check: (v) => (Array.isArray(v) && !v.every((x) => x === '*' || /^\d+:\d+$/.test(x)) ? 'expected * or partition:broker pairs' : null),
};

/** Every topic config Tributary accepts, in Kafka's documentation order. */
export const TOPIC_CONFIGS: readonly TopicConfigDef[] = [
  fromBroker('cleanup.policy', ['log.cleanup.policy'], 'delete (retention), compact, or both.'),
  fromBroker('compression.type', ['compression.type'], 'Final compression of the topic; producer keeps what was sent.'),
  fromBroker('delete.retention.ms', ['log.cleaner.delete.retention.ms'], 'How long tombstones are kept in a compacted topic.'),
  fromBroker('file.delete.delay.ms', ['log.segment.delete.delay.ms'], 'Delay before a deleted segment file is removed.'),
  fromBroker('flush.messages', ['log.flush.interval.messages'], 'fsync after this many messages.'),
  fromBroker(
    'flush.ms',
    ['log.flush.interval.ms', 'log.flush.scheduler.interval.ms'],
    'fsync when the oldest unflushed message is this old.',
  ),
  {
    name: 'follower.replication.throttled.replicas',
    type: 'list',
    validator: replicaList,
    doc: 'Replicas whose follower replication is throttled (accepted, not enforced).',
    brokerSynonyms: [],
    defaultWithoutSynonym: '',
  },
  fromBroker('index.interval.bytes', ['log.index.interval.bytes'], 'Bytes of log between two offset-index entries.'),
  {
    name: 'leader.replication.throttled.replicas',
    type: 'list',
    validator: replicaList,
    doc: 'Replicas whose leader replication is throttled (accepted, not enforced).',
    brokerSynonyms: [],
    defaultWithoutSynonym: '',
  },
  fromBroker('max.compaction.lag.ms', ['log.cleaner.max.compaction.lag.ms'], 'Greatest time a record stays uncompacted.'),
  fromBroker('max.message.bytes', ['message.max.bytes'], 'Largest record batch accepted (after compression).'),
  fromBroker(
    'message.timestamp.after.max.ms',
    ['log.message.timestamp.after.max.ms'],
    'Largest allowed distance of a CreateTime timestamp into the future.',
  ),
  fromBroker(
    'message.timestamp.before.max.ms',
    ['log.message.timestamp.before.max.ms'],
    'Largest allowed distance of a CreateTime timestamp into the past.',
  ),
  fromBroker('message.timestamp.type', ['log.message.timestamp.type'], 'CreateTime or LogAppendTime.'),
  fromBroker('min.cleanable.dirty.ratio', ['log.cleaner.min.cleanable.ratio'], 'Least dirty ratio before the log is compacted.'),
  fromBroker('min.compaction.lag.ms', ['log.cleaner.min.compaction.lag.ms'], 'Least age of a record before it may be compacted.'),
  fromBroker('min.insync.replicas', ['min.insync.replicas'], 'Least ISR size for acks=all.'),
  fromBroker('preallocate', ['log.preallocate'], 'Preallocate segment files.'),
  fromBroker('retention.bytes', ['log.retention.bytes'], 'Largest partition size before old segments are deleted; -1 = no limit.'),
  fromBroker(
    'retention.ms',
    ['log.retention.ms', 'log.retention.minutes', 'log.retention.hours'],
    'Age after which segments are deleted; -1 = forever.',
  ),
  fromBroker('segment.bytes', ['log.segment.bytes'], 'Segment file size.'),
  fromBroker('segment.index.bytes', ['log.index.size.max.bytes'], 'Size of the offset and time index files.'),
  fromBroker('segment.jitter.ms', ['log.roll.jitter.ms', 'log.roll.jitter.hours'], 'Random jitter subtracted from segment.ms.'),
  fromBroker('segment.ms', ['log.roll.ms', 'log.roll.hours'], 'Roll a segment after this long even if not full.'),
  fromBroker('unclean.leader.election.enable', ['unclean.leader.election.enable'], 'Allow an out-of-sync replica to become leader.'),
];

const TOPIC_BY_NAME = new Map(TOPIC_CONFIGS.map((t) => [t.name, t]));

/** The topic config of that name, or undefined. */
export function topicConfigDef(name: string): TopicConfigDef | undefined {
  return TOPIC_BY_NAME.get(name);
}

/**
 * Each topic config name with its broker synonyms (most specific first) —
 * the list DescribeConfigs walks to report synonyms.
 */
export const TOPIC_CONFIG_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.fromEntries(TOPIC_CONFIGS.map((t) => [t.name, t.brokerSynonyms])),
);

/**
 * A topic's effective defaults on this broker: every topic config name with
 * its value in Kafka's string form, taken from the resolved broker config
 * (retention.ms from log.retention.ms/minutes/hours, and so on).
 */
export function topicDefaultsFromBroker(cfg: BrokerConfig): Record<string, string> {
  const out: Record<string, string> = {};
  const values = cfg as unknown as Record<string, ConfigValue | null>;
  for (const t of TOPIC_CONFIGS) {
    if (t.brokerSynonyms.length === 0) {
      if (t.defaultWithoutSynonym !== null) out[t.name] = t.defaultWithoutSynonym;
      continue;
    }
    // The resolved field of the first synonym is already the effective value
    // (BrokerConfig.logRetentionMs folds in minutes and hours, etc.).
    const field = t.brokerSynonyms[0].replace(/\.([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    const value = formatValue(t.type, values[field] ?? null);
    if (value !== null) out[t.name] = value;
  }
  return out;
}

/** One broker-level synonym of a topic config, as DescribeConfigs reports it. */
export interface ConfigSynonym {
  /** Broker key name, e.g. `log.retention.hours`. */
  readonly name: string;
  /** Its value in its own unit (hours stay hours). */
  readonly value: string;
  /** STATIC_BROKER_CONFIG when set in the file/overrides, else DEFAULT_CONFIG. */
  readonly source: 'STATIC_BROKER_CONFIG' | 'DEFAULT_CONFIG';
}

/**
 * The broker synonyms of a topic config that have a value, in Kafka's order:
 * those set statically first, then those with a default. A topic-level
 * override (TOPIC_CONFIG) goes before these and is the caller's to add.
 */
export function topicConfigSynonyms(cfg: BrokerConfig, name: string): ConfigSynonym[] {
  const t = TOPIC_BY_NAME.get(name);
  if (t === undefined) return [];
  const statics: ConfigSynonym[] = [];
  const defaults: ConfigSynonym[] = [];
  for (const s of t.brokerSynonyms) {
    const key = BROKER_KEY.get(s)!;
    if (Object.hasOwn(cfg.raw, s)) {
      const v = formatValue(key.type, parseKeyValue(key, cfg.raw[s], 'config'));
      if (v !== null) statics.push({ name: s, value: v, source: 'STATIC_BROKER_CONFIG' });
    } else if (key.default !== null) {
      defaults.push({ name: s, value: key.default, source: 'DEFAULT_CONFIG' });
    }
  }
  return [...statics, ...defaults];
}

/**
 * Parses and validates one topic config value (CreateTopics, AlterConfigs).
 * Throws {@link ConfigError}: ERR_CONFIG_UNKNOWN for a name that is not a
 * topic config (map to INVALID_CONFIG), ERR_CONFIG_INVALID for a bad value.
 */
export function parseTopicConfig(name: string, value: string, source = 'topic config'): ConfigValue {
  const t = TOPIC_BY_NAME.get(name);
  if (t === undefined) {
    throw new ConfigError('ERR_CONFIG_UNKNOWN', `${source}: unknown topic config '${name}'`, { key: name, value, source });
  }
  const key: ConfigKey = { name, type: t.type, default: null, nullable: true, doc: t.doc, validator: t.validator };
  return parseKeyValue(key, value, source);
}

/** Validates every entry of a topic's config map; throws on the first bad one. */
export function validateTopicConfigs(configs: Readonly<Record<string, string>>, source = 'topic config'): void {
  for (const [name, value] of Object.entries(configs)) parseTopicConfig(name, value, source);
}
