/**
 * Per-topic log configuration: the typed topic configs a log runs on. The
 * names, types, defaults and valid values are config/topic-config.ts's table
 * (the one place they are defined); this is the broker's view of it.
 *
 * Long.MAX_VALUE in Kafka becomes Number.MAX_SAFE_INTEGER here (any larger
 * value given as a string is clamped to it). Configs the table marks
 * `accepted` (tiered storage, throttling, compression levels, ...) are parsed
 * and kept like the others but nothing here reads them.
 */
import { TOPIC_CONFIG_DEFAULTS, formatTopicConfig, resolveTopicConfig, type TopicConfigValues } from '../../config/topic-config.js';

/** Typed topic configuration: `retention.ms` → `retentionMs`, and so on for every topic config. */
export type LogConfig = TopicConfigValues;

/** Kafka's defaults. */
export const DEFAULT_LOG_CONFIG: Readonly<LogConfig> = TOPIC_CONFIG_DEFAULTS;

/**
 * Builds a LogConfig from Kafka topic-config properties over `defaults`.
 * Throws a ConfigError naming the key for an unknown name or an invalid
 * value (the broker answers INVALID_CONFIG with its message).
 */
export function logConfigFromProperties(
  props: Readonly<Record<string, string>>,
  defaults: Readonly<LogConfig> = DEFAULT_LOG_CONFIG,
): LogConfig {
  return resolveTopicConfig(props, defaults);
}

/** The Kafka-named view of a LogConfig (for DescribeConfigs), values as strings. */
export function logConfigToProperties(config: Readonly<LogConfig>): Record<string, string> {
  return formatTopicConfig(config);
}

/**
 * The CreateTime lower bound in force: how far into the past (ms) a record
 * timestamp may be. Kafka 3.x's rule: message.timestamp.before.max.ms when
 * set, else the deprecated message.timestamp.difference.max.ms.
 */
export function timestampBeforeMaxMs(config: Readonly<LogConfig>): number {
  return config.messageTimestampBeforeMaxMs !== DEFAULT_LOG_CONFIG.messageTimestampBeforeMaxMs
    ? config.messageTimestampBeforeMaxMs
    : config.messageTimestampDifferenceMaxMs;
}

/**
 * The CreateTime upper bound in force: how far into the future (ms) a record
 * timestamp may be. message.timestamp.after.max.ms, unless it has its
 * default and the deprecated message.timestamp.difference.max.ms is set:
 * then that (Kafka 3.x's rule, where after.max.ms defaulted to unbounded;
 * Kafka 4.0's default of one hour applies when neither is set).
 */
export function timestampAfterMaxMs(config: Readonly<LogConfig>): number {
  const after = config.messageTimestampAfterMaxMs;
  const difference = config.messageTimestampDifferenceMaxMs;
  return after === DEFAULT_LOG_CONFIG.messageTimestampAfterMaxMs && difference !== DEFAULT_LOG_CONFIG.messageTimestampDifferenceMaxMs
    ? difference
    : after;
}

/** Whether the config asks for deletion by retention (cleanup.policy contains delete). */
export function hasDeletePolicy(config: Readonly<LogConfig>): boolean {
  return config.cleanupPolicy.includes('delete');
}

/** Whether the config asks for compaction (cleanup.policy contains compact). */
export function hasCompactPolicy(config: Readonly<LogConfig>): boolean {
  return config.cleanupPolicy.includes('compact');
}
