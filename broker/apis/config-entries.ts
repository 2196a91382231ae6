/**
 * Config entries as DescribeConfigs (and CreateTopics v5+) report them, for
 * topics (overrides over the broker's effective defaults, with synonyms) and
 * for the broker itself. Enum values are Kafka's ConfigSource and ConfigType.
 */
import { TOPIC_CONFIGS, topicConfigDef, topicConfigSynonyms } from '../../config/topic-config.js';
import { brokerConfigEntries } from '../../config/broker-config.js';
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
  documentation: string | null;
}

/** A topic's configs: every topic config, or only `keys` when given. */
export function describeTopicConfigs(
  b: BrokerServices,
  overrides: Record<string, string>,
  keys: string[] | null,
  includeSynonyms: boolean,
): ConfigEntry[] {
  const names = keys ?? TOPIC_CONFIGS.map((t) => t.name);
  const out: ConfigEntry[] = [];
  for (const name of names) {
    const def = topicConfigDef(name);
    if (!def) continue;
    const override = Object.hasOwn(overrides, name) ? overrides[name] : undefined;
    const brokerSyn = topicConfigSynonyms(b.config, name);
    const source =
      override !== undefined
        ? ConfigSource.TOPIC_CONFIG
        : brokerSyn[0]?.source === 'STATIC_BROKER_CONFIG'
          ? ConfigSource.STATIC_BROKER_CONFIG
          : ConfigSource.DEFAULT_CONFIG;
    const synonyms = includeSynonyms
      ? [
          ...(override !== undefined ? [{ name, value: override, source: ConfigSource.TOPIC_CONFIG }] : []),
          ...brokerSyn.map((s) => ({
            name: s.name,
            value: s.value,
            source: s.source === 'STATIC_BROKER_CONFIG' ? ConfigSource.STATIC_BROKER_CONFIG : ConfigSource.DEFAULT_CONFIG,
          })),
        ]
      : [];
    out.push({
      name,
      value: override ?? b.topicDefaults[name] ?? null,
      readOnly: false,
      configSource: source,
      isSensitive: false,
      synonyms,
      configType: TYPE_IDS[def.type],
      documentation: def.doc,
    });
  }
  return out;
}

/** The broker's own configs: every key, or only `keys` when given. */
export function describeBrokerConfigs(b: BrokerServices, keys: string[] | null, includeSynonyms: boolean): ConfigEntry[] {
  const wanted = keys ? new Set(keys) : null;
  return brokerConfigEntries(b.config)
    .filter((e) => !wanted || wanted.has(e.name))
    .map((e) => {
      const source = e.isStatic ? ConfigSource.STATIC_BROKER_CONFIG : ConfigSource.DEFAULT_CONFIG;
      return {
        name: e.name,
        value: e.value,
        // Tributary has no dynamic broker configs: every broker config is read-only at run time.
        readOnly: true,
        configSource: source,
        isSensitive: e.sensitive,
        synonyms: includeSynonyms ? [{ name: e.name, value: e.value, source }] : [],
        configType: TYPE_IDS[e.type],
        documentation: e.doc,
      };
    });
}
