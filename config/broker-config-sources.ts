/**
 * Where each broker config's value comes from, as DescribeConfigs reports
 * it: four layers, highest precedence first — this broker's dynamic configs
 * (DYNAMIC_BROKER_CONFIG), the cluster-wide dynamic default
 * (DYNAMIC_DEFAULT_BROKER_CONFIG), server.properties and --override
 * (STATIC_BROKER_CONFIG), Kafka's default (DEFAULT_CONFIG). A key's synonyms
 * (log.retention.ms, .minutes, .hours) are listed layer by layer, each layer
 * in synonym order, every one that has a value (Kafka's configSynonyms).
 *
 * For a broker key, the list starts at the first entry of the key itself
 * (Kafka's dropWhile: describing log.retention.hours does not list a
 * log.retention.ms above it). For a topic config's broker synonyms Tributary
 * keeps the whole list: Kafka drops it too, which reports a topic's
 * retention.ms as DEFAULT_CONFIG with no synonyms when only
 * log.retention.hours is set — hiding where the value came from.
 */
import { formatValue, parseKeyValue, type ConfigKey, type ConfigType } from './config-def.js';
import { BROKER_CONFIG_KEYS } from './broker-config-schema.js';
import { topicConfigDef } from './topic-config.js';
import { brokerSynonyms, updateMode, type UpdateMode } from './dynamic-broker-config.js';
import type { BrokerConfig } from './broker-config.js';

/** Kafka's ConfigSource names of the broker layers. */
export type ConfigSourceName = 'DYNAMIC_BROKER_CONFIG' | 'DYNAMIC_DEFAULT_BROKER_CONFIG' | 'STATIC_BROKER_CONFIG' | 'DEFAULT_CONFIG';

/** One synonym with a value in one layer. */
export interface ConfigSynonym {
  /** Broker key name, e.g. `log.retention.hours`. */
  readonly name: string;
  /** Its value in its own unit (hours stay hours); null for a password. */
  readonly value: string | null;
  readonly source: ConfigSourceName;
}

/** One broker key as DescribeConfigs reports it for a BROKER resource. */
export interface BrokerConfigDescription {
  readonly name: string;
  /** The key's own value in force (the highest layer setting it), null when none or for a password. */
  readonly value: string | null;
  /** The layer of that value (DEFAULT_CONFIG when nothing sets it). */
  readonly source: ConfigSourceName;
  readonly synonyms: readonly ConfigSynonym[];
  readonly mode: UpdateMode;
  readonly type: ConfigType;
  readonly sensitive: boolean;
  readonly doc: string;
}

const KEYS = new Map<string, ConfigKey>(BROKER_CONFIG_KEYS.map((k) => [k.name, k as ConfigKey]));

/** The value of `name` in one layer (Kafka's string form), undefined when the layer does not set it. */
function layerValue(cfg: BrokerConfig, key: ConfigKey, layer: ConfigSourceName): string | undefined {
  switch (layer) {
    case 'DYNAMIC_BROKER_CONFIG':
      return cfg.dynamicBrokerConfigs[key.name];
    case 'DYNAMIC_DEFAULT_BROKER_CONFIG':
      return cfg.dynamicDefaultConfigs[key.name];
    case 'STATIC_BROKER_CONFIG':
      return Object.hasOwn(cfg.raw, key.name)
        ? (formatValue(key.type, parseKeyValue(key, cfg.raw[key.name], 'config')) ?? undefined)
        : undefined;
    case 'DEFAULT_CONFIG':
      return key.default ?? undefined;
  }
}

const LAYERS: readonly ConfigSourceName[] = [
  'DYNAMIC_BROKER_CONFIG',
  'DYNAMIC_DEFAULT_BROKER_CONFIG',
  'STATIC_BROKER_CONFIG',
  'DEFAULT_CONFIG',
];

/**
 * Every layer's value of `names` (synonyms, most specific first), layer by
 * layer. `perBroker` false leaves out this broker's dynamic layer (the
 * cluster default resource is described).
 */
function synonymsOf(cfg: BrokerConfig, names: readonly string[], perBroker: boolean): ConfigSynonym[] {
  const out: ConfigSynonym[] = [];
  for (const layer of LAYERS) {
    if (layer === 'DYNAMIC_BROKER_CONFIG' && !perBroker) continue;
    for (const n of names) {
      const key = KEYS.get(n);
      if (key === undefined) continue;
      const v = layerValue(cfg, key, layer);
      if (v !== undefined) out.push({ name: n, value: key.type === 'password' ? null : v, source: layer });
    }
  }
  return out;
}

/** A broker key's synonyms from its own first entry on (Kafka's describe of a BROKER resource). */
export function brokerConfigSynonyms(cfg: BrokerConfig, name: string, perBroker = true): ConfigSynonym[] {
  const all = synonymsOf(cfg, brokerSynonyms(name), perBroker);
  const first = all.findIndex((s) => s.name === name);
  return first < 0 ? [] : all.slice(first);
}

/** A broker key as DescribeConfigs reports it; undefined for a name that is no broker config. */
export function describeBrokerConfig(cfg: BrokerConfig, name: string, perBroker = true): BrokerConfigDescription | undefined {
  const key = KEYS.get(name);
  if (key === undefined) return undefined;
  const synonyms = brokerConfigSynonyms(cfg, name, perBroker);
  const sensitive = key.type === 'password';
  return {
    name,
    value: sensitive ? null : (synonyms[0]?.value ?? null),
    source: synonyms[0]?.source ?? 'DEFAULT_CONFIG',
    synonyms,
    mode: updateMode(name),
    type: key.type,
    sensitive,
    doc: key.doc,
  };
}

/** Every broker key, in schema order (see describeBrokerConfig). */
export function describeBrokerConfigs(cfg: BrokerConfig, perBroker = true): BrokerConfigDescription[] {
  return BROKER_CONFIG_KEYS.map((k) => describeBrokerConfig(cfg, k.name, perBroker)!);
}

/**
 * The broker synonyms of topic config `name` that have a value, layer by
 * layer (dynamic per broker, dynamic default, static, default); a topic's
 * own override (TOPIC_CONFIG) goes before these and is the caller's to add.
 * Empty for a topic config without broker synonyms or an unknown name.
 */
export function topicConfigSynonyms(cfg: BrokerConfig, name: string): ConfigSynonym[] {
  const d = topicConfigDef(name);
  return d === undefined ? [] : synonymsOf(cfg, d.brokerSynonyms, true);
}
