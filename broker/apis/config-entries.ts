/**
 * Config entries as DescribeConfigs (and CreateTopics v5+) report them, for
 * topics (overrides over the broker's effective defaults, with the broker
 * synonyms of every layer: dynamic per broker, dynamic default, static,
 * default) and for brokers (config/broker-config-sources.ts). Enum values are
 * Kafka's ConfigSource and ConfigType.
 */
import { TOPIC_CONFIGS, topicConfigDef } from '../../config/topic-config.js';
import {
  describeBrokerConfig,
  describeBrokerConfigs,
  topicConfigSynonyms,
  type ConfigSourceName,
} from '../../config/broker-config-sources.js';
import type { ConfigType } from '../../config/config-def.js';
import type { BrokerServices } from '../services.js';

/** Kafka's ConfigSource ids. */
export const ConfigSource = {
  UNKNOWN: 0,
  TOPIC_CONFIG: 1,
  DYNAMIC_BROKER_CONFIG: 2,
  DYNAMIC_DEFAULT_BROKER_CONFIG: 3,
  STATIC_BROKER_CONFIG: 4,
  DEFAULT_CONFIG: 5,
} as const;

const TYPE_IDS: Record<ConfigType, number> = {
  boolean: 1,
  string: 2,
  int: 3,
  short: 4,
  long: 5,
  double: 6,
  list: 7,
  class: 8,
  password: 9,
};

/** One described config. */
export interface ConfigEntry {
  name: string;
  value: string | null;
  readOnly: boolean;
  /** Where the value comes from (DescribeConfigs v0 derives is_default from it). */
  configSource: number;
  isSensitive: boolean;
  synonyms: { name: string; value: string | null; source: number }[];
  configType: number;
  /** Null unless the request asked for documentation (v3+). */
  documentation: string | null;
}

/** What a describe asks for besides the resource. */
export interface DescribeOptions {
  /** Configuration names, or null for every one. */
  keys: string[] | null;
  includeSynonyms: boolean;
  includeDocumentation: boolean;
}

function sourceId(s: ConfigSourceName): number {
  return ConfigSource[s];
}

/** A topic's configs: every topic config, or only `keys` when given (unknown names are left out, as Kafka does). */
export function describeTopicConfigs(b: BrokerServices, overrides: Record<string, string>, opts: DescribeOptions): ConfigEntry[] {
  const names = opts.keys ?? TOPIC_CONFIGS.map((t) => t.name);
  const cfg = b.config;
  const defaults = b.topicDefaults;
  const out: ConfigEntry[] = [];
  for (const name of names) {
    const def = topicConfigDef(name);
    if (!def) continue;
    const override = Object.hasOwn(overrides, name) ? overrides[name] : undefined;
    const synonyms = topicConfigSynonyms(cfg, name).map((s) => ({ name: s.name, value: s.value, source: sourceId(s.source) }));
    if (override !== undefined) synonyms.unshift({ name, value: override, source: ConfigSource.TOPIC_CONFIG });
    out.push({
      name,
      value: override ?? defaults[name] ?? null,
      readOnly: false,
      configSource: synonyms[0]?.source ?? ConfigSource.DEFAULT_CONFIG,
      isSensitive: false,
      synonyms: opts.includeSynonyms ? synonyms : [],
      configType: TYPE_IDS[def.type],
      documentation: opts.includeDocumentation ? def.doc : null,
    });
  }
  return out;
}

/**
 * A broker resource's configs. `perBroker` (the resource names this broker):
 * every broker key, or only `keys`; read-only unless the key may change at
 * run time. The cluster default resource (`perBroker` false): only the keys
 * set at that level, as Kafka answers it.
 */
export function describeBrokerConfigResource(b: BrokerServices, perBroker: boolean, opts: DescribeOptions): ConfigEntry[] {
  const cfg = b.config;
  const described = perBroker
    ? opts.keys === null
      ? describeBrokerConfigs(cfg, true)
      : opts.keys.map((k) => describeBrokerConfig(cfg, k, true)).filter((d) => d !== undefined)
    : Object.keys(cfg.dynamicDefaultConfigs)
        .filter((k) => opts.keys === null || opts.keys.includes(k))
        .map((k) => describeBrokerConfig(cfg, k, false))
        .filter((d) => d !== undefined);
  return described.map((d) => ({
    name: d.name,
    value: d.value,
    readOnly: d.mode === 'read-only',
    configSource: sourceId(d.source),
    isSensitive: d.sensitive,
    synonyms: opts.includeSynonyms ? d.synonyms.map((s) => ({ name: s.name, value: s.value, source: sourceId(s.source) })) : [],
    configType: TYPE_IDS[d.type],
    documentation: opts.includeDocumentation ? d.doc : null,
  }));
}
